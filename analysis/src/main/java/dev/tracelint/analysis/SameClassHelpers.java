package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Modifier;
import dev.tracelint.analysis.model.TypeDecl;

/**
 * The methods of the analysed class that a call certainly runs: an unqualified call (or one on {@code this} or on the
 * class's own name) to a method of the same class that no subclass can override (private, static, final, or in a
 * final class), or any method called on a fresh instance of the class ({@code new App(config).run()}). Rules follow
 * such helpers a few calls deep; anything else is a black box.
 */
final class SameClassHelpers {
  /** How many helper calls deep a rule follows; cycles are cut by this bound too. */
  static final int MAX_DEPTH = 3;

  private SameClassHelpers() {}

  /** The declaration {@code call} certainly runs, or {@code null}. */
  static MethodDecl target(Expr.Call call) {
    TypeDecl type = Nodes.enclosingType(call);
    if (type == null || !isOnOwnClass(call, type)) {
      return null;
    }
    MethodDecl declared = call.method().declaration();
    if (declared == null) {
      // Unresolved (an argument of an unknown type): the only method of that name and arity.
      for (MethodDecl method : type.methods()) {
        if (!method.isConstructor() && method.name().equals(call.name())
            && (method.parameters().size() == call.arguments().size() || method.isVarargs())) {
          if (declared != null) {
            return null;
          }
          declared = method;
        }
      }
    }
    if (declared == null || declared.body() == null || declared.owner() != type) {
      return null;
    }
    boolean notOverridable = declared.is(Modifier.STATIC) || declared.is(Modifier.PRIVATE)
        || declared.is(Modifier.FINAL) || type.isEffectivelyFinal() || isOnNewInstance(call, type);
    return notOverridable ? declared : null;
  }

  private static boolean isOnOwnClass(Expr.Call call, TypeDecl type) {
    if (call.isOnThis() || isOnNewInstance(call, type)) {
      return true;
    }
    Expr receiver = call.receiver();
    return receiver instanceof Expr.TypeName && ((Expr.TypeName) receiver).simpleName().equals(type.name());
  }

  /** {@code new App(args).run()} in App's {@code main}: the object's class is exactly this one. */
  private static boolean isOnNewInstance(Expr.Call call, TypeDecl type) {
    return call.receiver() instanceof Expr.New && ((Expr.New) call.receiver()).anonymousBody() == null
        && ((Expr.New) call.receiver()).writtenSimpleName().equals(type.name());
  }
}
