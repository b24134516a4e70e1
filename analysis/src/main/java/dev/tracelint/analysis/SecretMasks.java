package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodInfo;
import dev.tracelint.catalog.SecretCatalog;
import java.util.List;

/**
 * Calls whose result keeps no more of a secret than a harmless piece of it: a method that masks, hashes or shortens
 * its argument (by its name or the user's {@code MaskingMethods}), and a {@code substring} that keeps a short prefix
 * or suffix.
 */
final class SecretMasks {
  private SecretMasks() {}

  /** Whether {@code call} masks its argument: {@code mask(key)}, {@code sha256Hex(key)}, a user masking method. */
  static boolean masks(Expr.Call call, SecretCatalog catalog) {
    return SecretCatalog.isMaskingMethodName(call.name()) || catalog.isUserMaskingMethod(ownerOf(call), call.name());
  }

  /**
   * Whether a {@code substring} keeps at most a short window: {@code s.substring(0, 6)} (also through a named
   * constant), {@code s.substring(0, Math.min(6, s.length()))}, {@code s.substring(s.length() - 4)}.
   */
  static boolean keepsOnlyAShortWindow(Expr.Call cut) {
    List<Expr> arguments = cut.arguments();
    if (arguments.size() == 2) {
      return SecretCatalog.isShortPrefix(intConstant(arguments.get(0)), shortBound(arguments.get(1)));
    }
    if (arguments.size() == 1 && arguments.get(0) instanceof Expr.Binary) {
      Expr.Binary minus = (Expr.Binary) arguments.get(0);
      return minus.operator() == Expr.Binary.Op.MINUS
          && isLengthMeasure(minus.left())
          && SecretCatalog.isShortLength(intConstant(minus.right()));
    }
    return false;
  }

  /**
   * The canonical name of the type that declares the called method; {@code null} when the engine did not resolve the
   * call (then a user's masking method is matched by its name alone, which can only remove findings), and empty for a
   * local or anonymous class, which no option can name.
   */
  private static String ownerOf(Expr.Call call) {
    MethodInfo method = call.method();
    if (!method.isResolved()) {
      return null;
    }
    String owner = method.declaringType().qualifiedName();
    return owner == null ? "" : owner;
  }

  /** The constant end of a window, or the constant that clamps it: {@code 6} of {@code Math.min(6, s.length())}. */
  private static Integer shortBound(Expr end) {
    if (!(end instanceof Expr.Call)) {
      return intConstant(end);
    }
    Expr.Call clamp = (Expr.Call) end;
    if (!isWindowClamp(clamp)) {
      return null;
    }
    for (Expr argument : clamp.arguments()) {
      Integer bound = intConstant(argument);
      if (bound != null) {
        return bound;
      }
    }
    return null;
  }

  /**
   * {@code Math.min}, also statically imported. When the call itself did not resolve (an argument of a type PMD could
   * not load defeats its overload selection), the type it is called on names its owner.
   */
  private static boolean isWindowClamp(Expr.Call call) {
    String owner = ownerOf(call);
    if (owner == null && call.receiver() instanceof Expr.TypeName) {
      owner = call.receiver().type().qualifiedName();
    }
    return SecretCatalog.isWindowClamp(owner, call.name());
  }

  private static boolean isLengthMeasure(Expr expression) {
    return expression instanceof Expr.Call
        && ((Expr.Call) expression).arguments().isEmpty()
        && SecretCatalog.isLengthMeasure(((Expr.Call) expression).name());
  }

  private static Integer intConstant(Expr expression) {
    Object value = expression.constant();
    return value instanceof Integer ? (Integer) value : null;
  }
}
