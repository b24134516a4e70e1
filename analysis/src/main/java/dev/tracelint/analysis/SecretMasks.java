package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodInfo;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.SecretCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Calls whose result keeps no more of a secret than a harmless piece of it: a method that masks, hashes or shortens
 * its argument (by its name or the user's {@code MaskingMethods}), a {@code substring} that keeps a short prefix
 * or suffix, and a format pattern's {@code %.6s}.
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
   * Whether a {@code StringBuilder#replace(start, end, text)} leaves at most a short window of what it replaces in:
   * {@code replace(4, key.length(), "****")} keeps a prefix, {@code replace(0, key.length() - 4, "****")} a suffix,
   * {@code replace(2, key.length() - 2, "..")} both ends, at most 16 characters together. {@code replace(0, 0, "..")}
   * keeps everything.
   */
  static boolean replacesAllButAShortWindow(Expr.Call replace) {
    List<Expr> arguments = replace.arguments();
    if (!SecretCatalog.isRangeReplace(replace.name()) || arguments.size() != 3) {
      return false;
    }
    Integer start = intConstant(arguments.get(0));
    Expr end = arguments.get(1);
    Integer tail = null;
    if (isLengthMeasure(end)) {
      tail = 0;
    } else if (end instanceof Expr.Binary && ((Expr.Binary) end).operator() == Expr.Binary.Op.MINUS
        && isLengthMeasure(((Expr.Binary) end).left())) {
      tail = intConstant(((Expr.Binary) end).right());
    }
    return SecretCatalog.isShortLength(start) && SecretCatalog.isShortLength(tail)
        && SecretCatalog.isShortLength(start + tail);
  }

  /**
   * Whether {@code arm}, a variable, is known to be short on the {@code branch} of {@code condition} that takes it:
   * the condition compares the same variable's {@code length()} with a constant, and that branch holds only when the
   * length is at most a short one ({@code key.length() > 8 ? key.substring(0, 8) : key}, {@code key.length() <= 4 ?
   * key : ...}). Such a value is no more than the short prefix the other arm cuts.
   */
  static boolean isShortUnderGuard(Expr condition, boolean branch, Expr arm) {
    Variable variable = Nodes.variableOf(arm);
    if (variable == null || !(condition instanceof Expr.Binary)) {
      return false;
    }
    Expr.Binary comparison = (Expr.Binary) condition;
    if (isNullTestOf(comparison.left(), variable, comparison.operator())) {
      // key != null && key.length() > 8 ? ... : key, key == null || key.length() <= 8 ? key : ...: the arm the null
      // test alone picks prints "null"
      return isShortUnderGuard(comparison.right(), branch, arm);
    }
    Expr.Binary.Op op = comparison.operator();
    Expr measured = comparison.left();
    Integer bound = intConstant(comparison.right());
    if (bound == null) {
      measured = comparison.right();
      bound = intConstant(comparison.left());
      op = op.mirrored();
    }
    if (bound == null || !isLengthMeasure(measured)
        || Nodes.variableOf(((Expr.Call) measured).receiver()) != variable) {
      return false;
    }
    // the longest length the branch allows: length OP bound holds on the true branch, its negation on the false one
    Integer longest;
    switch (op) {
      case LT:
        longest = branch ? Integer.valueOf(bound - 1) : null;
        break;
      case LE:
        longest = branch ? bound : null;
        break;
      case GT:
        longest = branch ? null : bound;
        break;
      case GE:
        longest = branch ? null : Integer.valueOf(bound - 1);
        break;
      default:
        longest = null;
    }
    return SecretCatalog.isShortLength(longest);
  }

  /**
   * Whether {@code test} is {@code variable != null} as the left operand of {@code &&}, or {@code variable == null} as
   * the left operand of {@code ||}: the shapes in which the other operand alone decides the arms a non-null value takes.
   */
  private static boolean isNullTestOf(Expr test, Variable variable, Expr.Binary.Op joinedBy) {
    if (!(test instanceof Expr.Binary)) {
      return false;
    }
    Expr.Binary comparison = (Expr.Binary) test;
    Expr.Binary.Op wanted = joinedBy == Expr.Binary.Op.AND ? Expr.Binary.Op.NE
        : joinedBy == Expr.Binary.Op.OR ? Expr.Binary.Op.EQ : null;
    if (comparison.operator() != wanted) {
      return false;
    }
    return Nodes.isNull(comparison.right()) && Nodes.variableOf(comparison.left()) == variable
        || Nodes.isNull(comparison.left()) && Nodes.variableOf(comparison.right()) == variable;
  }

  /**
   * The arguments a printf-style call ({@code String.format}, {@code formatted}, {@code printf}, JBoss Logging's
   * {@code infof}...) prints whole by its constant pattern: those used only as {@code %.6s} keep a short prefix and
   * are left out, and so are those no conversion uses. {@code null} when the call is not printf-style, or its
   * pattern is not a constant with conversions ({@code MessageFormat}'s {@code "key={0}"}): then every argument
   * counts.
   */
  static List<Expr> printedInFull(Expr.Call call) {
    if (!SecretCatalog.isPrintfStyleCall(call.name())) {
      return null;
    }
    List<Expr> arguments = call.arguments();
    if (!call.name().equals("formatted")) {
      return printedInFullAfterPattern(arguments);
    }
    String pattern = call.receiver() == null ? null : Nodes.stringConstant(call.receiver());
    return printedInFull(pattern, arguments);
  }

  /**
   * The arguments that a printf-style pattern among {@code arguments} prints whole, as {@link #printedInFull(Expr.Call)}
   * reads them: the pattern is the first text constant, after a Locale ({@code String.format}, Log4j's
   * {@code StringFormattedMessage}), a Level (Log4j's printf) or a Throwable (JBoss Logging's infof); the values
   * follow it. {@code null} when there is no constant pattern with conversions.
   */
  static List<Expr> printedInFullAfterPattern(List<Expr> arguments) {
    int at = 0;
    while (at < arguments.size() && Nodes.stringConstant(arguments.get(at)) == null) {
      at++;
    }
    if (at >= arguments.size()) {
      return null;
    }
    return printedInFull(Nodes.stringConstant(arguments.get(at)), arguments.subList(at + 1, arguments.size()));
  }

  private static List<Expr> printedInFull(String pattern, List<Expr> values) {
    if (values.size() == 1 && values.get(0) instanceof Expr.NewArray) {
      // format(pattern, new Object[] {user, apiKey}): the array is the varargs
      values = ((Expr.NewArray) values.get(0)).initializers();
    }
    Set<Integer> printed = SecretCatalog.printedInFull(pattern, values.size());
    if (printed == null) {
      return null;
    }
    List<Expr> inFull = new ArrayList<>();
    for (int index : printed) {
      inFull.add(values.get(index));
    }
    return inFull;
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
