package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.TypeDecl;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.MethodRef;
import dev.tracelint.catalog.TraceCatalog;
import dev.tracelint.catalog.TraceLifecycle;
import dev.tracelint.catalog.TraceLifecycle.EndStyle;

/**
 * A value its SDK keeps where a later call finds it again (an X-Ray segment or subsegment on the recorder's thread, a
 * Sentry transaction bound to the scope: {@link TraceCatalog#staysReachableWhenDropped}), begun by a hook method that
 * never ends it and ended by a paired method of the same class: {@code preHandle} begins the segment,
 * {@code afterCompletion} calls {@code AWSXRay.endSegment()}; {@code onRequest} / {@code onResponse} of a model
 * listener alike. The paired method must end one (an end method of the lifecycle on any receiver, or a call that
 * clears the thread's trace entity) without beginning one itself: a method that begins and ends its own is not a
 * pair, and a method the class calls itself is a helper, not a hook. Test setup and teardown methods are left to
 * {@link TestFixtures}, which pairs a setup with its matching teardown only. A Micrometer scope dropped by a hook is
 * closable the same way, through its registry ({@link #scopeClosedByAPairedHook}), and so is one a method leaves
 * current for its caller instead of ending the observation ({@link #scopeLeftCurrentInsteadOfEnded}).
 */
final class PairedHooks {
  private PairedHooks() {}

  static boolean endedByAPairedHook(Expr.Call start, TraceLifecycle lifecycle) {
    if (lifecycle.style() != EndStyle.END_ON_OWNER && !TraceCatalog.staysReachableWhenDropped(lifecycle.start())) {
      return false;
    }
    Node owner = Nodes.enclosingCodeOwner(start);
    if (!(owner instanceof MethodDecl) || ((MethodDecl) owner).body() == null
        || TestFixtures.isFixture((MethodDecl) owner)) {
      return false;
    }
    MethodDecl opener = (MethodDecl) owner;
    TypeDecl type = opener.owner();
    // Any end in the opener (a subsegment's close() included) leaves the verdict to the walk.
    if (type == null || Nodes.all(opener.body()).stream().anyMatch(node -> ends(node, lifecycle)
        || node instanceof Expr.Call && "close".equals(((Expr.Call) node).name())
        && ((Expr.Call) node).arguments().isEmpty() && lifecycle.style() == EndStyle.END_ON_OWNER)) {
      return false;
    }
    for (MethodDecl method : type.methods()) {
      if (method != opener && method.body() != null && !TestFixtures.isFixture(method)
          && !callsByName(type, method)
          && Nodes.anyInline(method.body(), node -> ends(node, lifecycle))
          && !Nodes.anyInline(method.body(), node -> begins(node, lifecycle))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A dropped scope its SDK hands back later ({@link TraceCatalog#currentScopeLookup}), closed by another method of
   * the class that looks it up ({@code registry.getCurrentObservationScope()}) and calls {@code close()} there: a
   * framework hook opens it, its paired hook closes it (itself or through a helper of its own). A closing method the
   * opener calls is a helper on the opener's path, which the walk judges.
   */
  static boolean scopeClosedByAPairedHook(Expr.Call call, TraceLifecycle lifecycle) {
    MethodRef lookup = TraceCatalog.currentScopeLookup(lifecycle.start());
    TypeDecl type = Nodes.enclosingType(call);
    MethodDecl opener = Nodes.enclosing(call, MethodDecl.class);
    if (lookup == null || type == null) {
      return false;
    }
    for (MethodDecl method : type.methods()) {
      if (method != opener && method.body() != null && (opener == null || !callsByName(opener, method))
          && Nodes.anyInline(method.body(), node -> node instanceof Expr.Call
              && TypeEvidence.isCallTo((Expr.Call) node, lookup))
          && Nodes.anyInline(method.body(), node -> node instanceof Expr.Call
              && lifecycle.isEndMethod(((Expr.Call) node).name()) && ((Expr.Call) node).arguments().isEmpty())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A dropped scope its SDK hands back later ({@link TraceCatalog#currentScopeLookup}), opened by one arm of an
   * {@code if} whose other arm ends the same value instead: {@code if (keepOpen) observation.openScope(); else
   * observation.stop();}. The method chooses between ending the value now and leaving it current for whoever looks
   * its scope up again (a caller, as an option of the library documents): a hand-off, not an oversight. A scope of a
   * value the other arm does not end, or dropped with no other arm, stays a finding.
   */
  static boolean scopeLeftCurrentInsteadOfEnded(Expr.Call call, TraceLifecycle scope, TraceCatalog catalog) {
    Variable value = Nodes.variableOf(call.receiver());
    if (value == null || TraceCatalog.currentScopeLookup(scope.start()) == null) {
      return false;
    }
    Node statement = call.parent();
    Node arm = statement.parent() instanceof Stmt.Block ? statement.parent() : statement;
    if (!(arm.parent() instanceof Stmt.If)) {
      return false;
    }
    Stmt.If choice = (Stmt.If) arm.parent();
    Stmt otherArm = choice.thenStatement() == arm ? choice.elseStatement()
        : choice.elseStatement() == arm ? choice.thenStatement() : null;
    return otherArm != null && Nodes.anyInline(otherArm, node -> node instanceof Expr.Call
        && Nodes.variableOf(((Expr.Call) node).receiver()) == value
        && endsValueOf(scope, ((Expr.Call) node).name(), catalog));
  }

  /** Whether {@code methodName} ends a value of the type {@code scope} is opened on ({@code stop} an observation). */
  private static boolean endsValueOf(TraceLifecycle scope, String methodName, TraceCatalog catalog) {
    return catalog.lifecycles().stream().anyMatch(lifecycle -> lifecycle.style() == EndStyle.END_VALUE
        && lifecycle.start().owner().equals(scope.start().owner()) && lifecycle.isEndMethod(methodName));
  }

  /**
   * Whether {@code code} calls {@code method} by its name, unqualified or on {@code this}: a method its class calls
   * ({@code complete(span, ok)}) is a helper of its caller, not a hook the framework calls.
   */
  private static boolean callsByName(Node code, MethodDecl method) {
    String name = method.name();
    return name != null && Nodes.all(code).stream().anyMatch(node -> node instanceof Expr.Call
        && name.equals(((Expr.Call) node).name())
        && (((Expr.Call) node).receiver() == null || ((Expr.Call) node).receiver().kind() == Node.Kind.THIS));
  }

  private static boolean ends(Node node, TraceLifecycle lifecycle) {
    if (!(node instanceof Expr.Call)) {
      return false;
    }
    return TestFixtures.endsOrClears((Expr.Call) node, lifecycle);
  }

  private static boolean begins(Node node, TraceLifecycle lifecycle) {
    return node instanceof Expr.Call && lifecycle.start().method().equals(((Expr.Call) node).name());
  }
}
