package dev.tracelint.analysis.model;

import java.util.List;
import java.util.function.Predicate;

/** A statement. The concrete statements are the nested classes, one per {@link Node.Kind} of statement. */
public abstract class Stmt extends Node {

  protected Stmt(Object source, Span span) {
    super(source, span);
  }

  /** {@code { ... }}, also a method's or lambda's body. */
  public static final class Block extends Stmt {
    private final List<Stmt> statements;

    public Block(Object source, Span span, List<Stmt> statements) {
      super(source, span);
      this.statements = List.copyOf(statements);
    }

    @Override
    public Kind kind() {
      return Kind.BLOCK;
    }

    @Override
    protected List<Node> computeChildren() {
      return nodes(statements);
    }

    public List<Stmt> statements() {
      return statements;
    }
  }

  /**
   * One local variable ({@code int a = 1, b;} is two nodes, as javac has it), also a try-with-resources resource and
   * the variable of a basic {@code for} initializer.
   */
  public static final class LocalVar extends Stmt {
    private final Variable variable;
    private final Expr initializer;

    public LocalVar(Object source, Span span, Variable variable, Expr initializer) {
      super(source, span);
      this.variable = variable;
      this.initializer = initializer;
    }

    @Override
    public Kind kind() {
      return Kind.LOCAL_VARIABLE;
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

  /** A class, record, enum or interface declared in a block. */
  public static final class LocalClass extends Stmt {
    private final TypeDecl declaration;

    public LocalClass(Object source, Span span, TypeDecl declaration) {
      super(source, span);
      this.declaration = declaration;
    }

    @Override
    public Kind kind() {
      return Kind.LOCAL_CLASS;
    }

    @Override
    protected List<Node> computeChildren() {
      return nodes(declaration);
    }

    public TypeDecl declaration() {
      return declaration;
    }
  }

  /** An expression used as a statement: a call, an assignment, {@code i++}, {@code new X()}. */
  public static final class ExprStmt extends Stmt {
    private final Expr expression;

    public ExprStmt(Object source, Span span, Expr expression) {
      super(source, span);
      this.expression = expression;
    }

    @Override
    public Kind kind() {
      return Kind.EXPRESSION_STATEMENT;
    }

    @Override
    protected List<Node> computeChildren() {
      return nodes(expression);
    }

    public Expr expression() {
      return expression;
    }
  }

  public static final class If extends Stmt {
    private final Expr condition;
    private final Stmt thenStatement;
    private final Stmt elseStatement;

    public If(Object source, Span span, Expr condition, Stmt thenStatement, Stmt elseStatement) {
      super(source, span);
      this.condition = condition;
      this.thenStatement = thenStatement;
      this.elseStatement = elseStatement;
    }

    @Override
    public Kind kind() {
      return Kind.IF;
    }

    @Override
    protected List<Node> computeChildren() {
      return nodes(condition, thenStatement, elseStatement);
    }

    public Expr condition() {
      return condition;
    }

    public Stmt thenStatement() {
      return thenStatement;
    }

    /** The else branch, or {@code null}. */
    public Stmt elseStatement() {
      return elseStatement;
    }
  }

  /** A switch statement; its cases are {@link Case} nodes (switch expressions are {@link Expr.SwitchExpr}). */
  public static final class Switch extends Stmt {
    private final Expr selector;
    private final List<Case> cases;

    public Switch(Object source, Span span, Expr selector, List<Case> cases) {
      super(source, span);
      this.selector = selector;
      this.cases = List.copyOf(cases);
    }

    @Override
    public Kind kind() {
      return Kind.SWITCH;
    }

    @Override
    protected List<Node> computeChildren() {
      return nodes(selector, cases);
    }

    public Expr selector() {
      return selector;
    }

    public List<Case> cases() {
      return cases;
    }
  }

  /**
   * One case of a switch statement or expression. A statement-group case ({@code case A:}) has its
   * {@link #statements()}; a rule case ({@code case A ->}) has a {@link #body()}: a block, a throw, or an expression
   * wrapped in an {@link ExprStmt}.
   */
  public static final class Case extends Stmt {
    private final List<Expr> labels;
    private final boolean isDefault;
    private final boolean rule;
    private final Stmt body;
    private final List<Stmt> statements;

    public Case(Object source, Span span, List<Expr> labels, boolean isDefault, boolean rule, Stmt body,
        List<Stmt> statements) {
      super(source, span);
      this.labels = List.copyOf(labels);
      this.isDefault = isDefault;
      this.rule = rule;
      this.body = body;
      this.statements = List.copyOf(statements);
    }

    @Override
    public Kind kind() {
      return Kind.CASE;
    }

    @Override
    protected List<Node> computeChildren() {
      return nodes(labels, body, statements);
    }

    /** The constants or patterns of the case; empty for {@code default}. */
    public List<Expr> labels() {
      return labels;
    }

    /** {@code default}, or {@code case null, default}. */
    public boolean isDefault() {
      return isDefault;
    }

    public boolean isRule() {
      return rule;
    }

    /** The body of a rule case, or {@code null}. */
    public Stmt body() {
      return body;
    }

    /** The statements of a statement-group case; empty for a rule case. */
    public List<Stmt> statements() {
      return statements;
    }
  }

  /** A try statement, with or without resources, catches and finally. */
  public static final class Try extends Stmt {
    private final List<Node> resources;
    private final Block block;
    private final List<Catch> catches;
    private final Block finallyBlock;

    /** @param resources {@link LocalVar}s and, for {@code try (existing)}, expressions */
    public Try(Object source, Span span, List<Node> resources, Block block, List<Catch> catches, Block finallyBlock) {
      super(source, span);
      this.resources = List.copyOf(resources);
      this.block = block;
      this.catches = List.copyOf(catches);
      this.finallyBlock = finallyBlock;
    }

    @Override
    public Kind kind() {
      return Kind.TRY;
    }

    @Override
    protected List<Node> computeChildren() {
      return nodes(resources, block, catches, finallyBlock);
    }

    public List<Node> resources() {
      return resources;
    }

    public Block block() {
      return block;
    }

    public List<Catch> catches() {
      return catches;
    }

    /** The finally block, or {@code null}. */
    public Block finallyBlock() {
      return finallyBlock;
    }
  }

  /** A catch clause; a multi-catch has several caught types. */
  public static final class Catch extends Stmt {
    private final Variable parameter;
    private final List<String> writtenTypes;
    private final Block block;

    /** @param writtenTypes the caught types as written ({@code IOException}, {@code java.io.IOException}) */
    public Catch(Object source, Span span, Variable parameter, List<String> writtenTypes, Block block) {
      super(source, span);
      this.parameter = parameter;
      this.writtenTypes = List.copyOf(writtenTypes);
      this.block = block;
    }

    @Override
    public Kind kind() {
      return Kind.CATCH;
    }

    @Override
    protected List<Node> computeChildren() {
      return nodes(parameter.annotations(), block);
    }

    public Variable parameter() {
      return parameter;
    }

    public List<String> writtenTypes() {
      return writtenTypes;
    }

    /** The simple names of the caught types, as written. */
    public List<String> caughtSimpleNames() {
      return writtenTypes.stream().map(name -> name.substring(name.lastIndexOf('.') + 1)).toList();
    }

    /** Whether it names at least one type and every caught type's simple name is of {@code kind}. */
    public boolean catchesOnly(Predicate<String> kind) {
      List<String> caught = caughtSimpleNames();
      return !caught.isEmpty() && caught.stream().allMatch(kind);
    }

    public Block block() {
      return block;
    }
  }

  /** {@code while}, {@code do ... while}, basic {@code for} and enhanced {@code for}. */
  public static final class Loop extends Stmt {

    /** Which loop statement. */
    public enum LoopKind {
      WHILE, DO_WHILE, FOR, FOREACH
    }

    private final LoopKind loopKind;
    private final List<Stmt> initializers;
    private final Expr condition;
    private final List<Stmt> updates;
    private final Variable foreachVariable;
    private final Expr iterable;
    private final Stmt body;

    /**
     * @param condition {@code null} for {@code for (;;)} and for-each
     * @param initializers a basic for's initializers ({@link LocalVar}s or {@link ExprStmt}s)
     * @param updates a basic for's updates ({@link ExprStmt}s)
     */
    public Loop(Object source, Span span, LoopKind loopKind, List<Stmt> initializers, Expr condition,
        List<Stmt> updates, Variable foreachVariable, Expr iterable, Stmt body) {
      super(source, span);
      this.loopKind = loopKind;
      this.initializers = List.copyOf(initializers);
      this.condition = condition;
      this.updates = List.copyOf(updates);
      this.foreachVariable = foreachVariable;
      this.iterable = iterable;
      this.body = body;
    }

    @Override
    public Kind kind() {
      return Kind.LOOP;
    }

    @Override
    protected List<Node> computeChildren() {
      return loopKind == LoopKind.DO_WHILE
          ? nodes(body, condition)
          : nodes(foreachVariable == null ? List.of() : foreachVariable.annotations(), initializers, iterable,
              condition, updates, body);
    }

    public LoopKind loopKind() {
      return loopKind;
    }

    public List<Stmt> initializers() {
      return initializers;
    }

    public Expr condition() {
      return condition;
    }

    public List<Stmt> updates() {
      return updates;
    }

    public Variable foreachVariable() {
      return foreachVariable;
    }

    public Expr iterable() {
      return iterable;
    }

    public Stmt body() {
      return body;
    }
  }

  public static final class Labeled extends Stmt {
    private final String label;
    private final Stmt statement;

    public Labeled(Object source, Span span, String label, Stmt statement) {
      super(source, span);
      this.label = label;
      this.statement = statement;
    }

    @Override
    public Kind kind() {
      return Kind.LABELED;
    }

    @Override
    protected List<Node> computeChildren() {
      return nodes(statement);
    }

    public String label() {
      return label;
    }

    public Stmt statement() {
      return statement;
    }
  }

  public static final class Synchronized extends Stmt {
    private final Expr lock;
    private final Block block;

    public Synchronized(Object source, Span span, Expr lock, Block block) {
      super(source, span);
      this.lock = lock;
      this.block = block;
    }

    @Override
    public Kind kind() {
      return Kind.SYNCHRONIZED;
    }

    @Override
    protected List<Node> computeChildren() {
      return nodes(lock, block);
    }

    public Expr lock() {
      return lock;
    }

    public Block block() {
      return block;
    }
  }

  /** {@code return}, {@code throw} and {@code yield}: a keyword and an optional expression. */
  public static final class Jump extends Stmt {
    private final Kind kind;
    private final Expr expression;

    /** @param kind {@link Kind#RETURN}, {@link Kind#THROW} or {@link Kind#YIELD} */
    public Jump(Object source, Span span, Kind kind, Expr expression) {
      super(source, span);
      if (kind != Kind.RETURN && kind != Kind.THROW && kind != Kind.YIELD) {
        throw new IllegalArgumentException(kind.toString());
      }
      this.kind = kind;
      this.expression = expression;
    }

    @Override
    public Kind kind() {
      return kind;
    }

    @Override
    protected List<Node> computeChildren() {
      return nodes(expression);
    }

    /** The returned, thrown or yielded expression, or {@code null} for a bare {@code return;}. */
    public Expr expression() {
      return expression;
    }
  }

  /** {@code break} and {@code continue}, with an optional label. */
  public static final class Branch extends Stmt {
    private final Kind kind;
    private final String label;

    /** @param kind {@link Kind#BREAK} or {@link Kind#CONTINUE} */
    public Branch(Object source, Span span, Kind kind, String label) {
      super(source, span);
      if (kind != Kind.BREAK && kind != Kind.CONTINUE) {
        throw new IllegalArgumentException(kind.toString());
      }
      this.kind = kind;
      this.label = label;
    }

    @Override
    public Kind kind() {
      return kind;
    }

    @Override
    protected List<Node> computeChildren() {
      return List.of();
    }

    /** The label, or {@code null}. */
    public String label() {
      return label;
    }
  }

  /** {@code assert}, the empty statement and anything else: their expressions, if any, as children. */
  public static final class Other extends Stmt {
    private final Kind kind;
    private final List<Node> parts;

    /** @param kind {@link Kind#ASSERT}, {@link Kind#EMPTY} or {@link Kind#OTHER_STATEMENT} */
    public Other(Object source, Span span, Kind kind, List<Node> parts) {
      super(source, span);
      this.kind = kind;
      this.parts = List.copyOf(parts);
    }

    @Override
    public Kind kind() {
      return kind;
    }

    @Override
    protected List<Node> computeChildren() {
      return parts;
    }
  }
}
