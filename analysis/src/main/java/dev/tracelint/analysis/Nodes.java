package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.InitializerDecl;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Modifier;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.TypeDecl;
import dev.tracelint.analysis.model.TypeRef;
import dev.tracelint.analysis.model.Variable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;

/** Walks and questions over the model that every procedure needs. Iterative, so deep code cannot overflow the stack. */
public final class Nodes {
  private Nodes() {}

  /** Code that does not run where it is written: a lambda's body, a class body (anonymous or local). */
  public static boolean isDeferred(Node node) {
    return node.kind() == Node.Kind.LAMBDA || node.kind() == Node.Kind.TYPE;
  }

  /** {@code root} and everything under it, in source order, including lambdas and nested classes. */
  public static List<Node> all(Node root) {
    return collect(root, node -> true);
  }

  /**
   * {@code root} and everything under it that runs inline, in source order: lambdas and nested classes are not
   * entered (the lambda or class node itself is listed).
   */
  public static List<Node> inline(Node root) {
    return collect(root, node -> !isDeferred(node));
  }

  /**
   * Like {@link #inline(Node)}, but also entering the lambdas that {@code runsInline} says run where they are written,
   * such as one passed to {@code forEach}.
   */
  public static List<Node> inline(Node root, Predicate<Expr.Lambda> runsInline) {
    return collect(root,
        node -> !isDeferred(node) || (node instanceof Expr.Lambda && runsInline.test((Expr.Lambda) node)));
  }

  /**
   * Whether {@code statement} is the expression body of a rule case of a switch expression ({@code case A ->
   * tracer.spanBuilder("a").startSpan();} in {@code Span span = switch (k) { ... };}): its value is what the switch
   * yields, as a conditional's operand is, not a value dropped by an expression statement.
   */
  public static boolean isYieldedBySwitchExpression(Stmt statement) {
    Node parent = statement.parent();
    return statement instanceof Stmt.ExprStmt && parent instanceof Stmt.Case && ((Stmt.Case) parent).isRule()
        && ((Stmt.Case) parent).body() == statement && parent.parent() instanceof Expr.SwitchExpr;
  }

  /**
   * The expressions whose value a switch expression can take: each rule case's expression, and the value of every
   * {@code yield} that belongs to this switch (not one of a switch expression nested in it, a lambda's or a class's).
   */
  public static List<Expr> valuesOf(Expr.SwitchExpr switchExpr) {
    List<Expr> values = new ArrayList<>();
    for (Stmt.Case switchCase : switchExpr.cases()) {
      Stmt body = switchCase.body();
      if (body instanceof Stmt.ExprStmt) {
        values.add(((Stmt.ExprStmt) body).expression());
        continue;
      }
      for (Node node : collect(switchCase,
          node -> !isDeferred(node) && node.kind() != Node.Kind.SWITCH_EXPRESSION)) {
        if (node.kind() == Node.Kind.YIELD && ((Stmt.Jump) node).expression() != null) {
          values.add(((Stmt.Jump) node).expression());
        }
      }
    }
    return values;
  }

  /** {@code root} and what is under it, in source order, entering only the nodes {@code enters} accepts. */
  private static List<Node> collect(Node root, Predicate<Node> enters) {
    List<Node> out = new ArrayList<>();
    Deque<Node> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      out.add(node);
      if (node == root || enters.test(node)) {
        List<Node> children = node.children();
        for (int i = children.size() - 1; i >= 0; i--) {
          pending.push(children.get(i));
        }
      }
    }
    return out;
  }

  /** Whether anything in {@code root}, not entering lambdas and nested classes, satisfies {@code test}. */
  public static boolean anyInline(Node root, Predicate<Node> test) {
    Deque<Node> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      if (test.test(node)) {
        return true;
      }
      if (node == root || !isDeferred(node)) {
        List<Node> children = node.children();
        for (int i = children.size() - 1; i >= 0; i--) {
          pending.push(children.get(i));
        }
      }
    }
    return false;
  }

  /**
   * {@code root} and everything under it that runs inline, in source order, except the nodes below the root that
   * {@code skip} accepts and everything under them: {@code inlineExcept(loop, Stmt.Catch.class::isInstance)} is the
   * loop without its catch clauses.
   */
  public static List<Node> inlineExcept(Node root, Predicate<Node> skip) {
    List<Node> out = new ArrayList<>();
    Deque<Node> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      if (node != root && skip.test(node)) {
        continue;
      }
      out.add(node);
      if (node == root || !isDeferred(node)) {
        List<Node> children = node.children();
        for (int i = children.size() - 1; i >= 0; i--) {
          pending.push(children.get(i));
        }
      }
    }
    return out;
  }

  /**
   * Whether code that runs inline under {@code root} (lambdas and nested classes not entered) is nested more than
   * {@code levels} nodes below it: procedures give up on such code instead of walking it without bound.
   */
  public static boolean nestsDeeperThan(Node root, int levels) {
    Deque<Node> pending = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    pending.push(root);
    depths.push(0);
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      int depth = depths.pop();
      if (depth > levels) {
        return true;
      }
      if (node == root || !isDeferred(node)) {
        for (Node child : node.children()) {
          pending.push(child);
          depths.push(depth + 1);
        }
      }
    }
    return false;
  }

  /** Whether {@code node} is {@code ancestor} or lies under it. */
  public static boolean isWithin(Node node, Node ancestor) {
    for (Node current = node; current != null; current = current.parent()) {
      if (current == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** The nearest enclosing node of a type, or {@code null}. */
  public static <T extends Node> T enclosing(Node node, Class<T> type) {
    for (Node current = node == null ? null : node.parent(); current != null; current = current.parent()) {
      if (type.isInstance(current)) {
        return type.cast(current);
      }
    }
    return null;
  }

  /**
   * The body that {@code node}'s code belongs to: the block of the nearest method, constructor, initializer or
   * block-bodied lambda; {@code null} for code outside any (a field initializer, an expression lambda's body).
   */
  public static Stmt.Block enclosingBody(Node node) {
    Node below = node;
    for (Node current = node.parent(); current != null; current = current.parent()) {
      switch (current.kind()) {
        case METHOD:
          return ((MethodDecl) current).body();
        case INITIALIZER:
          return ((InitializerDecl) current).body();
        case LAMBDA:
          Node body = ((Expr.Lambda) current).body();
          return body == below && body instanceof Stmt.Block ? (Stmt.Block) body : null;
        case TYPE:
        case UNIT:
          return null;
        default:
          below = current;
      }
    }
    return null;
  }

  /** The method, constructor, initializer, lambda or class whose code {@code node} is part of. */
  public static Node enclosingCodeOwner(Node node) {
    for (Node current = node.parent(); current != null; current = current.parent()) {
      switch (current.kind()) {
        case METHOD:
        case INITIALIZER:
        case LAMBDA:
        case TYPE:
        case UNIT:
          return current;
        default:
          break;
      }
    }
    return null;
  }

  /** The type declaration {@code node} is in (an anonymous or local class counts), or {@code null}. */
  public static TypeDecl enclosingType(Node node) {
    return enclosing(node, TypeDecl.class);
  }

  /** The root of a call chain: {@code a} of {@code a.b().c()}; the expression itself when it is not a call. */
  public static Expr chainRoot(Expr expression) {
    Expr current = expression;
    while (current instanceof Expr.Call && ((Expr.Call) current).receiver() != null) {
      current = ((Expr.Call) current).receiver();
    }
    return current;
  }

  /** Longer receiver chains than any written by hand are cut here, never crashed on. */
  private static final int MAX_CHAINED_CALLS = 200;

  /**
   * The calls chained on {@code start}, nearest first: {@code b()} and {@code c()} of {@code start.b().c()}; empty when
   * {@code start} is not the receiver of a call.
   */
  static List<Expr.Call> callsChainedOn(Expr start) {
    List<Expr.Call> out = new ArrayList<>();
    Expr current = start;
    while (current.parent() instanceof Expr.Call && ((Expr.Call) current.parent()).receiver() == current
        && out.size() < MAX_CHAINED_CALLS) {
      current = (Expr.Call) current.parent();
      out.add((Expr.Call) current);
    }
    return out;
  }

  /** The last call chained on {@code start} ({@code c()} of {@code start.b().c()}), or {@code start} itself. */
  static Expr chainTop(Expr start) {
    List<Expr.Call> chained = callsChainedOn(start);
    return chained.isEmpty() ? start : chained.get(chained.size() - 1);
  }

  /** The variable a bare name or field access reads, or {@code null}. */
  public static Variable variableOf(Expr expression) {
    if (expression instanceof Expr.Name) {
      return ((Expr.Name) expression).variable();
    }
    if (expression instanceof Expr.FieldAccess) {
      return ((Expr.FieldAccess) expression).field();
    }
    return null;
  }

  /** Whether {@code expression} is a bare name reading {@code variable}. */
  public static boolean isName(Expr expression, Variable variable) {
    return variable != null && expression instanceof Expr.Name && ((Expr.Name) expression).variable() == variable;
  }

  /**
   * Whether a lambda or method reference is among the call's arguments: a call given a function may run it at once
   * ({@code observation.scoped(() -> ..)}), and then it can throw whatever the function throws.
   */
  public static boolean takesFunction(Expr.Call call) {
    for (Expr argument : call.arguments()) {
      if (argument.kind() == Node.Kind.LAMBDA || argument.kind() == Node.Kind.METHOD_REFERENCE) {
        return true;
      }
    }
    return false;
  }

  /** Whether the expression is the literal {@code true}. */
  public static boolean isTrue(Expr expression) {
    return expression instanceof Expr.Literal && ((Expr.Literal) expression).isTrue();
  }

  /** Whether the expression is the {@code null} literal. */
  public static boolean isNull(Expr expression) {
    return expression instanceof Expr.Literal && ((Expr.Literal) expression).isNull();
  }

  /** The expression's compile-time constant value when it is a {@code String}, or {@code null}. */
  public static String stringConstant(Expr expression) {
    Object value = expression == null ? null : expression.constant();
    return value instanceof String ? (String) value : null;
  }

  /**
   * The receiver written as one simple name: a variable ({@code request}), an unqualified type ({@code System}) or a
   * name the engine could not resolve; {@code null} for anything else ({@code this.log}, {@code a.b}, a call).
   */
  public static String bareName(Expr receiver) {
    if (receiver instanceof Expr.Name) {
      String name = ((Expr.Name) receiver).name();
      return name.indexOf('.') < 0 ? name : null;
    }
    if (receiver instanceof Expr.TypeName) {
      String name = ((Expr.TypeName) receiver).writtenName();
      return name.indexOf('.') < 0 ? name : null;
    }
    return null;
  }

  /**
   * The simple name a variable is read by: {@code apiKey} of {@code apiKey} or {@code this.apiKey}; {@code null} for
   * anything else, including a dotted name the engine could not resolve.
   */
  public static String referencedName(Expr expression) {
    if (expression instanceof Expr.FieldAccess) {
      return ((Expr.FieldAccess) expression).name();
    }
    return expression instanceof Expr.Name ? bareName(expression) : null;
  }

  /** The simple name of a call or field access ({@code b} of {@code a.b()}/{@code a.b}), or {@code null}. */
  public static String memberName(Expr expression) {
    if (expression instanceof Expr.Call) {
      return ((Expr.Call) expression).name();
    }
    if (expression instanceof Expr.FieldAccess) {
      return ((Expr.FieldAccess) expression).name();
    }
    if (expression instanceof Expr.Name) {
      return ((Expr.Name) expression).name();
    }
    return null;
  }

  /**
   * The type a retry filter written {@code X.class::isInstance} admits, as written ({@code IOException}), or
   * {@code null} for any other predicate.
   */
  static String typeAdmittedByIsInstance(Expr predicate) {
    if (!(predicate instanceof Expr.MethodRef) || !"isInstance".equals(((Expr.MethodRef) predicate).name())
        || !(((Expr.MethodRef) predicate).receiver() instanceof Expr.ClassLiteral)) {
      return null;
    }
    return ((Expr.ClassLiteral) ((Expr.MethodRef) predicate).receiver()).writtenType();
  }

  /** The operands of a chain of {@code operator} ({@code a || b || c}), or the expression itself. */
  static List<Expr> operands(Expr expression, Expr.Binary.Op operator) {
    List<Expr> out = new ArrayList<>();
    Deque<Expr> pending = new ArrayDeque<>();
    pending.push(expression);
    while (!pending.isEmpty()) {
      Expr operand = pending.pop();
      if (operand instanceof Expr.Binary && ((Expr.Binary) operand).operator() == operator) {
        pending.push(((Expr.Binary) operand).right());
        pending.push(((Expr.Binary) operand).left());
      } else {
        out.add(operand);
      }
    }
    return out;
  }

  /**
   * Whether {@code method} is a program's entry point: {@code public static void main(String[])} (or
   * {@code String...}); without types, by the written parameter type.
   */
  static boolean isMain(MethodDecl method) {
    if (!method.name().equals("main") || !method.is(Modifier.STATIC) || !method.is(Modifier.PUBLIC)
        || method.parameters().size() != 1) {
      return false;
    }
    TypeRef returned = method.info().returnType();
    if (returned.isResolved() && !"void".equals(returned.qualifiedName())) {
      return false;
    }
    Variable arguments = method.parameters().get(0);
    TypeRef type = arguments.type();
    if (type.isResolved()) {
      return "java.lang.String[]".equals(type.qualifiedName());
    }
    // String... is written String[] too (WrittenTypes)
    String written = arguments.writtenType();
    return "String[]".equals(written) || "java.lang.String[]".equals(written);
  }

  /**
   * The value {@code local} is declared with inside {@code scope}, when nothing in {@code scope} assigns it again
   * ({@code int code = response.statusCode();}); {@code null} otherwise, or when it is not declared there.
   */
  static Expr soleValueOf(Variable local, Node scope) {
    if (local == null || local.kind() != Variable.VarKind.LOCAL) {
      return null;
    }
    Expr value = null;
    for (Node node : inline(scope)) {
      if (node instanceof Stmt.LocalVar && ((Stmt.LocalVar) node).variable() == local) {
        value = ((Stmt.LocalVar) node).initializer();
      } else if (node instanceof Expr.Assign && isName(((Expr.Assign) node).target(), local)) {
        return null;
      }
    }
    return value;
  }
}
