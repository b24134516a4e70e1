package dev.tracelint.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracelint.catalog.AsyncCallbacks;
import dev.tracelint.catalog.AsyncCallbacks.Family;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Every callback operator UnclosedTrace's asynchronous catalogue names is a public instance method of one of its
 * family's owners in the real libraries (CompletionStage, reactor-core, RxJava 3), taking a callback; every owner
 * exists. A renamed operator fails here rather than silently never matching.
 */
class AsyncCallbacksApisTest {

  @Test
  void everyOperatorIsAnInstanceMethodOfAnOwnerTakingACallback() throws Exception {
    for (Family family : Family.values()) {
      for (String owner : AsyncCallbacks.owners(family)) {
        Class.forName(owner);
      }
      for (String operator : AsyncCallbacks.operatorNames(family)) {
        boolean found = false;
        for (String owner : AsyncCallbacks.owners(family)) {
          found |= Arrays.stream(Class.forName(owner).getMethods()).anyMatch(method -> takesACallback(method, operator));
        }
        assertTrue(found, family + " operator " + operator);
      }
    }
  }

  private static boolean takesACallback(Method method, String name) {
    return method.getName().equals(name) && !Modifier.isStatic(method.getModifiers())
        && Arrays.stream(method.getParameterTypes()).anyMatch(Class::isInterface);
  }
}
