package dev.tracelint.analysis.model;

import java.util.List;

/**
 * One field (a declaration of several fields is split into one node each, as javac does) or enum constant, whose
 * initializer is an {@link Expr.New} of the enum type.
 */
public final class FieldDecl extends Node {
  private final Variable variable;
  private final Expr initializer;

  public FieldDecl(Object source, Span span, Variable variable, Expr initializer) {
    super(source, span);
    this.variable = variable;
    this.initializer = initializer;
  }

  @Override
  public Kind kind() {
    return Kind.FIELD;
  }

  @Override
  protected List<Node> computeChildren() {
    return nodes(variable.annotations(), initializer);
  }

  public Variable variable() {
    return variable;
  }

  /** The initializer, or {@code null}. */
  public Expr initializer() {
    return initializer;
  }
}
