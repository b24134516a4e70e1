package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodInfo;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.SourceUnit;
import dev.tracelint.analysis.model.Tri;
import dev.tracelint.analysis.model.TypeRef;
import dev.tracelint.catalog.MethodRef;
import dev.tracelint.catalog.PipelineCatalog;
import dev.tracelint.catalog.PipelineCatalog.ExitKind;
import dev.tracelint.catalog.PipelineKind;
import dev.tracelint.catalog.PipelineKind.Creation;
import java.util.List;
import java.util.Map;

/**
 * Which calls of ExitBeforeTraceFlush's catalogue a call is: a pipeline creation, an exit, a shutdown-hook
 * registration, a framework entry point. With types the resolved method decides; without them the owner must be
 * written in the unit: a static call on the owner's imported name ({@code System.exit}, {@code AsyncReporter.create}),
 * a receiver whose type is the owner by import, or, for a builder's terminal call, the static call that starts its
 * chain ({@code OpenTelemetrySdk.builder()....build()}).
 */
final class PipelineCalls {
  private final PipelineCatalog catalog;

  PipelineCalls(PipelineCatalog catalog) {
    this.catalog = catalog;
  }

  PipelineCatalog catalog() {
    return catalog;
  }

  /** The creation {@code call} makes, or {@code null}. */
  PipelineCatalog.Match creation(Expr.Call call) {
    for (PipelineCatalog.Match match : catalog.creationsNamed(call.name())) {
      Creation creation = match.creation();
      if (isCall(call, creation.call()) || (creation.chainStart() != null && startsChain(call, creation.chainStart()))) {
        return match;
      }
    }
    return null;
  }

  /** The kind of exit {@code call} makes, or {@code null}. */
  static Map.Entry<MethodRef, ExitKind> exit(Expr.Call call) {
    if (!call.name().equals("exit") && !call.name().equals("halt")) {
      return null;
    }
    for (Map.Entry<MethodRef, ExitKind> exit : PipelineCatalog.exitCalls().entrySet()) {
      if (isCall(call, exit.getKey()) || isOnGetRuntime(call, exit.getKey())) {
        return exit;
      }
    }
    return null;
  }

  /** {@code Runtime.getRuntime().addShutdownHook(..)}. */
  static boolean isHookRegistration(Expr.Call call) {
    return call.name().equals(PipelineCatalog.HOOK_REGISTRATION.method()) && call.arguments().size() == 1
        && (isCall(call, PipelineCatalog.HOOK_REGISTRATION) || isOnGetRuntime(call, PipelineCatalog.HOOK_REGISTRATION));
  }

  static boolean isFrameworkEntryPoint(Expr.Call call) {
    for (MethodRef entry : PipelineCatalog.frameworkEntryPoints()) {
      if (entry.method().equals(call.name()) && isCall(call, entry)) {
        return true;
      }
    }
    return false;
  }

  static boolean isNeutralSink(Expr.Call call) {
    for (MethodRef sink : PipelineCatalog.neutralSinks()) {
      if (sink.method().equals(call.name()) && (isCall(call, sink) || startsChainOf(call, sink))) {
        return true;
      }
    }
    return false;
  }

  /**
   * An absorbing builder call of a pipeline being built ({@code OpenTelemetrySdk.builder().setTracerProvider(tp)}):
   * its argument becomes part of the pipeline its chain builds.
   */
  boolean isAbsorbing(Expr.Call call) {
    for (PipelineKind kind : catalog.kinds()) {
      if (!kind.absorbingMethods().contains(call.name())) {
        continue;
      }
      for (Creation creation : kind.creations()) {
        String builder = creation.call().owner();
        MethodInfo method = call.method();
        if (method.isResolved() ? method.isDeclaredIn(builder).isYes()
            : call.receiver() != null && (TypeEvidence.isA(call.receiver().type(), builder, call.unit()).isYes()
                || (creation.chainStart() != null && chainStartIs(call.receiver(), creation.chainStart())))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A wait on an asynchronous result: {@code join(..)} or {@code get(..)}. */
  static boolean isWait(Expr.Call call) {
    return PipelineCatalog.WAIT_METHODS.contains(call.name()) && call.receiver() != null;
  }

  /** {@code CompletableResultCode.ofAll(..)}. */
  static boolean isResultCombinator(Expr.Call call) {
    return call.name().equals(PipelineCatalog.RESULT_COMBINATOR.method()) && isCall(call, PipelineCatalog.RESULT_COMBINATOR);
  }

  /**
   * Whether a complete call's declared result is asynchronous (a future, a {@code CompletableResultCode}): yes, no, or
   * unknown where the engine could not resolve the method.
   */
  static Tri returnsAsyncResult(Expr.Call call) {
    MethodInfo method = call.method();
    TypeRef result = method.isResolved() ? method.returnType() : call.type();
    if (!result.isResolved()) {
      return Tri.UNKNOWN;
    }
    Tri answer = Tri.NO;
    for (String async : PipelineCatalog.ASYNC_RESULT_TYPES) {
      answer = answer.or(result.isSubtypeOf(async));
    }
    return answer;
  }

  /** Whether {@code call} calls {@code ref}: the resolved method, or evidence written in the unit. */
  static boolean isCall(Expr.Call call, MethodRef ref) {
    if (!call.name().equals(ref.method())) {
      return false;
    }
    MethodInfo method = call.method();
    Expr receiver = call.receiver();
    if (method.isResolved()) {
      if (method.isDeclaredIn(ref.owner()).isYes()) {
        return true;
      }
      // An instance method declared in a supertype (SpanProcessor#close): the receiver's type names the owner.
      return method.isStatic() == Tri.NO && receiver != null && receiver.type().isSubtypeOf(ref.owner()).isYes();
    }
    SourceUnit unit = call.unit();
    if (receiver == null) {
      return TypeEvidence.importsStatically(unit, ref.owner(), ref.method());
    }
    if (receiver instanceof Expr.TypeName) {
      return TypeEvidence.writtenNameIs(((Expr.TypeName) receiver).writtenName(), ref.owner(), unit);
    }
    if (TypeEvidence.writesInFull(receiver, ref.owner())) {
      return true;
    }
    if (receiver.kind() == Node.Kind.THIS || receiver.kind() == Node.Kind.SUPER) {
      return false;
    }
    return TypeEvidence.isA(receiver.type(), ref.owner(), unit).isYes();
  }

  /** {@code ...builder()....build()}: the builder chain under {@code call} starts with {@code chainStart}. */
  private static boolean startsChain(Expr.Call call, MethodRef chainStart) {
    return call.receiver() != null && chainStartIs(call.receiver(), chainStart);
  }

  private static boolean chainStartIs(Expr receiver, MethodRef chainStart) {
    Expr first = receiver;
    while (first instanceof Expr.Call && ((Expr.Call) first).receiver() instanceof Expr.Call) {
      first = ((Expr.Call) first).receiver();
    }
    return first instanceof Expr.Call && isCall((Expr.Call) first, chainStart);
  }

  /** A static sink or a builder method written on a chain that starts at its owner's static factory. */
  private static boolean startsChainOf(Expr.Call call, MethodRef sink) {
    if (call.method().isResolved() || call.receiver() == null) {
      return false;
    }
    Expr first = Nodes.chainRoot(call.receiver());
    return first instanceof Expr.TypeName
        && TypeEvidence.writtenNameIs(((Expr.TypeName) first).writtenName(), ownerOf(sink), call.unit());
  }

  /** {@code brave.Tracing} for {@code brave.Tracing.Builder#addSpanHandler}: the type whose factory starts the chain. */
  private static String ownerOf(MethodRef ref) {
    return ref.ownerTopLevelType();
  }

  /** {@code Runtime.getRuntime().exit(1)} where the engine could not resolve the call. */
  private static boolean isOnGetRuntime(Expr.Call call, MethodRef ref) {
    if (!call.name().equals(ref.method()) || !ref.owner().equals("java.lang.Runtime")) {
      return false;
    }
    Expr receiver = call.receiver();
    return receiver instanceof Expr.Call && ((Expr.Call) receiver).name().equals("getRuntime")
        && ((Expr.Call) receiver).receiver() instanceof Expr.TypeName
        && TypeEvidence.writtenNameIs(((Expr.TypeName) ((Expr.Call) receiver).receiver()).writtenName(),
            "java.lang.Runtime", call.unit());
  }

  /** Kinds in use, for messages. */
  List<PipelineKind> kinds() {
    return catalog.kinds();
  }
}
