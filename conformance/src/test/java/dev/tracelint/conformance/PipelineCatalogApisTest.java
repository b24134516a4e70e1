package dev.tracelint.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracelint.catalog.MethodRef;
import dev.tracelint.catalog.PipelineCatalog;
import dev.tracelint.catalog.PipelineKind;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every class and method ExitBeforeTraceFlush's catalogue names exists in the real libraries the tests use, with the
 * shape the rule relies on: creations return the pipeline, whose complete methods exist, the waited ones return an
 * asynchronous result and the others do not; builder methods that absorb a pipeline exist on the builder. A renamed or
 * moved API fails here rather than silently never matching.
 */
class PipelineCatalogApisTest {

  @Test
  void everyCreationReturnsAPipelineWithItsCompleteMethods() throws Exception {
    for (PipelineKind kind : PipelineCatalog.defaults().kinds()) {
      for (PipelineKind.Creation creation : kind.creations()) {
        Method create = method(creation.call());
        Class<?> pipeline = create.getReturnType();
        if (creation.chainStart() != null) {
          assertEquals(type(creation.call()), method(creation.chainStart()).getReturnType(),
              creation.chainStart() + " starts the chain of " + creation.call());
        }
        Class<?> completed = kind.registersHook()
            ? pipeline.getMethod(PipelineCatalog.SDK_GETTER).getReturnType() : pipeline;
        for (String complete : kind.completeMethods()) {
          Method method = completed.getMethod(complete);
          boolean async = method.getReturnType().getName().equals(PipelineCatalog.SDK_RESULT_TYPE);
          assertEquals(kind.mustBeWaited(complete), async, completed.getName() + "#" + complete);
        }
        for (String absorbing : kind.absorbingMethods()) {
          assertTrue(Arrays.stream(type(creation.call()).getMethods()).anyMatch(m -> m.getName().equals(absorbing)),
              creation.call().owner() + "#" + absorbing);
        }
      }
    }
  }

  @Test
  void exitsHooksSinksAndEntryPointsExist() throws Exception {
    List<MethodRef> refs = new ArrayList<>(PipelineCatalog.exitCalls().keySet());
    refs.add(PipelineCatalog.HOOK_REGISTRATION);
    refs.add(PipelineCatalog.RESULT_COMBINATOR);
    refs.addAll(PipelineCatalog.neutralSinks());
    refs.addAll(PipelineCatalog.frameworkEntryPoints());
    for (MethodRef ref : refs) {
      method(ref);
    }
    Class<?> autoBuilder = Class.forName("io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdkBuilder");
    autoBuilder.getMethod(PipelineCatalog.DISABLE_HOOK_METHOD);
    assertEquals(Thread.class, Class.forName(PipelineCatalog.THREAD_TYPE));
  }

  @Test
  void lambdaHandlersDeclareHandleRequestAndUseOnlyTypesHaveNoClose() throws Exception {
    for (String handler : PipelineCatalog.LAMBDA_HANDLER_TYPES) {
      Class<?> type = Class.forName(handler);
      assertTrue(type.isInterface(), handler);
      assertTrue(Arrays.stream(type.getMethods())
          .anyMatch(m -> m.getName().equals(PipelineCatalog.LAMBDA_HANDLER_METHOD)), handler);
    }
    for (String apiType : PipelineCatalog.useOnlyParameterTypes()) {
      Class<?> type = Class.forName(apiType);
      assertTrue(type.isInterface(), apiType);
      assertFalse(AutoCloseable.class.isAssignableFrom(type), apiType + " must have no close()");
    }
  }

  private static Class<?> type(MethodRef ref) throws ClassNotFoundException {
    return Class.forName(ref.ownerBinaryName(), false, PipelineCatalogApisTest.class.getClassLoader());
  }

  /** The public method {@code ref} names, the first overload found that is not a compiler bridge. */
  private static Method method(MethodRef ref) throws ClassNotFoundException {
    for (Method method : type(ref).getMethods()) {
      if (method.getName().equals(ref.method()) && Modifier.isPublic(method.getModifiers()) && !method.isBridge()) {
        return method;
      }
    }
    throw new AssertionError(ref + " does not exist");
  }
}
