package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.MethodInfo;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.SourceUnit;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.TypeRef;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.BlockingCallCatalog;
import dev.tracelint.catalog.BlockingCallCatalog.Kind;
import dev.tracelint.catalog.BlockingCallCatalog.TelemetryCall;
import dev.tracelint.catalog.MethodRef;
import java.util.List;

/**
 * Which calls block until telemetry is sent, for BlockingIngestOnRequestPath: the calls of {@link BlockingCallCatalog}
 * that block by themselves, and the waits ({@code join}, {@code get}) on what an asynchronous telemetry call returned.
 * Recognised with the engine's types and, where it has none, with what the unit's imports say ({@link TypeEvidence})
 * and the catalogue's name-only rules for the OpenTelemetry SDK.
 */
final class BlockingCalls {
  private final BlockingCallCatalog catalog;

  BlockingCalls(BlockingCallCatalog catalog) {
    this.catalog = catalog;
  }

  /** Whether a call of this name can block at all: a pre-filter that needs no types. */
  boolean mayBlock(String methodName) {
    return catalog.mayBlock(methodName);
  }

  /** How a message names the blocking call {@code call} makes, or {@code null} when it does not block on telemetry. */
  String blockingCallAt(Expr.Call call) {
    Expr receiver = call.receiver();
    if (receiver != null && BlockingCallCatalog.isWaitName(call.name()) && waitsOnTelemetry(call.name(), receiver)) {
      return BlockingCallCatalog.describeWait(describe(receiver, BlockingCallCatalog.MAX_DESCRIBED_CALLS), call.name());
    }
    TelemetryCall telemetry = telemetryCall(call);
    if (telemetry == null || !blocksByItself(telemetry, call) || exportsNothing(receiver)) {
      return null;
    }
    return describe(call, BlockingCallCatalog.MAX_DESCRIBED_CALLS);
  }

  /**
   * How a message names {@code call} when it makes the thread wait, whatever for ({@code Thread.sleep()},
   * {@code latch.await()}, {@code future.get()}), or {@code null}.
   */
  String threadWaitAt(Expr.Call call) {
    return isThreadWait(call) ? describe(call, BlockingCallCatalog.MAX_DESCRIBED_CALLS) : null;
  }

  /** Whether {@code call} makes the thread wait, whatever for ({@code latch.await(..)}, {@code future.get()}). */
  static boolean isThreadWait(Expr.Call call) {
    for (MethodRef wait : BlockingCallCatalog.threadWaits()) {
      if (wait.method().equals(call.name()) && TypeEvidence.isCallTo(call, wait)) {
        return true;
      }
    }
    return false;
  }

  /**
   * How a message names a wait on a synchronizer that a callback of a telemetry call releases, in the same method:
   * {@code latch.await()} after {@code exporter.flush().whenComplete(latch::countDown)}; {@code null} for any other
   * call. The synchronizer is a variable (a local or a field) read by the wait and by the release.
   */
  String waitReleasedByTelemetryAt(Expr.Call call) {
    Variable synchronizer = call.receiver() == null ? null : Nodes.variableOf(call.receiver());
    MethodDecl method = Nodes.enclosing(call, MethodDecl.class);
    if (synchronizer == null || method == null || method.body() == null || threadWaitAt(call) == null) {
      return null;
    }
    for (Node node : Nodes.all(method.body())) {
      if (node instanceof Expr.Call && isTelemetryCallback((Expr.Call) node)
          && releases((Expr.Call) node, synchronizer)) {
        return describe(call, BlockingCallCatalog.MAX_DESCRIBED_CALLS);
      }
    }
    return null;
  }

  /**
   * How a message names the flush request in the statement before or after the one {@code call} makes alone
   * ({@code provider.forceFlush(); Thread.sleep(500);}), or {@code null}: a telemetry call that returns at once and
   * sends on the exporter's thread, which the wait beside it gives time to do so. A sleep alone in the block of a
   * {@code try} without resources ({@code try { Thread.sleep(500); } catch (InterruptedException e) { .. }}, the
   * wrapper a method that may not throw {@code InterruptedException} must write) stands where that {@code try}
   * stands.
   */
  String flushRequestBeside(Expr.Call call) {
    Node statement = call.parent();
    if (!(statement instanceof Stmt.ExprStmt) || !(statement.parent() instanceof Stmt.Block)) {
      return null;
    }
    Node block = statement.parent();
    if (block.parent() instanceof Stmt.Try && ((Stmt.Try) block.parent()).block() == block
        && ((Stmt.Block) block).statements().size() == 1 && ((Stmt.Try) block.parent()).resources().isEmpty()
        && block.parent().parent() instanceof Stmt.Block) {
      statement = block.parent();
    }
    List<Stmt> statements = ((Stmt.Block) statement.parent()).statements();
    int at = statements.indexOf(statement);
    for (int neighbour : new int[] {at - 1, at + 1}) {
      if (neighbour < 0 || neighbour >= statements.size()) {
        continue;
      }
      for (Node node : Nodes.inline(statements.get(neighbour))) {
        if (node instanceof Expr.Call) {
          TelemetryCall telemetry = telemetryCall((Expr.Call) node);
          if (telemetry != null && telemetry.kind() == Kind.ASYNC) {
            return describe((Expr.Call) node, BlockingCallCatalog.MAX_DESCRIBED_CALLS);
          }
        }
      }
    }
    return null;
  }

  /** A call on the result of a telemetry call (directly or through a local) that takes a callback. */
  private boolean isTelemetryCallback(Expr.Call call) {
    Expr receiver = call.receiver();
    Expr source = receiver == null ? null : sourceOf(receiver);
    return source instanceof Expr.Call && telemetryCall((Expr.Call) source) != null;
  }

  /** Whether a callback argument of {@code call} releases {@code synchronizer}: in a lambda, or as a method reference. */
  static boolean releases(Expr.Call call, Variable synchronizer) {
    for (Expr argument : call.arguments()) {
      if (argument instanceof Expr.MethodRef) {
        Expr.MethodRef reference = (Expr.MethodRef) argument;
        if (Nodes.variableOf(reference.receiver()) == synchronizer && isReleaseName(reference.name())) {
          return true;
        }
      } else if (argument instanceof Expr.Lambda) {
        for (Node node : Nodes.all(argument)) {
          if (node instanceof Expr.Call && isRelease((Expr.Call) node)
              && Nodes.variableOf(((Expr.Call) node).receiver()) == synchronizer) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean isRelease(Expr.Call call) {
    if (call.receiver() == null) {
      return false;
    }
    for (MethodRef release : BlockingCallCatalog.releases()) {
      if (release.method().equals(call.name()) && TypeEvidence.isCallTo(call, release)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isReleaseName(String name) {
    return BlockingCallCatalog.releases().stream().anyMatch(release -> release.method().equals(name));
  }

  /**
   * Whether {@code receiver.wait()} waits on telemetry: a wait on the SDK's own result, whoever produced it, or on a
   * future that a telemetry call returned, directly or through a local. Without types the receiver of the second kind
   * cannot be checked; the telemetry call it comes from is evidence enough.
   */
  private boolean waitsOnTelemetry(String waitName, Expr receiver) {
    SourceUnit unit = receiver.unit();
    Expr source = sourceOf(receiver);
    boolean fromTelemetryCall = source instanceof Expr.Call && telemetryCall((Expr.Call) source) != null;
    for (MethodRef wait : BlockingCallCatalog.waits()) {
      if (!wait.method().equals(waitName)) {
        continue;
      }
      boolean onWaitedType = TypeEvidence.isA(receiver.type(), wait.owner(), unit).isYes();
      if (BlockingCallCatalog.isWaitOnTelemetryResult(wait)
          && (onWaitedType || isStaticCallOn(wait.owner(), receiver))) {
        return true;
      }
      if (fromTelemetryCall && (onWaitedType || !receiver.type().isResolved())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Without types, {@code CompletableResultCode.ofAll(...)} is known to return the result type only by its qualifier:
   * the type's static methods are its factories.
   */
  private static boolean isStaticCallOn(String type, Expr expression) {
    if (!(expression instanceof Expr.Call) || expression.type().isResolved()) {
      return false;
    }
    Expr qualifier = ((Expr.Call) expression).receiver();
    return qualifier instanceof Expr.TypeName
        && TypeEvidence.isA(qualifier.type(), type, expression.unit()).isYes();
  }

  /**
   * The catalogue entry {@code call} makes: by the receiver's type or the declaring type of the called method, matched
   * by the engine or by the unit's imports; without types, also a flush, shutdown, export or close on a type of the
   * OpenTelemetry SDK or its exporters known by name only.
   */
  private TelemetryCall telemetryCall(Expr.Call call) {
    Expr receiver = call.receiver();
    MethodInfo method = call.method();
    for (TelemetryCall candidate : catalog.callsNamed(call.name())) {
      String owner = candidate.method().owner();
      if ((receiver != null && TypeEvidence.isA(receiver.type(), owner, call.unit()).isYes())
          || method.declaringType().isSubtypeOf(owner).isYes()) {
        return candidate;
      }
    }
    String receiverType = nameOnlyTypeOf(receiver);
    for (TelemetryCall candidate : catalog.callsNamed(call.name())) {
      if (candidate.method().owner().equals(receiverType)) {
        return candidate;
      }
    }
    Kind kind = receiverType == null ? null : BlockingCallCatalog.otelSdkKind(receiverType, call.name());
    return kind == null ? null : new TelemetryCall(new MethodRef(receiverType, call.name()), kind, false);
  }

  /**
   * The canonical name of the type of an expression the engine knows by name only, or, for an unresolved getter of
   * {@code OpenTelemetrySdk} ({@code sdk.getSdkTracerProvider()}) or Sentry's static scope getters
   * ({@code Sentry.getCurrentScopes()}), the type it returns; {@code null} otherwise.
   */
  private static String nameOnlyTypeOf(Expr expression) {
    if (expression == null) {
      return null;
    }
    String name = TypeEvidence.nameOnly(expression.type());
    if (name != null || !(expression instanceof Expr.Call) || expression.type().isResolved()) {
      return name;
    }
    Expr.Call getter = (Expr.Call) expression;
    String owner = getter.receiver() == null ? null : TypeEvidence.nameOnly(getter.receiver().type());
    return owner == null ? null : BlockingCallCatalog.getterResultType(owner, getter.name());
  }

  /**
   * Whether a telemetry call blocks without being waited on. A configured call that returns a future or an SDK result
   * blocks only when waited on, like the SDK's own; where its return type is unknown (no types), it counts as blocking
   * unless its value is kept in a local or used as a receiver, where a wait on it is what is reported.
   */
  private static boolean blocksByItself(TelemetryCall telemetry, Expr.Call call) {
    if (telemetry.kind() == Kind.ASYNC) {
      return false;
    }
    if (!telemetry.configured()) {
      return true;
    }
    TypeRef returned = call.method().returnType();
    if (!call.method().isResolved() || !returned.isResolved()) {
      Node parent = call.parent();
      boolean usedAsReceiver = parent instanceof Expr.Call && ((Expr.Call) parent).receiver() == call;
      boolean keptInLocal = parent instanceof Stmt.LocalVar && ((Stmt.LocalVar) parent).initializer() == call;
      return !usedAsReceiver && !keptInLocal;
    }
    for (String asyncType : BlockingCallCatalog.asyncResultTypes()) {
      if (returned.isSubtypeOf(asyncType).isYes()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the receiver is a catalogued non-exporting type: by its own type, or, for a local declared with a wider
   * type ({@code MeterRegistry scratch = new SimpleMeterRegistry()}), by the type its initializer constructs.
   */
  private static boolean exportsNothing(Expr receiver) {
    if (receiver == null) {
      return false;
    }
    Expr source = sourceOf(receiver);
    for (String quiet : BlockingCallCatalog.nonExportingReceivers()) {
      if (TypeEvidence.isA(receiver.type(), quiet, receiver.unit()).isYes()
          || (source instanceof Expr.New && TypeEvidence.isA(source.type(), quiet, receiver.unit()).isYes())) {
        return true;
      }
    }
    return false;
  }

  /** What produced {@code expression}: itself, or the initializer of the local variable it reads (or {@code null}). */
  static Expr sourceOf(Expr expression) {
    Variable local = expression instanceof Expr.Name ? ((Expr.Name) expression).variable() : null;
    if (local == null || local.kind() != Variable.VarKind.LOCAL) {
      return expression;
    }
    return local.declaration() instanceof Stmt.LocalVar ? ((Stmt.LocalVar) local.declaration()).initializer() : null;
  }

  /**
   * Names a receiver or call chain for a message: plain names, {@code this.field} as {@code field}, calls as
   * {@code name()}, at most {@code budget} calls; anything else (a qualified type, an array element, a cast) is left
   * out. Never an argument, so never a value.
   */
  private static String describe(Expr expression, int budget) {
    if (expression instanceof Expr.Call) {
      Expr.Call call = (Expr.Call) expression;
      String prefix = call.isOnThis() || budget <= 1 ? null : describe(call.receiver(), budget - 1);
      return BlockingCallCatalog.describeCall(prefix, call.name());
    }
    if (expression instanceof Expr.FieldAccess && isBareThis(((Expr.FieldAccess) expression).receiver())) {
      return ((Expr.FieldAccess) expression).name();
    }
    return Nodes.bareName(expression);
  }

  private static boolean isBareThis(Expr expression) {
    return expression instanceof Expr.This && ((Expr.This) expression).qualifier() == null;
  }
}
