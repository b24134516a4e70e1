package dev.tracelint.analysis.model;

import java.util.List;

/**
 * An expression. Parentheses are not represented: {@code (a)} is {@code a}. The concrete expressions are the nested
 * classes; their types and constant values are asked of the engine on first use.
 */
public abstract class Expr extends Node {
  private static final Object NOT_ASKED = new Object();

  private TypeRef type;
  private Object constant = NOT_ASKED;

  protected Expr(Object source, Span span) {
    super(source, span);
  }

  /** The static type, as far as the engine knows it. */
  public TypeRef type() {
    if (type == null) {
      type = semantics().typeOf(this);
    }
    return type;
  }

  /** The compile-time constant value (a boxed primitive or a {@code String}), or {@code null}. */
  public Object constant() {
    if (constant == NOT_ASKED) {
      constant = semantics().constantValue(this);
    }
    return constant;
  }

  /** A method or constructor invocation: {@link Call} or {@link New}. */
  public abstract static class Invocation extends Expr {
    private final List<Expr> arguments;
    private MethodInfo method;

    protected Invocation(Object source, Span span, List<Expr> arguments) {
      super(source, span);
      this.arguments = List.copyOf(arguments);
    }

    public List<Expr> arguments() {
      return arguments;
    }

    /** What the engine knows of the invoked method or constructor. */
    public MethodInfo method() {
      if (method == null) {
        method = semantics().methodOf(this);
      }
      return method;
    }
  }

  /**
   * A method call {@code receiver.name(arguments)}; {@code receiver} is {@code null} when the call is unqualified. An
   * explicit constructor invocation {@code this(..)}/{@code super(..)} is a call named {@code this}/{@code super}.
   */
  public static final class Call extends Invocation {
    private final Expr receiver;
    private final String name;
    private final int nameOffset;
    private final int nameLine;

    public Call(Object source, Span span, Expr receiver, String name, int nameOffset, int nameLine,
        List<Expr> arguments) {
      super(source, span, arguments);
      this.receiver = receiver;
      this.name = name;
      this.nameOffset = nameOffset;
      this.nameLine = nameLine;
    }

    @Override
    public Kind kind() {
      return Kind.CALL;
    }

    @Override
    protected List<Node> computeChildren() {
      return nodes(receiver, arguments());
    }

    /** The receiver, or {@code null} for an unqualified call. */
    public Expr receiver() {
      return receiver;
    }

    public String name() {
      return name;
    }

    /** The offset of the method name. */
    public int nameOffset() {
      return nameOffset;
    }

    /** The line of the method name, where a finding at this call is reported. */
    public int nameLine() {
      return nameLine;
    }

    @Override
    public int reportLine() {
      return nameLine;
    }

    /** Unqualified, or qualified by a bare {@code this}. */
    public boolean isOnThis() {
      return receiver == null || (receiver.kind() == Kind.THIS && ((This) receiver).qualifier() == null);
    }

    @Override
    public String toString() {
      return name + "(..)";
    }
  }

  /** {@code new T(arguments)}, with an optional anonymous class body; also an enum constant's creation. */
  public static final class New extends Invocation {
    private final String writtenType;
    private final Expr outer;
    private final TypeDecl anonymousBody;

    public New(Object source, Span span, String writtenType, Expr outer, List<Expr> arguments,
        TypeDecl anonymousBody) {
      super(source, span, arguments);
      this.writtenType = writtenType;
      this.outer = outer;
      this.anonymousBody = anonymousBody;
    }

    @Override
    public Kind kind() {
      return Kind.NEW;
    }

    @Override
    protected List<Node> computeChildren() {
      return nodes(outer, arguments(), anonymousBody);
    }

    /** The created type as written, without type arguments ({@code ArrayList}, {@code java.util.ArrayList}). */
    public String writtenType() {
      return writtenType;
    }

    public String writtenSimpleName() {
      return writtenType.substring(writtenType.lastIndexOf('.') + 1);
    }

    /** {@code outer.new Inner()}'s {@code outer}, or {@code null}. */
    public Expr outer() {
      return outer;
    }

    /** The anonymous class body, or {@code null}. */
    public TypeDecl anonymousBody() {
      return anonymousBody;
    }
  }

  /** {@code new T[n]}, {@code new T[] {a, b}} and a bare array initializer {@code {a, b}}. */
  public static final class NewArray extends Expr {
    private final List<Expr> dimensions;
    private final List<Expr> initializers;

    public NewArray(Object source, Span span, List<Expr> dimensions, List<Expr> initializers) {
      super(source, span);
      this.dimensions = List.copyOf(dimensions);
      this.initializers = List.copyOf(initializers);
    }

    @Override
    public Kind kind() {
      return Kind.NEW_ARRAY;
    }

    @Override
    protected List<Node> computeChildren() {
      return nodes(dimensions, initializers);
    }

    public List<Expr> dimensions() {
      return dimensions;
    }

    public List<Expr> initializers() {
      return initializers;
    }
  }

  /** {@code target = value} and the compound assignments ({@code +=}, {@code -=}, ...). */
  public static final class Assign extends Expr {
    private final String operator;
    private final Expr target;
    private final Expr value;

    /** @param operator {@code "="}, {@code "+="}, {@code "-="}, ... as written */
    public Assign(Object source, Span span, String operator, Expr target, Expr value) {
      super(source, span);
      this.operator = operator;
      this.target = target;
      this.value = value;
    }

    @Override
    public Kind kind() {
      return Kind.ASSIGN;
    }

    @Override
    protected List<Node> computeChildren() {
      return nodes(target, value);
    }

    public String operator() {
      return operator;
    }

    public boolean isCompound() {
      return !operator.equals("=");
    }

    public Expr target() {
      return target;
    }

    public Expr value() {
      return value;
    }
  }

  /** A unary operation. */
  public static final class Unary extends Expr {

    /** The unary operators. */
    public enum Op {
      NOT("!"), MINUS("-"), PLUS("+"), COMPLEMENT("~"), PRE_INCREMENT("++"), PRE_DECREMENT("--"),
      POST_INCREMENT("++"), POST_DECREMENT("--");

      private final String token;

      Op(String token) {
        this.token = token;
      }

      /** The operator written {@code token} ({@code "!"}, {@code "++"}, ...), after its operand when postfix. */
      public static Op of(String token, boolean postfix) {
        for (Op op : values()) {
          if (op.token.equals(token) && postfix == (op == POST_INCREMENT || op == POST_DECREMENT)) {
            return op;
          }
        }
        throw new IllegalArgumentException("not a unary operator: " + token);
      }

      public boolean isIncrementOrDecrement() {
        return this == PRE_INCREMENT || this == PRE_DECREMENT || this == POST_INCREMENT || this == POST_DECREMENT;
      }
    }

    private final Unary.Op operator;
    private final Expr operand;

    public Unary(Object source, Span span, Unary.Op operator, Expr operand) {
      super(source, span);
      this.operator = operator;
      this.operand = operand;
    }

    @Override
    public Kind kind() {
      return Kind.UNARY;
    }

    @Override
    protected List<Node> computeChildren() {
      return nodes(operand);
    }

    public Unary.Op operator() {
      return operator;
    }

    public Expr operand() {
      return operand;
    }
  }

  /** A binary operation. */
  public static final class Binary extends Expr {

    /** The binary operators; {@code AND}/{@code OR} are the conditional {@code &&}/{@code ||}. */
    public enum Op {
      PLUS("+"), MINUS("-"), TIMES("*"), DIVIDE("/"), REMAINDER("%"), AND("&&"), OR("||"), BIT_AND("&"), BIT_OR("|"),
      XOR("^"), LT("<"), LE("<="), GT(">"), GE(">="), EQ("=="), NE("!="), SHL("<<"), SHR(">>"), USHR(">>>");

      private final String token;

      Op(String token) {
        this.token = token;
      }

      /** The operator written {@code token} ({@code "+"}, {@code "&&"}, ...). */
      public static Op of(String token) {
        for (Op op : values()) {
          if (op.token.equals(token)) {
            return op;
          }
        }
        throw new IllegalArgumentException("not a binary operator: " + token);
      }

      /** {@code <}, {@code <=}, {@code >}, {@code >=}. */
      public boolean isRelational() {
        return this == LT || this == LE || this == GT || this == GE;
      }

      /** {@code ==}, {@code !=}. */
      public boolean isEquality() {
        return this == EQ || this == NE;
      }

      /** The operator read from the other side: {@code 0 > count} is {@code count < 0}; the others read alike. */
      public Op mirrored() {
        switch (this) {
          case LT:
            return GT;
          case LE:
            return GE;
          case GT:
            return LT;
          case GE:
            return LE;
          default:
            return this;
        }
      }
    }

    private final Binary.Op operator;
    private final Expr left;
    private final Expr right;

    public Binary(Object source, Span span, Binary.Op operator, Expr left, Expr right) {
      super(source, span);
      this.operator = operator;
      this.left = left;
      this.right = right;
    }

    @Override
    public Kind kind() {
      return Kind.BINARY;
    }

    @Override
    protected List<Node> computeChildren() {
      return nodes(left, right);
    }

    public Binary.Op operator() {
      return operator;
    }

    public Expr left() {
      return left;
    }

    public Expr right() {
      return right;
    }
  }

  /** {@code condition ? ifTrue : ifFalse}. */
  public static final class Conditional extends Expr {
    private final Expr condition;
    private final Expr ifTrue;
    private final Expr ifFalse;

    public Conditional(Object source, Span span, Expr condition, Expr ifTrue, Expr ifFalse) {
      super(source, span);
      this.condition = condition;
      this.ifTrue = ifTrue;
      this.ifFalse = ifFalse;
    }

    @Override
    public Kind kind() {
      return Kind.CONDITIONAL;
    }

    @Override
    protected List<Node> computeChildren() {
      return nodes(condition, ifTrue, ifFalse);
    }

    public Expr condition() {
      return condition;
    }

    public Expr ifTrue() {
      return ifTrue;
    }

    public Expr ifFalse() {
      return ifFalse;
    }
  }

  /**
   * A simple name that reads a variable: a local, a parameter or a field ({@link #variable()} {@code null} if unknown).
   */
  public static final class Name extends Expr {
    private final String name;
    private final Variable variable;

    public Name(Object source, Span span, String name, Variable variable) {
      super(source, span);
      this.name = name;
      this.variable = variable;
    }

    @Override
    public Kind kind() {
      return Kind.NAME;
    }

    @Override
    protected List<Node> computeChildren() {
      return List.of();
    }

    public String name() {
      return name;
    }

    /** The variable read, or {@code null} when the engine could not tell. */
    public Variable variable() {
      return variable;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** {@code receiver.name} reading a field: {@code this.x}, {@code System.out}, {@code Type.CONSTANT}. */
  public static final class FieldAccess extends Expr {
    private final Expr receiver;
    private final String name;
    private final Variable field;

    public FieldAccess(Object source, Span span, Expr receiver, String name, Variable field) {
      super(source, span);
      this.receiver = receiver;
      this.name = name;
      this.field = field;
    }

    @Override
    public Kind kind() {
      return Kind.FIELD_ACCESS;
    }

    @Override
    protected List<Node> computeChildren() {
      return nodes(receiver);
    }

    public Expr receiver() {
      return receiver;
    }

    public String name() {
      return name;
    }

    /** The field read, or {@code null} when the engine could not tell. */
    public Variable field() {
      return field;
    }
  }

  /** A type used as an expression's qualifier: {@code System} in {@code System.out}, {@code AWSXRay.beginSegment()}. */
  public static final class TypeName extends Expr {
    private final String writtenName;

    /** @param writtenName as written: {@code System}, {@code java.util.Collections}, {@code Map.Entry} */
    public TypeName(Object source, Span span, String writtenName) {
      super(source, span);
      this.writtenName = writtenName;
    }

    @Override
    public Kind kind() {
      return Kind.TYPE_NAME;
    }

    @Override
    protected List<Node> computeChildren() {
      return List.of();
    }

    public String writtenName() {
      return writtenName;
    }

    public String simpleName() {
      return writtenName.substring(writtenName.lastIndexOf('.') + 1);
    }

    @Override
    public String toString() {
      return writtenName;
    }
  }

  /** A literal. */
  public static final class Literal extends Expr {

    /** The literal kinds. */
    public enum LiteralKind {
      STRING, TEXT_BLOCK, CHAR, INT, LONG, FLOAT, DOUBLE, BOOLEAN, NULL
    }

    private final LiteralKind literalKind;
    private final Object value;

    public Literal(Object source, Span span, LiteralKind literalKind, Object value) {
      super(source, span);
      this.literalKind = literalKind;
      this.value = value;
    }

    @Override
    public Kind kind() {
      return Kind.LITERAL;
    }

    @Override
    protected List<Node> computeChildren() {
      return List.of();
    }

    public LiteralKind literalKind() {
      return literalKind;
    }

    /** The value, boxed; {@code null} for the null literal. */
    public Object value() {
      return value;
    }

    public boolean isNull() {
      return literalKind == LiteralKind.NULL;
    }

    public boolean isTrue() {
      return Boolean.TRUE.equals(value);
    }
  }

  /** {@code (params) -> body}: the body is an {@link Expr} or a {@link Stmt.Block}. */
  public static final class Lambda extends Expr {
    private final List<Variable> parameters;
    private final Node body;

    public Lambda(Object source, Span span, List<Variable> parameters, Node body) {
      super(source, span);
      this.parameters = List.copyOf(parameters);
      this.body = body;
    }

    @Override
    public Kind kind() {
      return Kind.LAMBDA;
    }

    @Override
    protected List<Node> computeChildren() {
      return nodes(body);
    }

    public List<Variable> parameters() {
      return parameters;
    }

    public Node body() {
      return body;
    }
  }

  /** {@code receiver::name}; the receiver may be a {@link TypeName}; {@code T::new} has the name {@code new}. */
  public static final class MethodRef extends Expr {
    private final Expr receiver;
    private final String name;

    public MethodRef(Object source, Span span, Expr receiver, String name) {
      super(source, span);
      this.receiver = receiver;
      this.name = name;
    }

    @Override
    public Kind kind() {
      return Kind.METHOD_REFERENCE;
    }

    @Override
    protected List<Node> computeChildren() {
      return nodes(receiver);
    }

    public Expr receiver() {
      return receiver;
    }

    public String name() {
      return name;
    }
  }

  public static final class ArrayAccess extends Expr {
    private final Expr array;
    private final Expr index;

    public ArrayAccess(Object source, Span span, Expr array, Expr index) {
      super(source, span);
      this.array = array;
      this.index = index;
    }

    @Override
    public Kind kind() {
      return Kind.ARRAY_ACCESS;
    }

    @Override
    protected List<Node> computeChildren() {
      return nodes(array, index);
    }

    public Expr array() {
      return array;
    }

    public Expr index() {
      return index;
    }
  }

  /** {@code (T) expression}. */
  public static final class Cast extends Expr {
    private final String writtenType;
    private final Expr expression;

    public Cast(Object source, Span span, String writtenType, Expr expression) {
      super(source, span);
      this.writtenType = writtenType;
      this.expression = expression;
    }

    @Override
    public Kind kind() {
      return Kind.CAST;
    }

    @Override
    protected List<Node> computeChildren() {
      return nodes(expression);
    }

    public String writtenType() {
      return writtenType;
    }

    public Expr expression() {
      return expression;
    }
  }

  /** {@code expression instanceof T} with an optional pattern variable. */
  public static final class InstanceOf extends Expr {
    private final Expr expression;
    private final String writtenType;
    private final Variable binding;

    public InstanceOf(Object source, Span span, Expr expression, String writtenType, Variable binding) {
      super(source, span);
      this.expression = expression;
      this.writtenType = writtenType;
      this.binding = binding;
    }

    @Override
    public Kind kind() {
      return Kind.INSTANCE_OF;
    }

    @Override
    protected List<Node> computeChildren() {
      return nodes(expression);
    }

    public Expr expression() {
      return expression;
    }

    public String writtenType() {
      return writtenType;
    }

    /** The pattern variable, or {@code null}. */
    public Variable binding() {
      return binding;
    }
  }

  /** {@code this} or {@code Outer.this}. */
  public static final class This extends Expr {
    private final String qualifier;

    public This(Object source, Span span, String qualifier) {
      super(source, span);
      this.qualifier = qualifier;
    }

    @Override
    public Kind kind() {
      return Kind.THIS;
    }

    @Override
    protected List<Node> computeChildren() {
      return List.of();
    }

    /** {@code Outer} of {@code Outer.this}, or {@code null}. */
    public String qualifier() {
      return qualifier;
    }
  }

  /** A switch expression; its cases are {@link Stmt.Case} nodes. */
  public static final class SwitchExpr extends Expr {
    private final Expr selector;
    private final List<Stmt.Case> cases;

    public SwitchExpr(Object source, Span span, Expr selector, List<Stmt.Case> cases) {
      super(source, span);
      this.selector = selector;
      this.cases = List.copyOf(cases);
    }

    @Override
    public Kind kind() {
      return Kind.SWITCH_EXPRESSION;
    }

    @Override
    protected List<Node> computeChildren() {
      return nodes(selector, cases);
    }

    public Expr selector() {
      return selector;
    }

    public List<Stmt.Case> cases() {
      return cases;
    }
  }

  /** A class literal, {@code SessionExpiredException.class}, with the type as written. */
  public static final class ClassLiteral extends Expr {
    private final String writtenType;

    public ClassLiteral(Object source, Span span, String writtenType) {
      super(source, span);
      this.writtenType = writtenType;
    }

    @Override
    public Kind kind() {
      return Kind.CLASS_LITERAL;
    }

    @Override
    protected List<Node> computeChildren() {
      return List.of();
    }

    /** The type before {@code .class}, without type arguments or annotations: {@code SessionExpiredException}. */
    public String writtenType() {
      return writtenType;
    }
  }

  /** {@code super} as a qualifier, or an expression the model does not distinguish. */
  public static final class Other extends Expr {
    private final Kind kind;
    private final List<Node> parts;

    /** @param kind {@link Kind#SUPER} or {@link Kind#OTHER_EXPRESSION} */
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
