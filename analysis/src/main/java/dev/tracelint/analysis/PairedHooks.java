package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.TypeDecl;
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
 * {@link TestFixtures}, which pairs a setup with its matching teardown only.
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
          && !calledInItsClass(method, type)
          && Nodes.anyInline(method.body(), node -> ends(node, lifecycle))
          && !Nodes.anyInline(method.body(), node -> begins(node, lifecycle))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A method the class calls itself ({@code complete(span, ok)}) is a helper of its caller, not a hook the framework
   * calls: calls by its name, unqualified or on {@code this}, anywhere in the class.
   */
  private static boolean calledInItsClass(MethodDecl method, TypeDecl type) {
    String name = method.name();
    return name != null && Nodes.all(type).stream().anyMatch(node -> node instanceof Expr.Call
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
