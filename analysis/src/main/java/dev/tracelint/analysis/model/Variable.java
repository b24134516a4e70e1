package dev.tracelint.analysis.model;

import java.util.List;
import java.util.Set;

/**
 * A local variable, parameter or field. Every reference to the same variable in a unit ({@link Expr.Name},
 * {@link Expr.FieldAccess}) holds the same instance, so procedures compare variables by identity. Fields of other
 * classes have no declaration in the unit.
 */
public final class Variable {

  /** Where a variable is declared. */
  public enum VarKind {
    LOCAL, PARAMETER, FIELD, RESOURCE, EXCEPTION_PARAMETER, LAMBDA_PARAMETER, FOREACH, PATTERN, ENUM_CONSTANT
  }

  private final Object source;
  private final String name;
  private final VarKind kind;
  private final Set<Modifier> modifiers;
  private final boolean declaredWithVar;
  private final String writtenType;
  private List<Annotation> annotations = List.of();
  private Node declaration;
  private Semantics semantics = Semantics.NONE;
  private TypeRef type;
  private Object constant;
  private boolean constantKnown;

  /**
   * @param source the engine's symbol, for adapters' own bookkeeping
   * @param writtenType the declared type as written, without type arguments ({@code StreamObserver},
   *     {@code io.grpc.stub.StreamObserver}, {@code String[]}); {@code null} for {@code var}, an implicitly typed
   *     lambda parameter, or a variable declared elsewhere
   */
  public Variable(Object source, String name, VarKind kind, Set<Modifier> modifiers, String writtenType) {
    this.source = source;
    this.name = name;
    this.kind = kind;
    this.modifiers = Modifier.setOf(modifiers);
    this.writtenType = writtenType;
    this.declaredWithVar = writtenType == null;
  }

  /** Called by adapters once the declaring node exists. */
  public void declare(Node declaration, List<Annotation> annotations) {
    this.declaration = declaration;
    this.annotations = List.copyOf(annotations);
  }

  /** Called by adapters when the variable is created, so that type questions reach the engine. */
  public void answeredBy(Semantics semantics) {
    this.semantics = semantics;
  }

  public Object source() {
    return source;
  }

  public String name() {
    return name;
  }

  public VarKind kind() {
    return kind;
  }

  public Set<Modifier> modifiers() {
    return modifiers;
  }

  public boolean is(Modifier modifier) {
    return modifiers.contains(modifier);
  }

  /** No type is written: {@code var}, an implicitly typed lambda parameter, or a variable declared elsewhere. */
  public boolean declaredWithVar() {
    return declaredWithVar;
  }

  /** The declared type as written without type arguments, or {@code null} (see the constructor). */
  public String writtenType() {
    return writtenType;
  }

  /** Annotations written on the declaration in this unit; empty for variables declared elsewhere. */
  public List<Annotation> annotations() {
    return annotations;
  }

  /**
   * The declaring node in this unit: a {@link Stmt.LocalVar} (also for resources), a {@link FieldDecl}, the
   * {@link MethodDecl} or {@link Expr.Lambda} of a parameter, the {@link Stmt.Catch}, the {@link Stmt.Loop} of a
   * for-each variable, the {@link Expr.InstanceOf} of a pattern; {@code null} when declared elsewhere.
   */
  public Node declaration() {
    return declaration;
  }

  /** A local, resource, parameter of any kind, catch parameter, for-each or pattern variable. */
  public boolean isLocal() {
    return kind != VarKind.FIELD && kind != VarKind.ENUM_CONSTANT;
  }

  public TypeRef type() {
    if (type == null) {
      type = semantics.typeOf(this);
    }
    return type;
  }

  /** The compile-time constant value, or {@code null}. */
  public Object constantValue() {
    if (!constantKnown) {
      constant = semantics.constantValue(this);
      constantKnown = true;
    }
    return constant;
  }

  /** For fields: the canonical name of the declaring type, or {@code null}. */
  public String declaringType() {
    return semantics.declaringTypeOf(this);
  }

  /** Annotation types of a variable declared outside the unit (e.g. a field of another class), when known. */
  public List<TypeRef> externalAnnotationTypes() {
    return semantics.annotationTypesOf(this);
  }

  @Override
  public String toString() {
    return kind + " " + name;
  }
}
