package dev.tracelint.analysis.model;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints a model as indented text: kinds, names, lines, bindings and, optionally, what the engine answers about types.
 * Two adapters given the same source must print the same text; the adapter agreement test compares them, and the text
 * is the quickest way to see what a procedure sees.
 */
public final class ModelPrinter {
  private final boolean withTypes;
  private final StringBuilder out = new StringBuilder();
  private final IdentityHashMap<Variable,Integer> variableIds = new IdentityHashMap<>();

  private ModelPrinter(boolean withTypes) {
    this.withTypes = withTypes;
  }

  /**
   * The model of {@code unit} as text, one node per line.
   *
   * @param withTypes also print resolved types of expressions and variables and the declaring types of calls (only
   *     meaningful when both engines have full types)
   */
  public static String print(SourceUnit unit, boolean withTypes) {
    ModelPrinter printer = new ModelPrinter(withTypes);
    printer.out.append("package ").append(unit.packageName()).append('\n');
    for (Import imported : unit.imports()) {
      printer.out.append("import ").append(imported.isStatic() ? "static " : "").append(imported.name())
          .append(imported.onDemand() ? ".*" : "").append('\n');
    }
    for (TypeDecl type : unit.types()) {
      printer.print(type, 0);
    }
    return printer.out.toString();
  }

  private void print(Node node, int depth) {
    out.append("  ".repeat(depth)).append(node.line()).append(' ').append(node.kind());
    describe(node);
    out.append('\n');
    for (Node child : node.children()) {
      print(child, depth + 1);
    }
  }

  private void describe(Node node) {
    switch (node.kind()) {
      case TYPE:
        TypeDecl type = (TypeDecl) node;
        out.append(' ').append(type.typeKind()).append(" '").append(type.name()).append("' ").append(type.modifiers())
            .append(" supers=").append(type.writtenSupertypes()).append(" @").append(type.reportLine());
        for (Variable component : type.recordComponents()) {
          out.append(" component=").append(variable(component));
        }
        if (withTypes) {
          out.append(" : ").append(type.type().qualifiedName()).append(" supertypesKnown=")
              .append(type.type().knowsAllSupertypes());
        }
        break;
      case METHOD:
        MethodDecl method = (MethodDecl) node;
        out.append(" '").append(method.name()).append("' ").append(method.modifiers())
            .append(method.isConstructor() ? " constructor" : "").append(method.isVarargs() ? " varargs" : "")
            .append(" @").append(method.reportLine());
        for (Variable parameter : method.parameters()) {
          out.append(" param=").append(variable(parameter));
        }
        if (withTypes) {
          out.append(" overrides=").append(method.info().overriddenMethods().size() > 0);
        }
        break;
      case FIELD:
        out.append(' ').append(variable(((FieldDecl) node).variable()));
        break;
      case INITIALIZER:
        out.append(((InitializerDecl) node).isStatic() ? " static" : "");
        break;
      case ANNOTATION:
        Annotation annotation = (Annotation) node;
        out.append(" @").append(annotation.writtenName()).append(' ').append(annotation.elements().keySet());
        if (withTypes) {
          out.append(" : ").append(annotation.type().qualifiedName());
        }
        break;
      case LOCAL_VARIABLE:
        out.append(' ').append(variable(((Stmt.LocalVar) node).variable()));
        break;
      case CASE:
        Stmt.Case branch = (Stmt.Case) node;
        out.append(branch.isDefault() ? " default" : "").append(branch.isRule() ? " ->" : " :");
        break;
      case CATCH:
        Stmt.Catch handler = (Stmt.Catch) node;
        out.append(' ').append(handler.writtenTypes()).append(' ').append(variable(handler.parameter()));
        break;
      case LOOP:
        Stmt.Loop loop = (Stmt.Loop) node;
        out.append(' ').append(loop.loopKind());
        if (loop.foreachVariable() != null) {
          out.append(' ').append(variable(loop.foreachVariable()));
        }
        break;
      case LABELED:
        out.append(' ').append(((Stmt.Labeled) node).label());
        break;
      case BREAK:
      case CONTINUE:
        String label = ((Stmt.Branch) node).label();
        out.append(label == null ? "" : " " + label);
        break;
      case CALL:
        Expr.Call call = (Expr.Call) node;
        out.append(" '").append(call.name()).append("' name@").append(call.nameLine())
            .append(call.receiver() == null ? " unqualified" : "");
        if (withTypes) {
          MethodInfo info = call.method();
          out.append(" in ").append(info.declaringType().qualifiedName()).append(" static=").append(info.isStatic())
              .append(" local=").append(info.declaration() != null);
        }
        break;
      case NEW:
        Expr.New creation = (Expr.New) node;
        out.append(' ').append(creation.writtenType());
        break;
      case ASSIGN:
        out.append(' ').append(((Expr.Assign) node).operator());
        break;
      case UNARY:
        out.append(' ').append(((Expr.Unary) node).operator());
        break;
      case BINARY:
        out.append(' ').append(((Expr.Binary) node).operator());
        break;
      case NAME:
        Expr.Name name = (Expr.Name) node;
        out.append(" '").append(name.name()).append("' -> ")
            .append(name.variable() == null ? "?" : variable(name.variable()));
        break;
      case FIELD_ACCESS:
        Expr.FieldAccess access = (Expr.FieldAccess) node;
        out.append(" '").append(access.name()).append("' -> ")
            .append(access.field() == null ? "?" : variable(access.field()));
        break;
      case TYPE_NAME:
        out.append(' ').append(((Expr.TypeName) node).writtenName());
        break;
      case LITERAL:
        Expr.Literal literal = (Expr.Literal) node;
        out.append(' ').append(literal.literalKind()).append(' ').append(literal.value());
        break;
      case LAMBDA:
        for (Variable parameter : ((Expr.Lambda) node).parameters()) {
          out.append(" param=").append(variable(parameter));
        }
        break;
      case METHOD_REFERENCE:
        out.append(" ::").append(((Expr.MethodRef) node).name());
        break;
      case CAST:
        out.append(' ').append(((Expr.Cast) node).writtenType());
        break;
      case CLASS_LITERAL:
        out.append(' ').append(((Expr.ClassLiteral) node).writtenType());
        break;
      case INSTANCE_OF:
        Expr.InstanceOf instanceOf = (Expr.InstanceOf) node;
        out.append(' ').append(instanceOf.writtenType())
            .append(instanceOf.binding() == null ? "" : " " + variable(instanceOf.binding()));
        break;
      case THIS:
        String qualifier = ((Expr.This) node).qualifier();
        out.append(qualifier == null ? "" : " " + qualifier);
        break;
      default:
        break;
    }
    if (withTypes && node instanceof Expr && node.kind() != Node.Kind.TYPE_NAME && node.kind() != Node.Kind.LAMBDA
        && node.kind() != Node.Kind.METHOD_REFERENCE && node.kind() != Node.Kind.NEW_ARRAY
        && node.kind() != Node.Kind.ANNOTATION) {
      Object constant = ((Expr) node).constant();
      out.append(" : ").append(((Expr) node).type().qualifiedName()).append(constant == null ? "" : " = " + constant);
    }
  }

  private String variable(Variable variable) {
    Integer id = variableIds.computeIfAbsent(variable, key -> variableIds.size() + 1);
    StringBuilder text = new StringBuilder().append('#').append(id).append(' ').append(variable.kind()).append(' ')
        .append(variable.name()).append(variable.modifiers().isEmpty() ? "" : " " + variable.modifiers())
        .append(" written=").append(variable.writtenType());
    List<Annotation> annotations = variable.annotations();
    if (!annotations.isEmpty()) {
      text.append(" annotated=").append(annotations.size());
    }
    if (variable.declaration() != null) {
      text.append(" declared@").append(variable.declaration().line()).append(' ')
          .append(variable.declaration().kind());
    }
    if (withTypes) {
      text.append(" : ").append(variable.type().qualifiedName());
    }
    return text.toString();
  }
}
