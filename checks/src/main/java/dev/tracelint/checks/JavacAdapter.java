package dev.tracelint.checks;

import static java.util.Map.entry;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssertTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BindingPatternTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EmptyStatementTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.UnionTypeTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.SimpleTreeVisitor;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.CompletionFailure;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.PackageSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.TypeTag;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.util.Context;
import dev.tracelint.analysis.model.Annotation;
import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.FieldDecl;
import dev.tracelint.analysis.model.Import;
import dev.tracelint.analysis.model.InitializerDecl;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.MethodInfo;
import dev.tracelint.analysis.model.Modifier;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Semantics;
import dev.tracelint.analysis.model.SourceUnit;
import dev.tracelint.analysis.model.Span;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.Tri;
import dev.tracelint.analysis.model.TypeDecl;
import dev.tracelint.analysis.model.TypeRef;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.analysis.model.Variable.VarKind;
import dev.tracelint.analysis.model.WrittenTypes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.lang.model.element.ElementKind;

/**
 * Maps a javac compilation unit to tracelint's engine-neutral model, and answers the model's type questions with
 * javac's symbols and types. Javac always resolves, so every type question gets a definite answer. One model per
 * compilation unit, shared by every tracelint check that Error Prone runs on it.
 */
public final class JavacAdapter {
  /** Where a compilation keeps the model of the unit being checked: no state outlives the compilation. */
  private static final Context.Key<LastUnit> LAST_UNIT = new Context.Key<>();
  private static final Map<Tree.Kind, String> COMPOUND_ASSIGNMENTS = Map.ofEntries(
      entry(Tree.Kind.PLUS_ASSIGNMENT, "+="), entry(Tree.Kind.MINUS_ASSIGNMENT, "-="),
      entry(Tree.Kind.MULTIPLY_ASSIGNMENT, "*="), entry(Tree.Kind.DIVIDE_ASSIGNMENT, "/="),
      entry(Tree.Kind.REMAINDER_ASSIGNMENT, "%="), entry(Tree.Kind.AND_ASSIGNMENT, "&="),
      entry(Tree.Kind.OR_ASSIGNMENT, "|="), entry(Tree.Kind.XOR_ASSIGNMENT, "^="),
      entry(Tree.Kind.LEFT_SHIFT_ASSIGNMENT, "<<="), entry(Tree.Kind.RIGHT_SHIFT_ASSIGNMENT, ">>="),
      entry(Tree.Kind.UNSIGNED_RIGHT_SHIFT_ASSIGNMENT, ">>>="));
  private static final Map<Tree.Kind, Expr.Unary.Op> UNARY_OPERATORS = Map.of(
      Tree.Kind.LOGICAL_COMPLEMENT, Expr.Unary.Op.NOT, Tree.Kind.UNARY_MINUS, Expr.Unary.Op.MINUS,
      Tree.Kind.UNARY_PLUS, Expr.Unary.Op.PLUS, Tree.Kind.BITWISE_COMPLEMENT, Expr.Unary.Op.COMPLEMENT,
      Tree.Kind.PREFIX_INCREMENT, Expr.Unary.Op.PRE_INCREMENT, Tree.Kind.PREFIX_DECREMENT, Expr.Unary.Op.PRE_DECREMENT,
      Tree.Kind.POSTFIX_INCREMENT, Expr.Unary.Op.POST_INCREMENT,
      Tree.Kind.POSTFIX_DECREMENT, Expr.Unary.Op.POST_DECREMENT);
  private static final Map<Tree.Kind, Expr.Binary.Op> BINARY_OPERATORS = Map.ofEntries(
      entry(Tree.Kind.PLUS, Expr.Binary.Op.PLUS), entry(Tree.Kind.MINUS, Expr.Binary.Op.MINUS),
      entry(Tree.Kind.MULTIPLY, Expr.Binary.Op.TIMES), entry(Tree.Kind.DIVIDE, Expr.Binary.Op.DIVIDE),
      entry(Tree.Kind.REMAINDER, Expr.Binary.Op.REMAINDER), entry(Tree.Kind.CONDITIONAL_AND, Expr.Binary.Op.AND),
      entry(Tree.Kind.CONDITIONAL_OR, Expr.Binary.Op.OR), entry(Tree.Kind.AND, Expr.Binary.Op.BIT_AND),
      entry(Tree.Kind.OR, Expr.Binary.Op.BIT_OR), entry(Tree.Kind.XOR, Expr.Binary.Op.XOR),
      entry(Tree.Kind.LESS_THAN, Expr.Binary.Op.LT), entry(Tree.Kind.LESS_THAN_EQUAL, Expr.Binary.Op.LE),
      entry(Tree.Kind.GREATER_THAN, Expr.Binary.Op.GT), entry(Tree.Kind.GREATER_THAN_EQUAL, Expr.Binary.Op.GE),
      entry(Tree.Kind.EQUAL_TO, Expr.Binary.Op.EQ), entry(Tree.Kind.NOT_EQUAL_TO, Expr.Binary.Op.NE),
      entry(Tree.Kind.LEFT_SHIFT, Expr.Binary.Op.SHL), entry(Tree.Kind.RIGHT_SHIFT, Expr.Binary.Op.SHR),
      entry(Tree.Kind.UNSIGNED_RIGHT_SHIFT, Expr.Binary.Op.USHR));

  private final VisitorState state;
  private final CompilationUnitTree compilationUnit;
  /** The unit's source, copied once: javac's buffer copies itself on every {@code toString()}. */
  private final String text;
  private final IdentityHashMap<Symbol, Variable> variables = new IdentityHashMap<>();
  private final IdentityHashMap<MethodSymbol, MethodDecl> methods = new IdentityHashMap<>();
  /** Per class, the names of its supertypes, itself included: rules ask the same few types many questions. */
  private final IdentityHashMap<Symbol, Set<String>> supertypeNames = new IdentityHashMap<>();
  private final JavacSemantics semantics = new JavacSemantics();
  private final ExprConverter exprConverter = new ExprConverter();
  private final StmtConverter stmtConverter = new StmtConverter();

  private JavacAdapter(VisitorState state, CompilationUnitTree compilationUnit) {
    this.state = state;
    this.compilationUnit = compilationUnit;
    CharSequence source = state.getSourceCode();
    this.text = source == null ? null : source.toString();
  }

  /**
   * The model of the compilation unit {@code state} is in. Error Prone runs every check on one unit before the next,
   * so only the last unit's model is kept.
   */
  public static SourceUnit unitOf(VisitorState state) {
    CompilationUnitTree tree = state.getPath().getCompilationUnit();
    LastUnit last = state.context.get(LAST_UNIT);
    if (last == null) {
      last = new LastUnit();
      state.context.put(LAST_UNIT, last);
    }
    if (last.tree != tree) {
      last.unit = new JavacAdapter(state, tree).build();
      last.tree = tree;
    }
    return last.unit;
  }

  /** The model of the compilation unit Error Prone is checking now. */
  private static final class LastUnit {
    CompilationUnitTree tree;
    SourceUnit unit;
  }

  private SourceUnit build() {
    String packageName = compilationUnit.getPackageName() == null ? "" : compilationUnit.getPackageName().toString();
    List<Import> imports = new ArrayList<>();
    for (ImportTree importTree : compilationUnit.getImports()) {
      String name = importTree.getQualifiedIdentifier().toString();
      boolean onDemand = name.endsWith(".*");
      imports.add(new Import(onDemand ? name.substring(0, name.length() - 2) : name, importTree.isStatic(), onDemand));
    }
    List<TypeDecl> types = new ArrayList<>();
    for (Tree declaration : compilationUnit.getTypeDecls()) {
      if (declaration instanceof ClassTree) {
        registerFields((ClassTree) declaration, true);
        types.add(typeDecl((ClassTree) declaration));
      }
    }
    String path = compilationUnit.getSourceFile() == null ? "" : compilationUnit.getSourceFile().toUri().getPath();
    return new SourceUnit(compilationUnit, path, packageName, imports, types, text, semantics);
  }

  /**
   * Creates the variables of a class's fields, and of its member classes' fields, from their declarations first: a
   * method may read a field declared further down or in a member class, and the variable must carry what the
   * declaration says (its written type, its modifiers). Only declarations are visited, not code.
   */
  private void registerFields(ClassTree tree, boolean withMemberClasses) {
    for (Tree member : tree.getMembers()) {
      if (member instanceof VariableTree) {
        VariableTree field = (VariableTree) member;
        VarSymbol symbol = ASTHelpers.getSymbol(field);
        boolean enumConstant = symbol != null && symbol.getKind() == ElementKind.ENUM_CONSTANT;
        boolean component = symbol != null && (symbol.flags() & Flags.RECORD) != 0;
        variable(symbol, field.getName().toString(), enumConstant ? VarKind.ENUM_CONSTANT : VarKind.FIELD,
            component ? EnumSet.of(Modifier.PRIVATE, Modifier.FINAL) : modifiers(field.getModifiers()),
            enumConstant ? null : writtenTypeOf(field));
      } else if (member instanceof ClassTree && withMemberClasses) {
        registerFields((ClassTree) member, true);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Positions

  private Span span(Tree tree) {
    int start = ASTHelpers.getStartPosition(tree);
    int end = state.getEndPosition(tree);
    if (start < 0) {
      return Span.NONE;
    }
    return new Span(start, Math.max(end, start), line(start));
  }

  private int line(int offset) {
    return offset < 0 ? 0 : (int) compilationUnit.getLineMap().getLineNumber(offset);
  }

  /** The offset of a member select's identifier: after the dot (javac positions the select at the dot). */
  private int nameOffset(ExpressionTree select, String name) {
    if (select instanceof MemberSelectTree) {
      int dot = ((com.sun.tools.javac.tree.JCTree) select).pos;
      if (text != null && dot >= 0) {
        int found = text.indexOf(name, dot);
        if (found >= 0) {
          return found;
        }
      }
      return dot;
    }
    return ASTHelpers.getStartPosition(select);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Declarations

  private TypeDecl typeDecl(ClassTree tree) {
    ClassSymbol symbol = ASTHelpers.getSymbol(tree);
    // local and anonymous classes are not member classes: their fields are registered here
    registerFields(tree, false);
    List<Node> members = new ArrayList<>();
    List<Variable> components = new ArrayList<>();
    for (Tree member : tree.getMembers()) {
      if (member instanceof MethodTree) {
        MethodTree method = (MethodTree) member;
        MethodSymbol methodSymbol = ASTHelpers.getSymbol(method);
        if (ASTHelpers.isGeneratedConstructor(method)
            || (methodSymbol != null && (methodSymbol.flags() & Flags.GENERATED_MEMBER) != 0)) {
          continue;
        }
        members.add(methodDecl(method));
      } else if (member instanceof VariableTree) {
        VariableTree field = (VariableTree) member;
        VarSymbol fieldSymbol = ASTHelpers.getSymbol(field);
        if (fieldSymbol != null && (fieldSymbol.flags() & Flags.RECORD) != 0) {
          components.add(recordComponent(field));
          continue;
        }
        members.add(fieldDecl(field));
      } else if (member instanceof BlockTree) {
        BlockTree block = (BlockTree) member;
        members.add(new InitializerDecl(block, span(block), block.isStatic(), block(block)));
      } else if (member instanceof ClassTree) {
        members.add(typeDecl((ClassTree) member));
      }
    }
    boolean anonymous = tree.getSimpleName().length() == 0;
    List<String> supertypes = new ArrayList<>();
    String superclass = null;
    // An enum constant's body extends its enum, which javac writes into the tree and the source does not.
    boolean enumConstantBody = anonymous && tree.getKind() == Tree.Kind.ENUM;
    if (tree.getExtendsClause() != null && !enumConstantBody) {
      superclass = writtenType(tree.getExtendsClause());
      supertypes.add(superclass);
    }
    for (Tree implemented : tree.getImplementsClause()) {
      supertypes.add(writtenType(implemented));
    }
    TypeDecl.TypeKind kind;
    switch (anonymous ? Tree.Kind.CLASS : tree.getKind()) {
      case INTERFACE:
        kind = TypeDecl.TypeKind.INTERFACE;
        break;
      case ENUM:
        kind = TypeDecl.TypeKind.ENUM;
        break;
      case ANNOTATION_TYPE:
        kind = TypeDecl.TypeKind.ANNOTATION;
        break;
      default:
        kind = anonymous ? TypeDecl.TypeKind.ANONYMOUS
            : tree.getKind() == Tree.Kind.RECORD ? TypeDecl.TypeKind.RECORD : TypeDecl.TypeKind.CLASS;
    }
    int nameLine = symbol == null ? line(ASTHelpers.getStartPosition(tree))
        : line(((com.sun.tools.javac.tree.JCTree) tree).pos);
    return new TypeDecl(tree, span(tree), nameLine, tree.getSimpleName().toString(), kind,
        modifiers(tree.getModifiers()), annotations(tree.getModifiers()), superclass, supertypes, components, members);
  }

  /** A record component, as the private final field javac makes of it. */
  private Variable recordComponent(VariableTree tree) {
    Variable variable = variable(ASTHelpers.getSymbol(tree), tree.getName().toString(), VarKind.FIELD,
        EnumSet.of(Modifier.PRIVATE, Modifier.FINAL), writtenTypeOf(tree));
    variable.declare(null, annotations(tree.getModifiers()));
    return variable;
  }

  private MethodDecl methodDecl(MethodTree tree) {
    MethodSymbol symbol = ASTHelpers.getSymbol(tree);
    List<Variable> parameters = new ArrayList<>();
    for (VariableTree parameter : tree.getParameters()) {
      parameters.add(declare(parameter, VarKind.PARAMETER, null));
    }
    boolean constructor = tree.getName().contentEquals("<init>");
    String name = constructor && symbol != null ? symbol.owner.getSimpleName().toString() : tree.getName().toString();
    boolean varargs = symbol != null && symbol.isVarArgs();
    MethodDecl method = new MethodDecl(tree, span(tree), line(((com.sun.tools.javac.tree.JCTree) tree).pos), name,
        constructor, modifiers(tree.getModifiers()), annotations(tree.getModifiers()), parameters, varargs,
        tree.getBody() == null ? null : block(tree.getBody()));
    for (Variable parameter : parameters) {
      redeclare(parameter, method);
    }
    if (symbol != null) {
      methods.put(symbol, method);
    }
    return method;
  }

  private FieldDecl fieldDecl(VariableTree tree) {
    VarSymbol symbol = ASTHelpers.getSymbol(tree);
    boolean enumConstant = symbol != null && symbol.getKind() == ElementKind.ENUM_CONSTANT;
    Variable variable = variable(symbol, tree.getName().toString(), enumConstant ? VarKind.ENUM_CONSTANT
        : VarKind.FIELD, modifiers(tree.getModifiers()), enumConstant ? null : writtenTypeOf(tree));
    FieldDecl field = new FieldDecl(tree, span(tree), variable,
        tree.getInitializer() == null ? null : expr(tree.getInitializer()));
    variable.declare(field, annotations(tree.getModifiers()));
    return field;
  }

  /**
   * The variable a parameter-like declaration declares; {@code owner} is set later by {@link #redeclare} when the
   * declaring node is built after its variables.
   */
  private Variable declare(VariableTree tree, VarKind kind, Node owner) {
    Variable variable = variable(ASTHelpers.getSymbol(tree), tree.getName().toString(), kind,
        modifiers(tree.getModifiers()), writtenTypeOf(tree));
    variable.declare(owner, annotations(tree.getModifiers()));
    return variable;
  }

  private static void redeclare(Variable variable, Node owner) {
    variable.declare(owner, variable.annotations());
  }

  /** The type as written; {@code null} for {@code var} (javac gives it a type tree positioned nowhere, or none). */
  private static String writtenTypeOf(VariableTree tree) {
    if (tree.getType() == null || ASTHelpers.getStartPosition(tree.getType()) < 0) {
      return null;
    }
    return writtenType(tree.getType());
  }

  private Variable variable(Symbol symbol, String name, VarKind kind, Set<Modifier> modifiers, String writtenType) {
    if (symbol == null) {
      Variable unresolved = new Variable(null, name, kind, modifiers, writtenType);
      unresolved.answeredBy(semantics);
      return unresolved;
    }
    return variables.computeIfAbsent(symbol, key -> {
      Variable created = new Variable(key, name, kind, modifiers, writtenType);
      created.answeredBy(semantics);
      return created;
    });
  }

  /** The variable a use refers to, created on first sight for fields declared later or elsewhere. */
  private Variable variableUse(Symbol symbol) {
    if (!(symbol instanceof VarSymbol)) {
      return null;
    }
    return variable(symbol, symbol.getSimpleName().toString(), kindOf((VarSymbol) symbol),
        modifiersOf(symbol.flags()), null);
  }

  private static VarKind kindOf(VarSymbol symbol) {
    switch (symbol.getKind()) {
      case FIELD:
        return VarKind.FIELD;
      case ENUM_CONSTANT:
        return VarKind.ENUM_CONSTANT;
      case PARAMETER:
        return VarKind.PARAMETER;
      case EXCEPTION_PARAMETER:
        return VarKind.EXCEPTION_PARAMETER;
      case RESOURCE_VARIABLE:
        return VarKind.RESOURCE;
      case BINDING_VARIABLE:
        return VarKind.PATTERN;
      default:
        return VarKind.LOCAL;
    }
  }

  private static Set<Modifier> modifiers(ModifiersTree tree) {
    Set<Modifier> out = EnumSet.noneOf(Modifier.class);
    for (javax.lang.model.element.Modifier modifier : tree.getFlags()) {
      switch (modifier) {
        case PUBLIC:
          out.add(Modifier.PUBLIC);
          break;
        case PROTECTED:
          out.add(Modifier.PROTECTED);
          break;
        case PRIVATE:
          out.add(Modifier.PRIVATE);
          break;
        case STATIC:
          out.add(Modifier.STATIC);
          break;
        case FINAL:
          out.add(Modifier.FINAL);
          break;
        case ABSTRACT:
          out.add(Modifier.ABSTRACT);
          break;
        case DEFAULT:
          out.add(Modifier.DEFAULT);
          break;
        case SYNCHRONIZED:
          out.add(Modifier.SYNCHRONIZED);
          break;
        default:
          break;
      }
    }
    return out;
  }

  private static Set<Modifier> modifiersOf(long flags) {
    Set<Modifier> out = EnumSet.noneOf(Modifier.class);
    if ((flags & Flags.PUBLIC) != 0) {
      out.add(Modifier.PUBLIC);
    }
    if ((flags & Flags.PROTECTED) != 0) {
      out.add(Modifier.PROTECTED);
    }
    if ((flags & Flags.PRIVATE) != 0) {
      out.add(Modifier.PRIVATE);
    }
    if ((flags & Flags.STATIC) != 0) {
      out.add(Modifier.STATIC);
    }
    if ((flags & Flags.FINAL) != 0) {
      out.add(Modifier.FINAL);
    }
    return out;
  }

  private List<Annotation> annotations(ModifiersTree tree) {
    List<Annotation> out = new ArrayList<>();
    if (tree == null) {
      return out;
    }
    for (AnnotationTree annotation : tree.getAnnotations()) {
      out.add(annotation(annotation));
    }
    return out;
  }

  private Annotation annotation(AnnotationTree annotation) {
    Map<String, Expr> elements = new LinkedHashMap<>();
    for (ExpressionTree argument : annotation.getArguments()) {
      if (argument instanceof AssignmentTree) {
        AssignmentTree assignment = (AssignmentTree) argument;
        elements.put(assignment.getVariable().toString(), expr(assignment.getExpression()));
      } else {
        elements.put("value", expr(argument));
      }
    }
    return new Annotation(annotation, span(annotation),
        writtenType(annotation.getAnnotationType()), elements);
  }

  /** A type as written, without type arguments or annotations. */
  private static String writtenType(Tree type) {
    String plain = plainName(type);
    return plain != null ? plain : WrittenTypes.normalize(type.toString());
  }

  /**
   * A type written as a plain name ({@code String}, {@code java.util.Map.Entry}) without printing the tree:
   * javac's printer gives exactly these characters, and {@link WrittenTypes#normalize} leaves them as they are. Most
   * written types are such names; {@code null} for any other tree.
   */
  private static String plainName(Tree type) {
    if (type instanceof IdentifierTree) {
      return ((IdentifierTree) type).getName().toString();
    }
    if (type instanceof MemberSelectTree) {
      String qualifier = plainName(((MemberSelectTree) type).getExpression());
      return qualifier == null ? null : qualifier + "." + ((MemberSelectTree) type).getIdentifier();
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Statements

  private Stmt.Block block(BlockTree tree) {
    List<Stmt> statements = new ArrayList<>();
    for (StatementTree statement : tree.getStatements()) {
      if (!isSynthetic(statement)) {
        statements.add(stmt(statement));
      }
    }
    return new Stmt.Block(tree, span(tree), statements);
  }

  private List<Stmt> stmts(List<? extends StatementTree> trees) {
    List<Stmt> out = new ArrayList<>();
    if (trees != null) {
      for (StatementTree tree : trees) {
        out.add(stmt(tree));
      }
    }
    return out;
  }

  private Stmt stmt(StatementTree tree) {
    if (tree == null) {
      return null;
    }
    return convertStmt(tree);
  }

  /** Converts by the tree's own dispatch, as {@link #convertExpr} does and for the same reason. */
  private Stmt convertStmt(StatementTree tree) {
    return tree.accept(stmtConverter, span(tree));
  }

  /** The model of each kind of statement tree; the span is the tree's. */
  private final class StmtConverter extends SimpleTreeVisitor<Stmt, Span> {
    @Override
    protected Stmt defaultAction(Tree tree, Span span) {
      return new Stmt.Other(tree, span, Node.Kind.OTHER_STATEMENT, List.of());
    }

    @Override
    public Stmt visitBlock(BlockTree tree, Span span) {
      return block(tree);
    }

    @Override
    public Stmt visitVariable(VariableTree tree, Span span) {
      return localVar(tree, VarKind.LOCAL);
    }

    @Override
    public Stmt visitExpressionStatement(ExpressionStatementTree tree, Span span) {
      return new Stmt.ExprStmt(tree, span, expr(tree.getExpression()));
    }

    @Override
    public Stmt visitIf(IfTree tree, Span span) {
      return new Stmt.If(tree, span, expr(tree.getCondition()), stmt(tree.getThenStatement()),
          stmt(tree.getElseStatement()));
    }

    @Override
    public Stmt visitSwitch(SwitchTree tree, Span span) {
      return new Stmt.Switch(tree, span, expr(tree.getExpression()), cases(tree.getCases()));
    }

    @Override
    public Stmt visitTry(TryTree tree, Span span) {
      return tryStmt(tree);
    }

    @Override
    public Stmt visitWhileLoop(WhileLoopTree tree, Span span) {
      return new Stmt.Loop(tree, span, Stmt.Loop.LoopKind.WHILE, List.of(), expr(tree.getCondition()),
          List.of(), null, null, stmt(tree.getStatement()));
    }

    @Override
    public Stmt visitDoWhileLoop(DoWhileLoopTree tree, Span span) {
      return new Stmt.Loop(tree, span, Stmt.Loop.LoopKind.DO_WHILE, List.of(), expr(tree.getCondition()),
          List.of(), null, null, stmt(tree.getStatement()));
    }

    @Override
    public Stmt visitForLoop(ForLoopTree tree, Span span) {
      return new Stmt.Loop(tree, span, Stmt.Loop.LoopKind.FOR, stmts(tree.getInitializer()),
          tree.getCondition() == null ? null : expr(tree.getCondition()), stmts(tree.getUpdate()), null, null,
          stmt(tree.getStatement()));
    }

    @Override
    public Stmt visitEnhancedForLoop(EnhancedForLoopTree tree, Span span) {
      Variable element = declare(tree.getVariable(), VarKind.FOREACH, null);
      Stmt.Loop loop = new Stmt.Loop(tree, span, Stmt.Loop.LoopKind.FOREACH, List.of(), null, List.of(), element,
          expr(tree.getExpression()), stmt(tree.getStatement()));
      redeclare(element, loop);
      return loop;
    }

    @Override
    public Stmt visitLabeledStatement(LabeledStatementTree tree, Span span) {
      return new Stmt.Labeled(tree, span, tree.getLabel().toString(), stmt(tree.getStatement()));
    }

    @Override
    public Stmt visitSynchronized(SynchronizedTree tree, Span span) {
      return new Stmt.Synchronized(tree, span, expr(tree.getExpression()), block(tree.getBlock()));
    }

    @Override
    public Stmt visitReturn(ReturnTree tree, Span span) {
      ExpressionTree returned = tree.getExpression();
      return new Stmt.Jump(tree, span, Node.Kind.RETURN, returned == null ? null : expr(returned));
    }

    @Override
    public Stmt visitThrow(ThrowTree tree, Span span) {
      return new Stmt.Jump(tree, span, Node.Kind.THROW, expr(tree.getExpression()));
    }

    @Override
    public Stmt visitYield(YieldTree tree, Span span) {
      return new Stmt.Jump(tree, span, Node.Kind.YIELD, expr(tree.getValue()));
    }

    @Override
    public Stmt visitBreak(BreakTree tree, Span span) {
      return new Stmt.Branch(tree, span, Node.Kind.BREAK, tree.getLabel() == null ? null : tree.getLabel().toString());
    }

    @Override
    public Stmt visitContinue(ContinueTree tree, Span span) {
      return new Stmt.Branch(tree, span, Node.Kind.CONTINUE,
          tree.getLabel() == null ? null : tree.getLabel().toString());
    }

    @Override
    public Stmt visitAssert(AssertTree tree, Span span) {
      return new Stmt.Other(tree, span, Node.Kind.ASSERT,
          nodeList(expr(tree.getCondition()), tree.getDetail() == null ? null : expr(tree.getDetail())));
    }

    @Override
    public Stmt visitEmptyStatement(EmptyStatementTree tree, Span span) {
      return new Stmt.Other(tree, span, Node.Kind.EMPTY, List.of());
    }

    @Override
    public Stmt visitClass(ClassTree tree, Span span) {
      return new Stmt.LocalClass(tree, span, typeDecl(tree));
    }
  }

  /** A statement javac added that is not in the source, such as a constructor's implicit {@code super();}. */
  private boolean isSynthetic(StatementTree statement) {
    return state.getEndPosition(statement) < 0;
  }

  private static List<Node> nodeList(Node... parts) {
    List<Node> out = new ArrayList<>();
    for (Node part : parts) {
      if (part != null) {
        out.add(part);
      }
    }
    return out;
  }

  private Stmt.LocalVar localVar(VariableTree tree, VarKind kind) {
    Variable variable = declare(tree, kind, null);
    Stmt.LocalVar local = new Stmt.LocalVar(tree, span(tree), variable,
        tree.getInitializer() == null ? null : expr(tree.getInitializer()));
    redeclare(variable, local);
    return local;
  }

  private Stmt.Try tryStmt(TryTree tree) {
    List<Node> resources = new ArrayList<>();
    for (Tree resource : tree.getResources()) {
      if (resource instanceof VariableTree) {
        resources.add(localVar((VariableTree) resource, VarKind.RESOURCE));
      } else if (resource instanceof ExpressionTree) {
        resources.add(expr((ExpressionTree) resource));
      }
    }
    List<Stmt.Catch> catches = new ArrayList<>();
    for (CatchTree catchTree : tree.getCatches()) {
      Variable parameter = declare(catchTree.getParameter(), VarKind.EXCEPTION_PARAMETER, null);
      List<String> caught = new ArrayList<>();
      Tree type = catchTree.getParameter().getType();
      if (type instanceof UnionTypeTree) {
        for (Tree alternative : ((UnionTypeTree) type).getTypeAlternatives()) {
          caught.add(writtenType(alternative));
        }
      } else if (type != null) {
        caught.add(writtenType(type));
      }
      Stmt.Catch handler = new Stmt.Catch(catchTree, span(catchTree), parameter, caught, block(catchTree.getBlock()));
      redeclare(parameter, handler);
      catches.add(handler);
    }
    return new Stmt.Try(tree, span(tree), resources, block(tree.getBlock()), catches,
        tree.getFinallyBlock() == null ? null : block(tree.getFinallyBlock()));
  }

  private List<Stmt.Case> cases(List<? extends CaseTree> trees) {
    List<Stmt.Case> out = new ArrayList<>();
    for (CaseTree tree : trees) {
      List<Expr> labels = new ArrayList<>();
      for (ExpressionTree label : tree.getExpressions()) {
        labels.add(expr(label));
      }
      boolean rule = tree.getCaseKind() == CaseTree.CaseKind.RULE;
      Stmt body = null;
      List<Stmt> statements = List.of();
      if (rule) {
        Tree bodyTree = tree.getBody();
        if (bodyTree instanceof StatementTree) {
          body = stmt((StatementTree) bodyTree);
        } else if (bodyTree instanceof ExpressionTree) {
          Expr value = expr((ExpressionTree) bodyTree);
          body = new Stmt.ExprStmt(bodyTree, value.span(), value);
        }
      } else {
        statements = stmts(tree.getStatements());
      }
      out.add(new Stmt.Case(tree, span(tree), labels, ASTHelpers.isSwitchDefault(tree), rule, body,
          statements));
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Expressions

  private List<Expr> exprs(List<? extends ExpressionTree> trees) {
    List<Expr> out = new ArrayList<>();
    if (trees != null) {
      for (ExpressionTree tree : trees) {
        out.add(expr(tree));
      }
    }
    return out;
  }

  private Expr expr(ExpressionTree tree) {
    ExpressionTree bare = tree;
    while (bare instanceof ParenthesizedTree) {
      bare = ((ParenthesizedTree) bare).getExpression();
    }
    return convertExpr(bare);
  }

  /**
   * Converts by the tree's own dispatch ({@code accept}), one small method per kind of tree, rather than by one
   * switch over every kind: the JIT compiles each kind's method on its own, where one method with every kind inlined
   * was compiled again (tens of kilobytes of machine code) each time a kind it had not yet seen arrived.
   */
  private Expr convertExpr(ExpressionTree tree) {
    return tree.accept(exprConverter, span(tree));
  }

  /** The model of each kind of expression tree; the span is the tree's. */
  private final class ExprConverter extends SimpleTreeVisitor<Expr, Span> {
    @Override
    protected Expr defaultAction(Tree tree, Span span) {
      return new Expr.Other(tree, span, Node.Kind.OTHER_EXPRESSION, List.of());
    }

    @Override
    public Expr visitMethodInvocation(MethodInvocationTree tree, Span span) {
      return call(tree);
    }

    @Override
    public Expr visitNewClass(NewClassTree tree, Span span) {
      return new Expr.New(tree, span, writtenType(tree.getIdentifier()),
          tree.getEnclosingExpression() == null ? null : expr(tree.getEnclosingExpression()),
          exprs(tree.getArguments()),
          tree.getClassBody() == null ? null : typeDecl(tree.getClassBody()));
    }

    @Override
    public Expr visitNewArray(NewArrayTree tree, Span span) {
      return new Expr.NewArray(tree, span, exprs(tree.getDimensions()),
          tree.getInitializers() == null ? List.of() : exprs(tree.getInitializers()));
    }

    @Override
    public Expr visitAssignment(AssignmentTree tree, Span span) {
      return new Expr.Assign(tree, span, "=", expr(tree.getVariable()), expr(tree.getExpression()));
    }

    @Override
    public Expr visitCompoundAssignment(CompoundAssignmentTree tree, Span span) {
      return new Expr.Assign(tree, span, COMPOUND_ASSIGNMENTS.get(tree.getKind()), expr(tree.getVariable()),
          expr(tree.getExpression()));
    }

    @Override
    public Expr visitConditionalExpression(ConditionalExpressionTree tree, Span span) {
      return new Expr.Conditional(tree, span, expr(tree.getCondition()), expr(tree.getTrueExpression()),
          expr(tree.getFalseExpression()));
    }

    @Override
    public Expr visitIdentifier(IdentifierTree tree, Span span) {
      return identifier(tree, span);
    }

    @Override
    public Expr visitMemberSelect(MemberSelectTree tree, Span span) {
      return memberSelect(tree, span);
    }

    @Override
    public Expr visitLambdaExpression(LambdaExpressionTree tree, Span span) {
      return lambda(tree, span);
    }

    @Override
    public Expr visitMemberReference(MemberReferenceTree tree, Span span) {
      return new Expr.MethodRef(tree, span, referenceQualifier(tree.getQualifierExpression()),
          tree.getMode() == MemberReferenceTree.ReferenceMode.NEW ? "new" : tree.getName().toString());
    }

    @Override
    public Expr visitArrayAccess(ArrayAccessTree tree, Span span) {
      return new Expr.ArrayAccess(tree, span, expr(tree.getExpression()), expr(tree.getIndex()));
    }

    @Override
    public Expr visitTypeCast(TypeCastTree tree, Span span) {
      return new Expr.Cast(tree, span, writtenType(tree.getType()), expr(tree.getExpression()));
    }

    @Override
    public Expr visitInstanceOf(InstanceOfTree tree, Span span) {
      return instanceOf(tree, span);
    }

    @Override
    public Expr visitSwitchExpression(SwitchExpressionTree tree, Span span) {
      return new Expr.SwitchExpr(tree, span, expr(tree.getExpression()), cases(tree.getCases()));
    }

    /** A type annotation ({@code TYPE_ANNOTATION}) is another expression, as it always was. */
    @Override
    public Expr visitAnnotation(AnnotationTree tree, Span span) {
      return tree.getKind() == Tree.Kind.ANNOTATION ? annotation(tree) : defaultAction(tree, span);
    }

    @Override
    public Expr visitLiteral(LiteralTree tree, Span span) {
      Expr.Literal.LiteralKind kind;
      switch (tree.getKind()) {
        case NULL_LITERAL:
          return new Expr.Literal(tree, span, Expr.Literal.LiteralKind.NULL, null);
        case STRING_LITERAL:
          kind = isTextBlock(span) ? Expr.Literal.LiteralKind.TEXT_BLOCK : Expr.Literal.LiteralKind.STRING;
          break;
        case CHAR_LITERAL:
          kind = Expr.Literal.LiteralKind.CHAR;
          break;
        case INT_LITERAL:
          kind = Expr.Literal.LiteralKind.INT;
          break;
        case LONG_LITERAL:
          kind = Expr.Literal.LiteralKind.LONG;
          break;
        case FLOAT_LITERAL:
          kind = Expr.Literal.LiteralKind.FLOAT;
          break;
        case DOUBLE_LITERAL:
          kind = Expr.Literal.LiteralKind.DOUBLE;
          break;
        case BOOLEAN_LITERAL:
          kind = Expr.Literal.LiteralKind.BOOLEAN;
          break;
        default:
          return defaultAction(tree, span);
      }
      return new Expr.Literal(tree, span, kind, tree.getValue());
    }

    @Override
    public Expr visitUnary(UnaryTree tree, Span span) {
      Expr.Unary.Op op = UNARY_OPERATORS.get(tree.getKind());
      return op == null ? defaultAction(tree, span) : new Expr.Unary(tree, span, op, expr(tree.getExpression()));
    }

    @Override
    public Expr visitBinary(BinaryTree tree, Span span) {
      Expr.Binary.Op op = BINARY_OPERATORS.get(tree.getKind());
      return op == null ? defaultAction(tree, span)
          : new Expr.Binary(tree, span, op, expr(tree.getLeftOperand()), expr(tree.getRightOperand()));
    }
  }

  private boolean isTextBlock(Span span) {
    return text != null && span.isKnown() && span.start() + 3 <= text.length()
        && text.startsWith("\"\"\"", span.start());
  }

  private Expr call(MethodInvocationTree tree) {
    ExpressionTree select = tree.getMethodSelect();
    Expr receiver = null;
    String name;
    if (select instanceof MemberSelectTree) {
      MemberSelectTree member = (MemberSelectTree) select;
      receiver = expr(member.getExpression());
      name = member.getIdentifier().toString();
    } else if (select instanceof IdentifierTree) {
      name = ((IdentifierTree) select).getName().toString();
    } else {
      name = select.toString();
    }
    int nameOffset = nameOffset(select, name);
    return new Expr.Call(tree, span(tree), receiver, name, nameOffset, line(nameOffset), exprs(tree.getArguments()));
  }

  /**
   * The qualifier of a method reference: a type that is not a plain name ({@code CompletableFuture[]::new},
   * {@code ArrayList<String>::new}) is a type name as written, as PMD models it.
   */
  private Expr referenceQualifier(ExpressionTree qualifier) {
    if (qualifier.getKind() == Tree.Kind.ARRAY_TYPE || qualifier.getKind() == Tree.Kind.PARAMETERIZED_TYPE) {
      return new Expr.TypeName(qualifier, span(qualifier), writtenType(qualifier));
    }
    return expr(qualifier);
  }

  private Expr identifier(IdentifierTree tree, Span span) {
    String name = tree.getName().toString();
    if (name.equals("this")) {
      return new Expr.This(tree, span, null);
    }
    if (name.equals("super")) {
      return new Expr.Other(tree, span, Node.Kind.SUPER, List.of());
    }
    Symbol symbol = ASTHelpers.getSymbol(tree);
    if (symbol instanceof ClassSymbol || symbol instanceof PackageSymbol || symbol instanceof Symbol.TypeSymbol) {
      return new Expr.TypeName(tree, span, name);
    }
    return new Expr.Name(tree, span, name, variableUse(symbol));
  }

  private Expr memberSelect(MemberSelectTree tree, Span span) {
    String name = tree.getIdentifier().toString();
    Symbol symbol = ASTHelpers.getSymbol(tree);
    if (name.equals("class")) {
      return new Expr.ClassLiteral(tree, span, writtenType(tree.getExpression()));
    }
    if (name.equals("this")) {
      return new Expr.This(tree, span, tree.getExpression().toString());
    }
    if (symbol instanceof ClassSymbol || symbol instanceof PackageSymbol) {
      return new Expr.TypeName(tree, span, tree.toString());
    }
    return new Expr.FieldAccess(tree, span, expr(tree.getExpression()), name, variableUse(symbol));
  }

  private Expr lambda(LambdaExpressionTree tree, Span span) {
    List<Variable> parameters = new ArrayList<>();
    for (VariableTree parameter : tree.getParameters()) {
      parameters.add(declare(parameter, VarKind.LAMBDA_PARAMETER, null));
    }
    Tree body = tree.getBody();
    Node convertedBody = body instanceof BlockTree ? block((BlockTree) body) : expr((ExpressionTree) body);
    Expr.Lambda lambda = new Expr.Lambda(tree, span, parameters, convertedBody);
    for (Variable parameter : parameters) {
      redeclare(parameter, lambda);
    }
    return lambda;
  }

  private Expr instanceOf(InstanceOfTree tree, Span span) {
    Variable binding = null;
    String type;
    Tree pattern = tree.getPattern();
    if (pattern instanceof BindingPatternTree) {
      VariableTree variable = ((BindingPatternTree) pattern).getVariable();
      binding = declare(variable, VarKind.PATTERN, null);
      type = writtenType(variable.getType());
    } else {
      type = tree.getType() == null ? "" : writtenType(tree.getType());
    }
    Expr.InstanceOf instanceOf = new Expr.InstanceOf(tree, span, expr(tree.getExpression()), type, binding);
    if (binding != null) {
      redeclare(binding, instanceOf);
    }
    return instanceOf;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Type facts

  private final class JavacSemantics implements Semantics {
    @Override
    public TypeRef typeOf(Expr expression) {
      Tree tree = (Tree) expression.source();
      if (tree instanceof NewClassTree && ((NewClassTree) tree).getClassBody() != null) {
        // The anonymous class itself has no name: answer with the type it implements, as PMD does.
        return type(ASTHelpers.getType(((NewClassTree) tree).getIdentifier()));
      }
      return type(ASTHelpers.getType(tree));
    }

    @Override
    public MethodInfo methodOf(Expr invocation) {
      Tree tree = (Tree) invocation.source();
      Symbol symbol = tree instanceof MethodInvocationTree ? ASTHelpers.getSymbol((MethodInvocationTree) tree)
          : tree instanceof NewClassTree ? ASTHelpers.getSymbol((NewClassTree) tree) : null;
      String name = invocation instanceof Expr.Call ? ((Expr.Call) invocation).name() : "<init>";
      if (!(symbol instanceof MethodSymbol)) {
        return MethodInfo.unknown(name);
      }
      Type arrayReceiver = arrayReceiverOf(tree);
      MethodSymbol method = (MethodSymbol) symbol;
      // javac declares an array's clone() in its internal class 'Array'; the array type itself declares it, as PMD says
      if (arrayReceiver != null && method.owner != null
          && !method.owner.getQualifiedName().contentEquals("java.lang.Object")) {
        return new JavacMethod(method, type(arrayReceiver));
      }
      return method(method);
    }

    private Type arrayReceiverOf(Tree tree) {
      if (!(tree instanceof MethodInvocationTree)
          || !(((MethodInvocationTree) tree).getMethodSelect() instanceof MemberSelectTree)) {
        return null;
      }
      Type receiver = ASTHelpers.getType(
          ((MemberSelectTree) ((MethodInvocationTree) tree).getMethodSelect()).getExpression());
      return receiver instanceof Type.ArrayType ? receiver : null;
    }

    @Override
    public Object constantValue(Expr expression) {
      return ASTHelpers.constValue((Tree) expression.source());
    }

    @Override
    public TypeRef typeOf(Variable variable) {
      Object symbol = variable.source();
      return symbol instanceof Symbol ? type(((Symbol) symbol).type) : TypeRef.UNKNOWN;
    }

    @Override
    public Object constantValue(Variable variable) {
      Object symbol = variable.source();
      return symbol instanceof VarSymbol ? ((VarSymbol) symbol).getConstantValue() : null;
    }

    @Override
    public String declaringTypeOf(Variable field) {
      Object symbol = field.source();
      if (!(symbol instanceof VarSymbol) || !(((VarSymbol) symbol).owner instanceof ClassSymbol)) {
        return null;
      }
      return ((VarSymbol) symbol).owner.getQualifiedName().toString();
    }

    @Override
    public List<TypeRef> annotationTypesOf(Variable variable) {
      Object symbol = variable.source();
      return symbol instanceof Symbol ? annotationTypes((Symbol) symbol) : List.of();
    }

    @Override
    public TypeRef typeOf(TypeDecl declaration) {
      ClassSymbol symbol = ASTHelpers.getSymbol((ClassTree) declaration.source());
      return symbol == null ? TypeRef.UNKNOWN : type(symbol.type);
    }

    @Override
    public TypeRef typeOf(Annotation annotation) {
      return type(ASTHelpers.getType(((AnnotationTree) annotation.source()).getAnnotationType()));
    }

    @Override
    public MethodInfo methodOf(MethodDecl declaration) {
      MethodSymbol symbol = ASTHelpers.getSymbol((MethodTree) declaration.source());
      return symbol == null ? MethodInfo.unknown(declaration.name()) : method(symbol);
    }
  }

  private List<TypeRef> annotationTypes(Symbol symbol) {
    return completing(() -> {
      List<TypeRef> out = new ArrayList<>();
      for (com.sun.tools.javac.code.Attribute.Compound annotation : symbol.getAnnotationMirrors()) {
        out.add(type(annotation.type));
      }
      return out;
    }, List.of());
  }

  private TypeRef type(Type type) {
    return type == null || type.isErroneous() ? TypeRef.UNKNOWN : new JavacType(type);
  }

  /**
   * The answer to a question that makes javac read a class file, or {@code unknown} when that class is missing from
   * the classpath: a library annotated with {@code javax.annotation.Nullable} compiles without jsr305, and the question
   * must not end the whole unit's analysis.
   */
  private static <T> T completing(Supplier<T> question, T unknown) {
    try {
      return question.get();
    } catch (CompletionFailure e) {
      return unknown;
    }
  }

  private MethodInfo method(MethodSymbol symbol) {
    return new JavacMethod(symbol);
  }

  /** A javac type: always resolved. */
  private final class JavacType implements TypeRef {
    private final Type type;

    JavacType(Type type) {
      this.type = type;
    }

    private Types types() {
      return state.getTypes();
    }

    @Override
    public String qualifiedName() {
      if (type.getTag() == TypeTag.BOT) {
        return null;
      }
      if (type.isPrimitive() || type.getTag() == TypeTag.VOID) {
        return type.getTag().name().toLowerCase(java.util.Locale.ROOT);
      }
      if (type.getTag() == TypeTag.ARRAY) {
        String component = componentType().qualifiedName();
        return component == null ? null : component + "[]";
      }
      Type erased = types().erasure(type);
      if (erased.tsym == null || erased.tsym.isDirectlyOrIndirectlyLocal() || erased.tsym.name.isEmpty()) {
        // Local and anonymous classes have no canonical name.
        return null;
      }
      return erased.tsym.getQualifiedName().toString();
    }

    @Override
    public String simpleName() {
      Type erased = types().erasure(type);
      return erased.tsym == null ? "" : erased.tsym.getSimpleName().toString();
    }

    @Override
    public boolean isResolved() {
      return true;
    }

    @Override
    public boolean knowsAllSupertypes() {
      if (type.isPrimitive() || type.getTag() != TypeTag.CLASS) {
        return true;
      }
      return completing(() -> {
        for (Type supertype : types().closure(types().erasure(type))) {
          if (supertype.isErroneous()) {
            return false;
          }
        }
        return true;
      }, false);
    }

    @Override
    public Tri isSubtypeOf(String canonicalName) {
      if (type.isPrimitive() || type.getTag() == TypeTag.ARRAY || type.getTag() == TypeTag.BOT) {
        return Tri.of(canonicalName.equals(qualifiedName()));
      }
      return completing(() -> Tri.of(supertypeNames.computeIfAbsent(types().erasure(type).tsym, symbol -> {
        Set<String> names = new HashSet<>();
        for (Type supertype : types().closure(types().erasure(type))) {
          if (supertype.tsym != null) {
            names.add(supertype.tsym.getQualifiedName().toString());
          }
        }
        return names;
      }).contains(canonicalName)), Tri.UNKNOWN);
    }

    @Override
    public boolean isPrimitive() {
      return type.isPrimitive();
    }

    @Override
    public boolean isArray() {
      return type.getTag() == TypeTag.ARRAY;
    }

    @Override
    public TypeRef componentType() {
      return isArray() ? type(types().elemtype(type)) : TypeRef.UNKNOWN;
    }

    @Override
    public boolean isInterface() {
      return type.tsym != null && completing(type.tsym::isInterface, false);
    }

    @Override
    public List<String> recordComponentNames() {
      if (!(type.tsym instanceof ClassSymbol)) {
        return List.of();
      }
      ClassSymbol symbol = (ClassSymbol) type.tsym;
      return completing(() -> symbol.isRecord()
          ? symbol.getRecordComponents().stream().map(component -> component.name.toString()).toList()
          : List.<String>of(), List.of());
    }

    @Override
    public Map<String, TypeRef> declaredInstanceFields() {
      if (!(type.tsym instanceof ClassSymbol) || type.isInterface()) {
        return Map.of();
      }
      ClassSymbol symbol = (ClassSymbol) type.tsym;
      return completing(() -> {
        Map<String, TypeRef> fields = new LinkedHashMap<>();
        for (Symbol member : symbol.members().getSymbols(member -> member.getKind() == ElementKind.FIELD
            && !member.isStatic())) {
          fields.put(member.name.toString(), type(member.type));
        }
        return fields;
      }, Map.of());
    }

    @Override
    public TypeRef superclass() {
      if (!(type.tsym instanceof ClassSymbol)) {
        return null;
      }
      Type superclass = completing(((ClassSymbol) type.tsym)::getSuperclass, null);
      return superclass == null || superclass.getTag() != TypeTag.CLASS ? null : type(superclass);
    }

    @Override
    public List<TypeRef> annotationTypes() {
      return type.tsym == null ? List.of() : JavacAdapter.this.annotationTypes(type.tsym);
    }

    @Override
    public String toString() {
      return String.valueOf(qualifiedName());
    }
  }

  /** A method javac resolved. */
  private final class JavacMethod implements MethodInfo {
    private final MethodSymbol symbol;
    /** The declaring type when javac's owner is not the one to report (an array's {@code clone()}), else null. */
    private final TypeRef declaringType;
    /**
     * The methods this one overrides, looked up once: the lookup walks every supertype's members, and the rules ask it
     * of each declared method more than once (is it a handler, does it override).
     */
    private List<MethodInfo> overridden;

    JavacMethod(MethodSymbol symbol) {
      this(symbol, null);
    }

    JavacMethod(MethodSymbol symbol, TypeRef declaringType) {
      this.symbol = symbol;
      this.declaringType = declaringType;
    }

    @Override
    public String name() {
      return symbol.isConstructor() ? "<init>" : symbol.getSimpleName().toString();
    }

    @Override
    public boolean isResolved() {
      return true;
    }

    @Override
    public TypeRef declaringType() {
      if (declaringType != null) {
        return declaringType;
      }
      return symbol.owner == null ? TypeRef.UNKNOWN : type(symbol.owner.type);
    }

    @Override
    public Tri isStatic() {
      return Tri.of(symbol.isStatic());
    }

    @Override
    public TypeRef returnType() {
      return type(symbol.getReturnType());
    }

    @Override
    public List<TypeRef> parameterTypes() {
      List<TypeRef> out = new ArrayList<>();
      for (VarSymbol parameter : symbol.getParameters()) {
        out.add(type(parameter.type));
      }
      return out;
    }

    @Override
    public boolean isVarargs() {
      return symbol.isVarArgs();
    }

    @Override
    public List<TypeRef> annotationTypes() {
      return JavacAdapter.this.annotationTypes(symbol);
    }

    @Override
    public List<TypeRef> thrownTypes() {
      return completing(() -> {
        List<TypeRef> out = new ArrayList<>();
        for (Type thrown : symbol.getThrownTypes()) {
          out.add(type(thrown));
        }
        return out;
      }, null);
    }

    @Override
    public List<MethodInfo> overriddenMethods() {
      if (overridden == null) {
        // A class missing from the classpath answers "none" this time, as before, and is asked again next time.
        List<MethodInfo> found = completing(() -> {
          List<MethodInfo> out = new ArrayList<>();
          for (MethodSymbol method : ASTHelpers.findSuperMethods(symbol, state.getTypes())) {
            out.add(new JavacMethod(method));
          }
          return List.copyOf(out);
        }, null);
        if (found == null) {
          return List.of();
        }
        overridden = found;
      }
      return overridden;
    }

    @Override
    public MethodDecl declaration() {
      return methods.get(symbol);
    }

    @Override
    public String toString() {
      return declaringType() + "#" + name();
    }
  }
}
