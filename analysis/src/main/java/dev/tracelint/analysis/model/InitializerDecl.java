package dev.tracelint.analysis.model;

import java.util.List;

/** An instance or static initializer block. */
public final class InitializerDecl extends Node {
  private final boolean isStatic;
  private final Stmt.Block body;

  public InitializerDecl(Object source, Span span, boolean isStatic, Stmt.Block body) {
    super(source, span);
    this.isStatic = isStatic;
    this.body = body;
  }

  @Override
  public Kind kind() {
    return Kind.INITIALIZER;
  }

  @Override
  protected List<Node> computeChildren() {
    return nodes(body);
  }

  public boolean isStatic() {
    return isStatic;
  }

  public Stmt.Block body() {
    return body;
  }
}
