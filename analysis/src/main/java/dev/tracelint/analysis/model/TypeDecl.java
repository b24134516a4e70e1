package dev.tracelint.analysis.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A class, interface, enum, record or annotation declaration, including local and anonymous classes. */
public final class TypeDecl extends Node {

  /** What is declared. */
  public enum TypeKind {
    CLASS, INTERFACE, ENUM, RECORD, ANNOTATION, ANONYMOUS
  }

  private final String name;
  private final TypeKind typeKind;
  private final Set<Modifier> modifiers;
  private final List<Annotation> annotations;
  private final List<String> writtenSupertypes;
  private final String writtenSuperclass;
  private final List<Variable> recordComponents;
  private final List<Node> members;
  private final int nameLine;
  private TypeRef type;

  /**
   * @param name the simple name; empty for an anonymous class
   * @param writtenSuperclass the {@code extends} clause of a class as written, or {@code null}
   * @param writtenSupertypes every type named in {@code extends} and {@code implements}, as written
   * @param members {@link MethodDecl}, {@link FieldDecl}, {@link InitializerDecl} and nested {@link TypeDecl}s
   */
  public TypeDecl(Object source, Span span, int nameLine, String name, TypeKind typeKind, Set<Modifier> modifiers,
      List<Annotation> annotations, String writtenSuperclass, List<String> writtenSupertypes,
      List<Variable> recordComponents, List<Node> members) {
    super(source, span);
    this.nameLine = nameLine;
    this.name = name;
    this.typeKind = typeKind;
    this.modifiers = Modifier.setOf(modifiers);
    this.annotations = List.copyOf(annotations);
    this.writtenSuperclass = writtenSuperclass;
    this.writtenSupertypes = List.copyOf(writtenSupertypes);
    this.recordComponents = List.copyOf(recordComponents);
    this.members = List.copyOf(members);
  }

  @Override
  public Kind kind() {
    return Kind.TYPE;
  }

  @Override
  protected List<Node> computeChildren() {
    return nodes(annotations, members);
  }

  @Override
  public int reportLine() {
    return nameLine;
  }

  public String name() {
    return name;
  }

  public TypeKind typeKind() {
    return typeKind;
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

  public String writtenSuperclass() {
    return writtenSuperclass;
  }

  public List<String> writtenSupertypes() {
    return writtenSupertypes;
  }

  public List<Variable> recordComponents() {
    return recordComponents;
  }

  public List<Node> members() {
    return members;
  }

  public List<MethodDecl> methods() {
    List<MethodDecl> methods = new ArrayList<>();
    for (Node member : members) {
      if (member instanceof MethodDecl) {
        methods.add((MethodDecl) member);
      }
    }
    return methods;
  }

  public List<FieldDecl> fields() {
    List<FieldDecl> fields = new ArrayList<>();
    for (Node member : members) {
      if (member instanceof FieldDecl) {
        fields.add((FieldDecl) member);
      }
    }
    return fields;
  }

  /** The type this declaration declares. */
  public TypeRef type() {
    if (type == null) {
      type = semantics().typeOf(this);
    }
    return type;
  }

  /**
   * Final as the JLS has it (8.1.1.2): declared final, a record, or an enum none of whose constants has a class body
   * (a constant's body is a subclass that may override). An anonymous class is never final (15.9.5), although nothing
   * can extend it.
   */
  public boolean isEffectivelyFinal() {
    return modifiers.contains(Modifier.FINAL) || typeKind == TypeKind.RECORD
        || (typeKind == TypeKind.ENUM && fields().stream().noneMatch(TypeDecl::isEnumConstantWithBody));
  }

  private static boolean isEnumConstantWithBody(FieldDecl field) {
    return field.variable().kind() == Variable.VarKind.ENUM_CONSTANT && field.initializer() instanceof Expr.New
        && ((Expr.New) field.initializer()).anonymousBody() != null;
  }

  @Override
  public String toString() {
    return typeKind + " " + name;
  }
}
