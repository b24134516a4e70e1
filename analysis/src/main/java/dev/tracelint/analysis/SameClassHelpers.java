package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Modifier;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.TypeDecl;
import dev.tracelint.analysis.model.TypeRef;
import dev.tracelint.analysis.model.Variable;

/**
 * The methods of the analysed class that a call certainly runs: an unqualified call (or one on {@code this} or on the
 * class's own name) to a method of the same class that no subclass can override (private, static, final, or in a
 * final class), or any method called on a fresh instance of the class ({@code new App(config).run()}). Rules follow
 * such helpers a few calls deep; anything else is a black box.
 *
 * <p>{@link #inUnit} widens this to every class of the compilation unit, for {@link MethodSummaries}: nested, local
 * and other top-level classes, when the call certainly lands on their declaration.
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
      declared = onlyMethodLike(call, type);
    }
    if (declared == null || declared.body() == null || (declared.owner() != type && !inheritsDefault(type, declared))) {
      return null;
    }
    boolean notOverridable = declared.is(Modifier.STATIC) || declared.is(Modifier.PRIVATE)
        || declared.is(Modifier.FINAL) || type.isEffectivelyFinal() || isOnNewInstance(call, type);
    return notOverridable ? declared : null;
  }

  /**
   * {@link #target}, or for an unqualified call in a nested class that declares no method of that name, the static
   * method of the innermost enclosing class that does ({@code exporter()} of the outer class called from a nested
   * {@code Worker}'s {@code main}): Java resolves the simple name there, and a static method cannot be overridden.
   * Used by UnclosedTrace and ExitBeforeTraceFlush, whose helpers are often shared by several nested entry points.
   */
  static MethodDecl targetInScope(Expr.Call call) {
    MethodDecl own = target(call);
    if (own != null || call.receiver() != null) {
      return own;
    }
    MethodDecl declared = inEnclosingClass(call);
    return declared != null && declared.is(Modifier.STATIC) ? declared : null;
  }

  /**
   * For an unqualified call in a nested class that declares no method of that name, the declaration with a body of
   * the innermost enclosing class that does, where Java resolves the simple name; {@code null} otherwise, and when the
   * engine did not resolve the call and a class on the way has a superclass (the method may be inherited from it).
   */
  private static MethodDecl inEnclosingClass(Expr.Call call) {
    TypeDecl type = Nodes.enclosingType(call);
    if (call.receiver() != null || type == null || declaresMethodNamed(type, call.name())
        || (!call.method().isResolved() && type.writtenSuperclass() != null)) {
      return null;
    }
    for (TypeDecl outer = Nodes.enclosingType(type); outer != null; outer = Nodes.enclosingType(outer)) {
      if (declaresMethodNamed(outer, call.name())) {
        return declarationIn(call, outer);
      }
      if (!call.method().isResolved() && outer.writtenSuperclass() != null) {
        return null;
      }
    }
    return null;
  }

  private static boolean declaresMethodNamed(TypeDecl type, String name) {
    return type.methods().stream().anyMatch(method -> !method.isConstructor() && method.name().equals(name));
  }

  /** The only method of {@code type} with the call's name and arity (varargs too), or {@code null}. */
  private static MethodDecl onlyMethodLike(Expr.Call call, TypeDecl type) {
    MethodDecl only = null;
    for (MethodDecl method : type.methods()) {
      if (!method.isConstructor() && method.name().equals(call.name())
          && (method.parameters().size() == call.arguments().size() || method.isVarargs())) {
        if (only != null) {
          return null;
        }
        only = method;
      }
    }
    return only;
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

  /**
   * The declaration in the unit that {@code call} certainly runs, or {@code null}: a {@link #target} of its own class,
   * a static method called on a class of the unit by its name, any method called on a fresh instance of a class of the
   * unit, and a method no subclass can override (private, static, final, or of a final class) called on a variable
   * declared with a class of the unit.
   */
  static MethodDecl inUnit(Expr.Call call) {
    MethodDecl own = target(call);
    if (own != null) {
      return own;
    }
    Expr receiver = call.receiver();
    if (receiver == null || call.isOnThis()) {
      return null;
    }
    TypeDecl type = receiverClass(receiver);
    MethodDecl declared = type == null ? null : declarationIn(call, type);
    if (declared == null) {
      return null;
    }
    if (receiver instanceof Expr.TypeName) {
      return declared.is(Modifier.STATIC) ? declared : null;
    }
    return isOnNewInstance(call, type) || !isOverridable(declared) ? declared : null;
  }

  /**
   * The method of the caller's own class that an unqualified call or a call on {@code this} runs as written, even
   * when a subclass elsewhere could override it (a protected or public helper of a handler class), unless a class of
   * the unit does; {@code null} for other calls and abstract methods.
   */
  static MethodDecl asWrittenOnThis(Expr.Call call) {
    TypeDecl type = Nodes.enclosingType(call);
    if (type == null || !call.isOnThis()) {
      return null;
    }
    MethodDecl declared = declarationIn(call, type);
    if (declared == null || declared.is(Modifier.ABSTRACT) || overriddenInUnit(declared)) {
      return null;
    }
    return declared;
  }

  /**
   * The method of the caller's class or of a class enclosing it that an unqualified call or a call on {@code this}
   * runs as written ({@link #targetInScope}, {@link #asWrittenOnThis}, or for a call in a nested class that declares
   * no method of that name, the enclosing class's: {@code acquirePort()} of the outer class called from an inner
   * task); {@code null} for other calls and abstract methods.
   */
  static MethodDecl helperAsWritten(Expr.Call call) {
    if (!call.isOnThis()) {
      return null;
    }
    MethodDecl helper = targetInScope(call);
    if (helper == null) {
      helper = asWrittenOnThis(call);
    }
    if (helper == null) {
      helper = inEnclosingClass(call);
    }
    return helper == null || helper.is(Modifier.ABSTRACT) ? null : helper;
  }

  /**
   * The method of the unit a method reference names ({@code this::ask}, {@code handlers::ask},
   * {@code App::closeTelemetry}): the only method of that name of the class its receiver denotes; {@code null}
   * otherwise.
   */
  static MethodDecl referenced(Expr.MethodRef reference) {
    Expr receiver = reference.receiver();
    TypeDecl type = receiver instanceof Expr.This && ((Expr.This) receiver).qualifier() == null
        ? Nodes.enclosingType(reference) : receiver == null ? null : receiverClass(receiver);
    if (type == null) {
      return null;
    }
    MethodDecl only = null;
    for (MethodDecl method : type.methods()) {
      if (!method.isConstructor() && method.name().equals(reference.name())) {
        if (only != null) {
          return null;
        }
        only = method;
      }
    }
    return only;
  }

  /**
   * The helper a method reference certainly runs, as {@link #targetInScope} is for a call: a method with a body of the
   * reference's class or of a class enclosing it ({@code new Thread(App::closeTelemetry)} in App's {@code main}), that
   * no subclass can override; {@code null} otherwise.
   */
  static MethodDecl referencedInScope(Expr.MethodRef reference) {
    MethodDecl method = referenced(reference);
    if (method == null || method.body() == null || isOverridable(method)) {
      return null;
    }
    for (TypeDecl type = Nodes.enclosingType(reference); type != null; type = Nodes.enclosingType(type)) {
      if (method.owner() == type) {
        return method;
      }
    }
    return null;
  }

  /**
   * The method of {@code type} (a class of the unit) a call of a variable declared with it runs as written: the
   * declaration the engine resolved, or the only one of that name and arity; {@code null} when it has no body.
   */
  static MethodDecl declarationIn(Expr.Call call, TypeDecl type) {
    MethodDecl declared = call.method().declaration();
    if (declared == null && !call.method().isResolved()) {
      declared = onlyMethodLike(call, type);
    }
    return declared == null || declared.body() == null || (declared.owner() != type && !inheritsDefault(type, declared))
        ? null : declared;
  }

  /**
   * Whether {@code type} runs {@code declared}, a default method of an interface of the unit that it names in its
   * {@code implements} clause, as its own: it declares no method of that name and arity, and extends no class (whose
   * method of that signature would win over the default). A telemetry mixin ({@code interface TelemetrySupport {
   * default void flushTraces() {..} }}) implemented by a controller of the same file.
   */
  private static boolean inheritsDefault(TypeDecl type, MethodDecl declared) {
    TypeDecl owner = declared.owner();
    if (owner == null || owner.typeKind() != TypeDecl.TypeKind.INTERFACE || !declared.is(Modifier.DEFAULT)
        || type.writtenSuperclass() != null || type.typeKind() == TypeDecl.TypeKind.INTERFACE) {
      return false;
    }
    boolean implemented = false;
    for (String written : type.writtenSupertypes()) {
      String raw = written.contains("<") ? written.substring(0, written.indexOf('<')) : written;
      implemented |= raw.substring(raw.lastIndexOf('.') + 1).equals(owner.name());
    }
    return implemented && type.methods().stream().noneMatch(method -> !method.isConstructor()
        && method.name().equals(declared.name()) && method.parameters().size() == declared.parameters().size());
  }

  /** The class of the unit a receiver's value certainly is an instance of (or, for a type name, that class). */
  static TypeDecl receiverClass(Expr receiver) {
    if (receiver instanceof Expr.New) {
      Expr.New created = (Expr.New) receiver;
      return created.anonymousBody() != null ? null : classOfUnit(created.type(), created.writtenType(), receiver);
    }
    if (receiver instanceof Expr.TypeName) {
      return classOfUnit(receiver.type(), ((Expr.TypeName) receiver).writtenName(), receiver);
    }
    Variable variable = Nodes.variableOf(receiver);
    return variable == null ? null : classOfUnit(variable.type(), variable.writtenType(), receiver);
  }

  /**
   * The class declared in the unit that a type denotes: by the engine's canonical name, or, without one, the only
   * class of the unit with that simple name as written.
   */
  private static TypeDecl classOfUnit(TypeRef type, String written, Node at) {
    String qualified = type.isResolved() ? type.qualifiedName() : null;
    if (qualified == null && (written == null || written.isEmpty())) {
      return null;
    }
    String simple = written == null ? null : written.substring(written.lastIndexOf('.') + 1);
    TypeDecl found = null;
    for (TypeDecl candidate : UnitIndex.of(at.unit()).<TypeDecl>all(Node.Kind.TYPE)) {
      if (candidate.typeKind() == TypeDecl.TypeKind.ANONYMOUS || candidate.typeKind() == TypeDecl.TypeKind.INTERFACE
          || candidate.typeKind() == TypeDecl.TypeKind.ANNOTATION) {
        continue;
      }
      boolean matches = qualified != null ? qualified.equals(candidate.type().qualifiedName())
          : candidate.name().equals(simple);
      if (matches) {
        if (found != null) {
          return null;
        }
        found = candidate;
      }
    }
    return found;
  }

  private static boolean isOverridable(MethodDecl method) {
    return !method.is(Modifier.STATIC) && !method.is(Modifier.PRIVATE) && !method.is(Modifier.FINAL)
        && !method.owner().isEffectivelyFinal();
  }

  /** Whether a class of the unit that names {@code method}'s class as its superclass declares the same method. */
  private static boolean overriddenInUnit(MethodDecl method) {
    String owner = method.owner().name();
    for (TypeDecl candidate : UnitIndex.of(method.unit()).<TypeDecl>all(Node.Kind.TYPE)) {
      String superclass = candidate.writtenSuperclass();
      if (candidate == method.owner() || superclass == null
          || !superclass.substring(superclass.lastIndexOf('.') + 1).equals(owner)) {
        continue;
      }
      for (MethodDecl other : candidate.methods()) {
        if (other.name().equals(method.name()) && other.parameters().size() == method.parameters().size()) {
          return true;
        }
      }
    }
    return false;
  }
}
