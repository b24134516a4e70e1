package dev.tracelint.analysis.model;

import java.util.List;
import java.util.Set;

/** A method or constructor declaration. */
public final class MethodDecl extends Node {
  private final String name;
  private final boolean constructor;
  private final Set<Modifier> modifiers;
  private final List<Annotation> annotations;
  private final List<Variable> parameters;
  private final boolean varargs;
  private final Stmt.Block body;
  private final int nameLine;
  private MethodInfo info;

  /**
   * @param name the method's name; the class's simple name for a constructor
   * @param body {@code null} for abstract and native methods
   */
  public MethodDecl(Object source, Span span, int nameLine, String name, boolean constructor, Set<Modifier> modifiers,
      List<Annotation> annotations, List<Variable> parameters, boolean varargs, Stmt.Block body) {
    super(source, span);
    this.nameLine = nameLine;
    this.name = name;
    this.constructor = constructor;
    this.modifiers = Modifier.setOf(modifiers);
    this.annotations = List.copyOf(annotations);
    this.parameters = List.copyOf(parameters);
    this.varargs = varargs;
    this.body = body;
  }

  @Override
  public Kind kind() {
    return Kind.METHOD;
  }

  @Override
  protected List<Node> computeChildren() {
    List<Node> children = nodes(annotations);
    for (Variable parameter : parameters) {
      addAll(children, parameter.annotations());
    }
    addAll(children, body);
    return children;
  }

  @Override
  public int reportLine() {
    return nameLine;
  }

  public String name() {
    return name;
  }

  public boolean isConstructor() {
    return constructor;
  }

  public Set<Modifier> modifiers() {
    return modifiers;
  }

  public boolean is(Modifier modifier) {
    return modifiers.contains(modifier);
  }

  public List<Annotation> annotations() {
    return annotations;
  }

  public List<Variable> parameters() {
    return parameters;
  }

  public boolean isVarargs() {
    return varargs;
  }

  public Stmt.Block body() {
    return body;
  }

  /** The class, interface, enum or record that declares this method. */
  public TypeDecl owner() {
    return (TypeDecl) parent();
  }

  /** What the engine knows of this method: its overridden methods in particular. */
  public MethodInfo info() {
    if (info == null) {
      info = semantics().methodOf(this);
    }
    return info;
  }

  @Override
  public String toString() {
    return "method " + name;
  }
}
