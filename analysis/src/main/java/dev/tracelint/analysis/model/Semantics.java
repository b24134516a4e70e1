package dev.tracelint.analysis.model;

/**
 * The type facts an engine adapter answers about the nodes it built, on demand. Every answer may be unknown: an
 * adapter that cannot resolve something says so ({@link TypeRef#UNKNOWN}, {@link MethodInfo#unknown}, {@code null}
 * constants) rather than guessing; guesses from imports and names are made once, in the procedures' shared code.
 */
public interface Semantics {

  /** The static type of an expression. */
  TypeRef typeOf(Expr expression);

  /** The method or constructor a {@link Expr.Call} or {@link Expr.New} invokes. */
  MethodInfo methodOf(Expr invocation);

  /** The compile-time constant value of an expression (boxed), or {@code null}. */
  Object constantValue(Expr expression);

  /** The declared (or, for {@code var}, inferred) type of a variable. */
  TypeRef typeOf(Variable variable);

  /** The constant value of a {@code static final} field or local initialised by a constant, or {@code null}. */
  Object constantValue(Variable variable);

  /** The canonical name of the type declaring a field, or {@code null} (locals, parameters, unknown). */
  String declaringTypeOf(Variable field);

  /** The annotation types on a variable declared outside the unit (fields of other classes); empty when unknown. */
  default java.util.List<TypeRef> annotationTypesOf(Variable variable) {
    return java.util.List.of();
  }

  /** The type a declaration in the unit declares. */
  TypeRef typeOf(TypeDecl declaration);

  /** The annotation type an annotation names. */
  TypeRef typeOf(Annotation annotation);

  /** What the engine knows of a declared method: its overridden methods in particular. */
  MethodInfo methodOf(MethodDecl declaration);

  /** Answers nothing: for models built without an engine (tests of the model itself). */
  Semantics NONE = new Semantics() {
    @Override
    public TypeRef typeOf(Expr expression) {
      return TypeRef.UNKNOWN;
    }

    @Override
    public MethodInfo methodOf(Expr invocation) {
      return MethodInfo.unknown(invocation instanceof Expr.Call ? ((Expr.Call) invocation).name() : "<init>");
    }

    @Override
    public Object constantValue(Expr expression) {
      return expression instanceof Expr.Literal ? ((Expr.Literal) expression).value() : null;
    }

    @Override
    public TypeRef typeOf(Variable variable) {
      return TypeRef.UNKNOWN;
    }

    @Override
    public Object constantValue(Variable variable) {
      return null;
    }

    @Override
    public String declaringTypeOf(Variable field) {
      return null;
    }

    @Override
    public TypeRef typeOf(TypeDecl declaration) {
      return TypeRef.UNKNOWN;
    }

    @Override
    public TypeRef typeOf(Annotation annotation) {
      return TypeRef.UNKNOWN;
    }

    @Override
    public MethodInfo methodOf(MethodDecl declaration) {
      return MethodInfo.unknown(declaration.name());
    }
  };
}
