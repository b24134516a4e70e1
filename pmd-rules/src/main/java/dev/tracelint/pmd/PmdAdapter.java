package dev.tracelint.pmd;

import dev.tracelint.analysis.model.Annotation;
import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.FieldDecl;
import dev.tracelint.analysis.model.Import;
import dev.tracelint.analysis.model.LineStarts;
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
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sourceforge.pmd.lang.document.TextRegion;
import net.sourceforge.pmd.lang.java.ast.ASTAmbiguousName;
import net.sourceforge.pmd.lang.java.ast.ASTAnnotation;
import net.sourceforge.pmd.lang.java.ast.ASTArgumentList;
import net.sourceforge.pmd.lang.java.ast.ASTArrayAccess;
import net.sourceforge.pmd.lang.java.ast.ASTArrayAllocation;
import net.sourceforge.pmd.lang.java.ast.ASTArrayDimExpr;
import net.sourceforge.pmd.lang.java.ast.ASTArrayInitializer;
import net.sourceforge.pmd.lang.java.ast.ASTArrayType;
import net.sourceforge.pmd.lang.java.ast.ASTAssertStatement;
import net.sourceforge.pmd.lang.java.ast.ASTAssignmentExpression;
import net.sourceforge.pmd.lang.java.ast.ASTBlock;
import net.sourceforge.pmd.lang.java.ast.ASTBodyDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTBooleanLiteral;
import net.sourceforge.pmd.lang.java.ast.ASTBreakStatement;
import net.sourceforge.pmd.lang.java.ast.ASTCastExpression;
import net.sourceforge.pmd.lang.java.ast.ASTCatchClause;
import net.sourceforge.pmd.lang.java.ast.ASTCharLiteral;
import net.sourceforge.pmd.lang.java.ast.ASTClassLiteral;
import net.sourceforge.pmd.lang.java.ast.ASTClassType;
import net.sourceforge.pmd.lang.java.ast.ASTCompactConstructorDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.ast.ASTConditionalExpression;
import net.sourceforge.pmd.lang.java.ast.ASTConstructorCall;
import net.sourceforge.pmd.lang.java.ast.ASTConstructorDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTContinueStatement;
import net.sourceforge.pmd.lang.java.ast.ASTDoStatement;
import net.sourceforge.pmd.lang.java.ast.ASTEmptyStatement;
import net.sourceforge.pmd.lang.java.ast.ASTEnumConstant;
import net.sourceforge.pmd.lang.java.ast.ASTExecutableDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTExplicitConstructorInvocation;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTExpressionStatement;
import net.sourceforge.pmd.lang.java.ast.ASTFieldAccess;
import net.sourceforge.pmd.lang.java.ast.ASTFieldDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTForStatement;
import net.sourceforge.pmd.lang.java.ast.ASTForeachStatement;
import net.sourceforge.pmd.lang.java.ast.ASTFormalParameter;
import net.sourceforge.pmd.lang.java.ast.ASTIfStatement;
import net.sourceforge.pmd.lang.java.ast.ASTImportDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTInfixExpression;
import net.sourceforge.pmd.lang.java.ast.ASTInitializer;
import net.sourceforge.pmd.lang.java.ast.ASTLabeledStatement;
import net.sourceforge.pmd.lang.java.ast.ASTLambdaExpression;
import net.sourceforge.pmd.lang.java.ast.ASTLambdaParameter;
import net.sourceforge.pmd.lang.java.ast.ASTLocalClassStatement;
import net.sourceforge.pmd.lang.java.ast.ASTLocalVariableDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTMemberValue;
import net.sourceforge.pmd.lang.java.ast.ASTMemberValueArrayInitializer;
import net.sourceforge.pmd.lang.java.ast.ASTMemberValuePair;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTMethodDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTMethodReference;
import net.sourceforge.pmd.lang.java.ast.ASTNullLiteral;
import net.sourceforge.pmd.lang.java.ast.ASTNumericLiteral;
import net.sourceforge.pmd.lang.java.ast.ASTPatternExpression;
import net.sourceforge.pmd.lang.java.ast.ASTRecordComponent;
import net.sourceforge.pmd.lang.java.ast.ASTResource;
import net.sourceforge.pmd.lang.java.ast.ASTReturnStatement;
import net.sourceforge.pmd.lang.java.ast.ASTStatement;
import net.sourceforge.pmd.lang.java.ast.ASTStringLiteral;
import net.sourceforge.pmd.lang.java.ast.ASTSuperExpression;
import net.sourceforge.pmd.lang.java.ast.ASTSwitchArrowBranch;
import net.sourceforge.pmd.lang.java.ast.ASTSwitchArrowRHS;
import net.sourceforge.pmd.lang.java.ast.ASTSwitchBranch;
import net.sourceforge.pmd.lang.java.ast.ASTSwitchExpression;
import net.sourceforge.pmd.lang.java.ast.ASTSwitchFallthroughBranch;
import net.sourceforge.pmd.lang.java.ast.ASTSwitchLike;
import net.sourceforge.pmd.lang.java.ast.ASTSwitchStatement;
import net.sourceforge.pmd.lang.java.ast.ASTSynchronizedStatement;
import net.sourceforge.pmd.lang.java.ast.ASTThisExpression;
import net.sourceforge.pmd.lang.java.ast.ASTThrowStatement;
import net.sourceforge.pmd.lang.java.ast.ASTTryStatement;
import net.sourceforge.pmd.lang.java.ast.ASTType;
import net.sourceforge.pmd.lang.java.ast.ASTTypeDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTTypeExpression;
import net.sourceforge.pmd.lang.java.ast.ASTTypePattern;
import net.sourceforge.pmd.lang.java.ast.ASTUnaryExpression;
import net.sourceforge.pmd.lang.java.ast.ASTVariableAccess;
import net.sourceforge.pmd.lang.java.ast.ASTVariableId;
import net.sourceforge.pmd.lang.java.ast.ASTWhileStatement;
import net.sourceforge.pmd.lang.java.ast.ASTYieldStatement;
import net.sourceforge.pmd.lang.java.ast.BinaryOp;
import net.sourceforge.pmd.lang.java.ast.JModifier;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.ast.ModifierOwner;
import net.sourceforge.pmd.lang.java.ast.TypeNode;
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;
import net.sourceforge.pmd.lang.java.symbols.JElementSymbol;
import net.sourceforge.pmd.lang.java.symbols.JExecutableSymbol;
import net.sourceforge.pmd.lang.java.symbols.JFieldSymbol;
import net.sourceforge.pmd.lang.java.symbols.JFormalParamSymbol;
import net.sourceforge.pmd.lang.java.symbols.JLocalVariableSymbol;
import net.sourceforge.pmd.lang.java.symbols.JVariableSymbol;
import net.sourceforge.pmd.lang.java.symbols.SymbolicValue.SymAnnot;
import net.sourceforge.pmd.lang.java.types.JArrayType;
import net.sourceforge.pmd.lang.java.types.JClassType;
import net.sourceforge.pmd.lang.java.types.JMethodSig;
import net.sourceforge.pmd.lang.java.types.JPrimitiveType;
import net.sourceforge.pmd.lang.java.types.JTypeMirror;
import net.sourceforge.pmd.lang.java.types.OverloadSelectionResult;
import net.sourceforge.pmd.lang.java.types.TypeOps;
import net.sourceforge.pmd.lang.java.types.TypeTestUtil;
import net.sourceforge.pmd.util.DataMap;

/**
 * Maps a PMD Java AST to tracelint's engine-neutral model, and answers the model's type questions with PMD's types.
 * Without an auxclasspath PMD cannot resolve library types: those questions are answered "unknown" (or, for a type
 * named by a single-type import, by that name), never guessed here. One model per file, kept on the file's root node
 * and shared by every tracelint rule.
 */
public final class PmdAdapter {
  private static final DataMap.SimpleDataKey<SourceUnit> MODEL = DataMap.simpleDataKey("tracelint.model");
  private static final Set<Modifier> IMPLICIT_ENUM_CONSTANT_MODIFIERS =
      EnumSet.of(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);

  private final ASTCompilationUnit root;
  private final LineStarts lines;
  private final IdentityHashMap<JElementSymbol, Variable> variables = new IdentityHashMap<>();
  private JFieldSymbol arrayLength;
  private final IdentityHashMap<JExecutableSymbol, MethodDecl> methods = new IdentityHashMap<>();
  private final PmdSemantics semantics = new PmdSemantics();

  private PmdAdapter(ASTCompilationUnit root) {
    this.root = root;
    this.lines = new LineStarts(root.getTextDocument().getText());
  }

  /** The model of the file {@code node} is in, built on first use. */
  public static SourceUnit unitOf(JavaNode node) {
    ASTCompilationUnit root = node.getRoot();
    return root.getUserMap().computeIfAbsent(MODEL, () -> new PmdAdapter(root).build());
  }


  private SourceUnit build() {
    List<Import> imports = new ArrayList<>();
    for (ASTImportDeclaration declaration : root.children(ASTImportDeclaration.class)) {
      imports.add(new Import(declaration.getImportedName(), declaration.isStatic(), declaration.isImportOnDemand()));
    }
    List<TypeDecl> types = new ArrayList<>();
    for (ASTTypeDeclaration declaration : root.getTypeDeclarations()) {
      registerFields(declaration, true);
      types.add(typeDecl(declaration));
    }
    String path = root.getTextDocument().getFileId().getAbsolutePath();
    return new SourceUnit(root, path, root.getPackageName(), imports, types,
        root.getTextDocument().getText(), semantics);
  }

  /**
   * Fields first (see {@code JavacAdapter}): the variables of a type's fields, enum constants and record components,
   * and, with {@code withMemberTypes}, its member types', from their declarations. Only declarations are visited.
   */
  private void registerFields(ASTTypeDeclaration declaration, boolean withMemberTypes) {
    if (declaration.isRecord() && declaration.getRecordComponents() != null) {
      for (ASTRecordComponent component : declaration.getRecordComponents().children(ASTRecordComponent.class)) {
        variable(component.getVarId(), VarKind.FIELD, EnumSet.of(Modifier.PRIVATE, Modifier.FINAL));
      }
    }
    if (declaration.isEnum()) {
      for (ASTEnumConstant constant : declaration.getEnumConstants()) {
        variable(constant.getVarId(), VarKind.ENUM_CONSTANT, IMPLICIT_ENUM_CONSTANT_MODIFIERS);
      }
    }
    for (ASTBodyDeclaration member : declaration.getDeclarations()) {
      if (member instanceof ASTFieldDeclaration) {
        for (ASTVariableId id : ((ASTFieldDeclaration) member).getVarIds()) {
          variable(id, VarKind.FIELD);
        }
      } else if (member instanceof ASTTypeDeclaration && withMemberTypes) {
        registerFields((ASTTypeDeclaration) member, true);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Positions

  /** The node's region, with the line of its start (PMD's report line of a declaration is its name's). */
  private Span span(JavaNode node) {
    TextRegion region = node.getTextRegion();
    return new Span(region.getStartOffset(), region.getEndOffset(), lines.lineAt(region.getStartOffset()));
  }

  /**
   * A declaration from its modifiers, as javac has it: PMD's region of a declaration also covers the Javadoc before
   * it. The modifier list starts at the first annotation or modifier, or, when there is none, at the keyword.
   */
  private Span declarationSpan(JavaNode declaration) {
    TextRegion region = declaration.getTextRegion();
    int start = region.getStartOffset();
    if (declaration instanceof ModifierOwner) {
      start = Math.max(start, ((ModifierOwner) declaration).getModifiers().getTextRegion().getStartOffset());
    }
    return new Span(start, region.getEndOffset(), lines.lineAt(start));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Declarations

  private TypeDecl typeDecl(ASTTypeDeclaration declaration) {
    // local and anonymous classes are not member types: their fields are registered here
    registerFields(declaration, false);
    List<Node> members = new ArrayList<>();
    List<Variable> components = new ArrayList<>();
    if (declaration.isRecord() && declaration.getRecordComponents() != null) {
      for (ASTRecordComponent component : declaration.getRecordComponents().children(ASTRecordComponent.class)) {
        Variable variable = variable(component.getVarId(), VarKind.FIELD, EnumSet.of(Modifier.PRIVATE, Modifier.FINAL));
        variable.declare(null, annotations(component));
        components.add(variable);
      }
    }
    if (declaration.isEnum()) {
      for (ASTEnumConstant constant : declaration.getEnumConstants()) {
        members.add(enumConstant(constant, declaration));
      }
    }
    for (ASTBodyDeclaration member : declaration.getDeclarations()) {
      if (member instanceof ASTMethodDeclaration || member instanceof ASTConstructorDeclaration) {
        members.add(methodDecl((ASTExecutableDeclaration) member, declaration));
      } else if (member instanceof ASTCompactConstructorDeclaration) {
        members.add(compactConstructor((ASTCompactConstructorDeclaration) member, declaration));
      } else if (member instanceof ASTFieldDeclaration) {
        members.addAll(fieldDecls((ASTFieldDeclaration) member));
      } else if (member instanceof ASTInitializer) {
        ASTInitializer initializer = (ASTInitializer) member;
        members.add(new InitializerDecl(initializer, span(initializer),
            initializer.isStatic(), block(initializer.getBody())));
      } else if (member instanceof ASTTypeDeclaration) {
        members.add(typeDecl((ASTTypeDeclaration) member));
      }
    }
    List<String> supertypes = new ArrayList<>();
    String superclass = null;
    if (declaration.getSuperClassTypeNode() != null) {
      superclass = writtenType(declaration.getSuperClassTypeNode());
      supertypes.add(superclass);
    }
    for (ASTClassType implemented : declaration.getSuperInterfaceTypeNodes()) {
      supertypes.add(writtenType(implemented));
    }
    TypeDecl.TypeKind kind = declaration.isAnonymous() ? TypeDecl.TypeKind.ANONYMOUS
        : declaration.isAnnotation() ? TypeDecl.TypeKind.ANNOTATION
        : declaration.isInterface() ? TypeDecl.TypeKind.INTERFACE
        : declaration.isEnum() ? TypeDecl.TypeKind.ENUM
        : declaration.isRecord() ? TypeDecl.TypeKind.RECORD
        : TypeDecl.TypeKind.CLASS;
    String name = declaration.isAnonymous() ? "" : declaration.getSimpleName();
    Set<Modifier> modifiers = modifiers(declaration);
    if (declaration.getEnclosingType() != null && declaration.getEnclosingType().isInterface()) {
      // A member type of an interface is implicitly public and static; javac writes both into its tree.
      modifiers.add(Modifier.PUBLIC);
      modifiers.add(Modifier.STATIC);
    }
    return new TypeDecl(declaration, declarationSpan(declaration),
        declaration.getReportLocation().getStartLine(), name, kind, modifiers,
        annotations(declaration), superclass, supertypes, components, members);
  }

  private MethodDecl methodDecl(ASTExecutableDeclaration declaration, ASTTypeDeclaration owner) {
    List<Variable> parameters = new ArrayList<>();
    for (ASTFormalParameter parameter : declaration.getFormalParameters()) {
      Variable variable = variable(parameter.getVarId(), VarKind.PARAMETER);
      variable.declare(null, annotations(parameter));
      parameters.add(variable);
    }
    boolean constructor = declaration instanceof ASTConstructorDeclaration;
    String name = constructor ? owner.getSimpleName() : declaration.getName();
    MethodDecl method = new MethodDecl(declaration, declarationSpan(declaration),
        declaration.getReportLocation().getStartLine(), name, constructor, modifiers(declaration),
        annotations(declaration), parameters, declaration.isVarargs(),
        declaration.getBody() == null ? null : block(declaration.getBody()));
    for (Variable parameter : parameters) {
      parameter.declare(method, parameter.annotations());
    }
    if (declaration.getSymbol() != null) {
      methods.put(declaration.getSymbol(), method);
    }
    return method;
  }

  /** A record's compact constructor, as the canonical constructor it is (javac gives it the components). */
  private MethodDecl compactConstructor(ASTCompactConstructorDeclaration declaration, ASTTypeDeclaration owner) {
    // Its parameters are implicit: one per record component, of the component's name and type.
    List<Variable> parameters = new ArrayList<>();
    List<ASTRecordComponent> components = owner.getRecordComponents() == null ? List.of()
        : owner.getRecordComponents().children(ASTRecordComponent.class).toList();
    List<? extends JVariableSymbol> symbols = declaration.getSymbol() == null ? List.of()
        : declaration.getSymbol().getFormalParameters();
    for (int i = 0; i < components.size() && i < symbols.size(); i++) {
      JVariableSymbol symbol = symbols.get(i);
      String written = writtenTypeOf(components.get(i).getVarId());
      parameters.add(variables.computeIfAbsent(symbol, key -> newVariable(key, symbol.getSimpleName(),
          VarKind.PARAMETER, EnumSet.noneOf(Modifier.class), written)));
    }
    MethodDecl method = new MethodDecl(declaration, declarationSpan(declaration),
        declaration.getReportLocation().getStartLine(), owner.getSimpleName(), true, modifiers(declaration),
        annotations(declaration), parameters, false, block(declaration.getBody()));
    for (Variable parameter : parameters) {
      parameter.declare(method, List.of());
    }
    if (declaration.getSymbol() != null) {
      methods.put(declaration.getSymbol(), method);
    }
    return method;
  }

  private List<FieldDecl> fieldDecls(ASTFieldDeclaration declaration) {
    List<FieldDecl> out = new ArrayList<>();
    List<Annotation> annotations = annotations(declaration);
    for (ASTVariableId id : declaration.getVarIds()) {
      Variable variable = variable(id, VarKind.FIELD);
      JavaNode spanned = declaration.getVarIds().count() == 1 ? declaration : id;
      FieldDecl field = new FieldDecl(declaration, declarationSpan(spanned), variable,
          id.getInitializer() == null ? null : expr(id.getInitializer()));
      variable.declare(field, annotations);
      out.add(field);
    }
    return out;
  }

  private FieldDecl enumConstant(ASTEnumConstant constant, ASTTypeDeclaration owner) {
    Variable variable = variable(constant.getVarId(), VarKind.ENUM_CONSTANT, IMPLICIT_ENUM_CONSTANT_MODIFIERS);
    List<Expr> arguments = constant.getArguments() == null ? List.of() : exprs(constant.getArguments().toStream());
    Expr.New creation = new Expr.New(constant, span(constant), owner.getSimpleName(), null, arguments,
        constant.getAnonymousClass() == null ? null : typeDecl(constant.getAnonymousClass()));
    FieldDecl field = new FieldDecl(constant, span(constant), variable, creation);
    variable.declare(field, annotations(constant));
    return field;
  }

  private Variable variable(ASTVariableId id, VarKind kind) {
    return variable(id, kind, modifiers(id));
  }

  private Variable variable(ASTVariableId id, VarKind kind, Set<Modifier> modifiers) {
    JVariableSymbol symbol = id.getSymbol();
    if (symbol == null) {
      return newVariable(null, id.getName(), kind, modifiers, writtenTypeOf(id));
    }
    return variables.computeIfAbsent(symbol, key -> newVariable(key, id.getName(), kind, modifiers, writtenTypeOf(id)));
  }

  private Variable newVariable(Object symbol, String name, VarKind kind, Set<Modifier> modifiers, String written) {
    Variable variable = new Variable(symbol, name, kind, modifiers, written);
    variable.answeredBy(semantics);
    return variable;
  }

  private static String writtenTypeOf(ASTVariableId id) {
    if (id.isTypeInferred() || id.getTypeNode() == null) {
      return null;
    }
    String written = writtenType(id.getTypeNode());
    return id.hasArrayType() && id.getExtraDimensions() != null ? written + "[]" : written;
  }

  /** The variable a use refers to, created on first sight for fields declared elsewhere. */
  private Variable variableUse(JVariableSymbol symbol) {
    if (symbol == null) {
      return null;
    }
    if (isArrayLength(symbol)) {
      // PMD makes a length symbol per access; javac has one for every array: one variable, as in javac's model.
      if (arrayLength == null) {
        arrayLength = (JFieldSymbol) symbol;
      }
      symbol = arrayLength;
    }
    Variable known = variables.get(symbol);
    if (known != null) {
      return known;
    }
    VarKind kind = symbol instanceof JFieldSymbol
        ? (((JFieldSymbol) symbol).isEnumConstant() ? VarKind.ENUM_CONSTANT : VarKind.FIELD) : VarKind.LOCAL;
    Set<Modifier> modifiers = EnumSet.noneOf(Modifier.class);
    int flags = symbol instanceof JFieldSymbol ? ((JFieldSymbol) symbol).getModifiers() : 0;
    if (java.lang.reflect.Modifier.isPublic(flags)) {
      modifiers.add(Modifier.PUBLIC);
    }
    if (java.lang.reflect.Modifier.isProtected(flags)) {
      modifiers.add(Modifier.PROTECTED);
    }
    if (java.lang.reflect.Modifier.isPrivate(flags)) {
      modifiers.add(Modifier.PRIVATE);
    }
    if (java.lang.reflect.Modifier.isStatic(flags)) {
      modifiers.add(Modifier.STATIC);
    }
    if (symbol.isFinal()) {
      modifiers.add(Modifier.FINAL);
    }
    Variable created = newVariable(symbol, symbol.getSimpleName(), kind, modifiers, null);
    variables.put(symbol, created);
    return created;
  }

  private static boolean isArrayLength(JVariableSymbol symbol) {
    return symbol instanceof JFieldSymbol && "length".equals(symbol.getSimpleName())
        && ((JFieldSymbol) symbol).getEnclosingClass() != null && ((JFieldSymbol) symbol).getEnclosingClass().isArray();
  }

  private static Set<Modifier> modifiers(ModifierOwner owner) {
    Set<Modifier> out = EnumSet.noneOf(Modifier.class);
    for (JModifier modifier : owner.getModifiers().getExplicitModifiers()) {
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

  private List<Annotation> annotations(ModifierOwner owner) {
    List<Annotation> out = new ArrayList<>();
    for (ASTAnnotation annotation : owner.getDeclaredAnnotations()) {
      out.add(annotation(annotation));
    }
    return out;
  }

  private Annotation annotation(ASTAnnotation annotation) {
    Map<String, Expr> elements = new LinkedHashMap<>();
    for (ASTMemberValuePair pair : annotation.getMembers()) {
      Expr value = memberValue(pair.getValue());
      if (value != null) {
        elements.put(pair.getName(), value);
      }
    }
    return new Annotation(annotation, span(annotation), writtenType(annotation.getTypeNode()),
        elements);
  }

  private Expr memberValue(ASTMemberValue value) {
    if (value instanceof ASTAnnotation) {
      return annotation((ASTAnnotation) value);
    }
    if (value instanceof ASTExpression) {
      return expr((ASTExpression) value);
    }
    if (value instanceof ASTMemberValueArrayInitializer) {
      List<Expr> items = new ArrayList<>();
      for (ASTMemberValue item : value.children(ASTMemberValue.class)) {
        Expr converted = memberValue(item);
        if (converted != null) {
          items.add(converted);
        }
      }
      return new Expr.NewArray(value, span(value), List.of(), items);
    }
    return null;
  }

  /**
   * A type as written, without type arguments or annotations, spelled as javac's {@code toString} does: read from the
   * type's nodes, not its text, which would cost a slice of the document per declaration.
   */
  private static String writtenType(ASTType type) {
    if (type == null) {
      return null;
    }
    if (type instanceof ASTClassType) {
      ASTClassType classType = (ASTClassType) type;
      String prefix = classType.getQualifier() != null ? writtenType(classType.getQualifier()) + "."
          : classType.getPackageQualifier() != null ? classType.getPackageQualifier() + "." : "";
      return prefix + classType.getSimpleName();
    }
    if (type instanceof ASTArrayType) {
      ASTArrayType array = (ASTArrayType) type;
      return writtenType(array.getElementType()) + "[]".repeat(array.getArrayDepth());
    }
    return WrittenTypes.normalize(type.getText().toString());
  }
  // ---------------------------------------------------------------------------------------------------------------
  // Statements

  private Stmt.Block block(ASTBlock block) {
    List<Stmt> statements = new ArrayList<>();
    for (ASTStatement statement : block.children(ASTStatement.class)) {
      statements.addAll(stmts(statement));
    }
    return new Stmt.Block(block, span(block), statements);
  }

  /** One statement, or several for a declaration of several locals. */
  private List<Stmt> stmts(ASTStatement statement) {
    if (statement instanceof ASTLocalVariableDeclaration) {
      return localVars((ASTLocalVariableDeclaration) statement, VarKind.LOCAL);
    }
    return List.of(stmt(statement));
  }

  private Stmt stmt(ASTStatement statement) {
    if (statement == null) {
      return null;
    }
    if (statement instanceof ASTLocalVariableDeclaration) {
      List<Stmt> locals = stmts(statement);
      return locals.size() == 1 ? locals.get(0)
          : new Stmt.Block(statement, span(statement), locals);
    }
    return convertStmt(statement);
  }

  private List<Stmt> localVars(ASTLocalVariableDeclaration declaration, VarKind kind) {
    List<Stmt> out = new ArrayList<>();
    List<Annotation> annotations = annotations(declaration);
    boolean single = declaration.getVarIds().count() == 1;
    for (ASTVariableId id : declaration.getVarIds()) {
      Set<Modifier> modifiers = modifiers(id);
      if (kind == VarKind.RESOURCE) {
        modifiers.add(Modifier.FINAL);
      }
      Variable variable = variable(id, kind, modifiers);
      Stmt.LocalVar local = new Stmt.LocalVar(single ? declaration : id, declarationSpan(single ? declaration : id),
          variable,
          id.getInitializer() == null ? null : expr(id.getInitializer()));
      variable.declare(local, annotations);
      out.add(local);
    }
    return out;
  }

  private Stmt convertStmt(ASTStatement statement) {
    Span span = span(statement);
    if (statement instanceof ASTBlock) {
      return block((ASTBlock) statement);
    }
    if (statement instanceof ASTExpressionStatement) {
      return new Stmt.ExprStmt(statement, span, expr(((ASTExpressionStatement) statement).getExpr()));
    }
    if (statement instanceof ASTExplicitConstructorInvocation) {
      ASTExplicitConstructorInvocation invocation = (ASTExplicitConstructorInvocation) statement;
      String name = invocation.isThis() ? "this" : "super";
      Expr call = new Expr.Call(invocation, span, null, name, span.start(), span.line(),
          exprs(invocation.getArguments().toStream()));
      return new Stmt.ExprStmt(statement, span, call);
    }
    if (statement instanceof ASTIfStatement) {
      ASTIfStatement ifStatement = (ASTIfStatement) statement;
      return new Stmt.If(statement, span, expr(ifStatement.getCondition()), stmt(ifStatement.getThenBranch()),
          stmt(ifStatement.getElseBranch()));
    }
    if (statement instanceof ASTSwitchStatement) {
      ASTSwitchStatement switchStatement = (ASTSwitchStatement) statement;
      return new Stmt.Switch(statement, span, expr(switchStatement.getTestedExpression()), cases(switchStatement));
    }
    if (statement instanceof ASTTryStatement) {
      return tryStmt((ASTTryStatement) statement);
    }
    if (statement instanceof ASTWhileStatement) {
      ASTWhileStatement loop = (ASTWhileStatement) statement;
      return new Stmt.Loop(statement, span, Stmt.Loop.LoopKind.WHILE, List.of(), expr(loop.getCondition()),
          List.of(), null, null, stmt(loop.getBody()));
    }
    if (statement instanceof ASTDoStatement) {
      ASTDoStatement loop = (ASTDoStatement) statement;
      return new Stmt.Loop(statement, span, Stmt.Loop.LoopKind.DO_WHILE, List.of(), expr(loop.getCondition()),
          List.of(), null, null, stmt(loop.getBody()));
    }
    if (statement instanceof ASTForStatement) {
      return forLoop((ASTForStatement) statement, span);
    }
    if (statement instanceof ASTForeachStatement) {
      ASTForeachStatement loop = (ASTForeachStatement) statement;
      Variable element = variable(loop.getVarId(), VarKind.FOREACH);
      Stmt.Loop converted = new Stmt.Loop(statement, span, Stmt.Loop.LoopKind.FOREACH, List.of(), null, List.of(),
          element, expr(loop.getIterableExpr()), stmt(loop.getBody()));
      ASTLocalVariableDeclaration declaration = loop.getVarId().ancestors(ASTLocalVariableDeclaration.class).first();
      element.declare(converted, declaration == null ? List.of() : annotations(declaration));
      return converted;
    }
    if (statement instanceof ASTLabeledStatement) {
      ASTLabeledStatement labeled = (ASTLabeledStatement) statement;
      return new Stmt.Labeled(statement, span, labeled.getLabel(), stmt(labeled.getStatement()));
    }
    if (statement instanceof ASTSynchronizedStatement) {
      ASTSynchronizedStatement sync = (ASTSynchronizedStatement) statement;
      return new Stmt.Synchronized(statement, span, expr(sync.getLockExpression()), block(sync.getBody()));
    }
    if (statement instanceof ASTReturnStatement) {
      ASTExpression returned = ((ASTReturnStatement) statement).getExpr();
      return new Stmt.Jump(statement, span, Node.Kind.RETURN, returned == null ? null : expr(returned));
    }
    if (statement instanceof ASTThrowStatement) {
      return new Stmt.Jump(statement, span, Node.Kind.THROW, expr(((ASTThrowStatement) statement).getExpr()));
    }
    if (statement instanceof ASTYieldStatement) {
      return new Stmt.Jump(statement, span, Node.Kind.YIELD, expr(((ASTYieldStatement) statement).getExpr()));
    }
    if (statement instanceof ASTBreakStatement) {
      return new Stmt.Branch(statement, span, Node.Kind.BREAK, ((ASTBreakStatement) statement).getLabel());
    }
    if (statement instanceof ASTContinueStatement) {
      return new Stmt.Branch(statement, span, Node.Kind.CONTINUE, ((ASTContinueStatement) statement).getLabel());
    }
    if (statement instanceof ASTAssertStatement) {
      ASTAssertStatement assertion = (ASTAssertStatement) statement;
      List<Node> parts = new ArrayList<>();
      parts.add(expr(assertion.getCondition()));
      if (assertion.getDetailMessageNode() != null) {
        parts.add(expr(assertion.getDetailMessageNode()));
      }
      return new Stmt.Other(statement, span, Node.Kind.ASSERT, parts);
    }
    if (statement instanceof ASTEmptyStatement) {
      return new Stmt.Other(statement, span, Node.Kind.EMPTY, List.of());
    }
    if (statement instanceof ASTLocalClassStatement) {
      return new Stmt.LocalClass(statement, span, typeDecl(((ASTLocalClassStatement) statement).getDeclaration()));
    }
    return new Stmt.Other(statement, span, Node.Kind.OTHER_STATEMENT, List.of());
  }

  private Stmt forLoop(ASTForStatement loop, Span span) {
    List<Stmt> initializers = new ArrayList<>();
    ASTStatement init = loop.getInit();
    if (init instanceof ASTLocalVariableDeclaration) {
      initializers.addAll(localVars((ASTLocalVariableDeclaration) init, VarKind.LOCAL));
    } else if (init != null) {
      for (JavaNode expression : init.children()) {
        if (expression instanceof ASTExpression) {
          Expr converted = expr((ASTExpression) expression);
          initializers.add(new Stmt.ExprStmt(expression, converted.span(), converted));
        }
      }
    }
    List<Stmt> updates = new ArrayList<>();
    if (loop.getUpdate() != null) {
      for (JavaNode expression : loop.getUpdate().children()) {
        if (expression instanceof ASTExpression) {
          Expr converted = expr((ASTExpression) expression);
          updates.add(new Stmt.ExprStmt(expression, converted.span(), converted));
        }
      }
    }
    return new Stmt.Loop(loop, span, Stmt.Loop.LoopKind.FOR, initializers,
        loop.getCondition() == null ? null : expr(loop.getCondition()), updates, null, null, stmt(loop.getBody()));
  }

  private Stmt.Try tryStmt(ASTTryStatement statement) {
    List<Node> resources = new ArrayList<>();
    if (statement.getResources() != null) {
      for (ASTResource resource : statement.getResources().children(ASTResource.class)) {
        ASTLocalVariableDeclaration declaration = resource.asLocalVariableDeclaration();
        if (declaration != null) {
          resources.addAll(localVars(declaration, VarKind.RESOURCE));
        } else if (resource.getInitializer() != null) {
          resources.add(expr(resource.getInitializer()));
        }
      }
    }
    List<Stmt.Catch> catches = new ArrayList<>();
    for (ASTCatchClause clause : statement.getCatchClauses()) {
      Variable parameter = variable(clause.getParameter().getVarId(), VarKind.EXCEPTION_PARAMETER);
      List<String> caught = new ArrayList<>();
      for (ASTClassType type : clause.getParameter().getAllExceptionTypes()) {
        caught.add(writtenType(type));
      }
      Stmt.Catch handler = new Stmt.Catch(clause, span(clause), parameter, caught, block(clause.getBody()));
      parameter.declare(handler, annotations(clause.getParameter()));
      catches.add(handler);
    }
    return new Stmt.Try(statement, span(statement), resources, block(statement.getBody()), catches,
        statement.getFinallyClause() == null ? null : block(statement.getFinallyClause().getBody()));
  }

  private List<Stmt.Case> cases(ASTSwitchLike switchLike) {
    List<Stmt.Case> out = new ArrayList<>();
    for (ASTSwitchBranch branch : switchLike.getBranches()) {
      List<Expr> labels = new ArrayList<>();
      for (ASTExpression label : branch.getLabel().getExprList()) {
        labels.add(expr(label));
      }
      boolean rule = branch instanceof ASTSwitchArrowBranch;
      Stmt body = null;
      List<Stmt> statements = new ArrayList<>();
      if (rule) {
        ASTSwitchArrowRHS rhs = ((ASTSwitchArrowBranch) branch).getRightHandSide();
        if (rhs instanceof ASTExpression) {
          Expr value = expr((ASTExpression) rhs);
          body = new Stmt.ExprStmt(rhs, value.span(), value);
        } else if (rhs instanceof ASTStatement) {
          body = stmt((ASTStatement) rhs);
        }
      } else {
        for (ASTStatement statement : ((ASTSwitchFallthroughBranch) branch).getStatements()) {
          statements.addAll(stmts(statement));
        }
      }
      out.add(new Stmt.Case(branch, span(branch), labels, branch.getLabel().isDefault(), rule, body,
          statements));
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Expressions

  private List<Expr> exprs(Iterable<? extends JavaNode> expressions) {
    List<Expr> out = new ArrayList<>();
    for (JavaNode expression : expressions) {
      if (expression instanceof ASTExpression) {
        out.add(expr((ASTExpression) expression));
      }
    }
    return out;
  }

  private Expr expr(ASTExpression expression) {
    return convertExpr(expression);
  }

  private Expr convertExpr(ASTExpression expression) {
    Span span = span(expression);
    if (expression instanceof ASTMethodCall) {
      ASTMethodCall call = (ASTMethodCall) expression;
      int nameOffset = nameOffset(call);
      return new Expr.Call(call, span, call.getQualifier() == null ? null : expr(call.getQualifier()),
          call.getMethodName(), nameOffset, lines.lineAt(nameOffset), exprs(call.getArguments().toStream()));
    }
    if (expression instanceof ASTConstructorCall) {
      ASTConstructorCall creation = (ASTConstructorCall) expression;
      return new Expr.New(creation, span, writtenType(creation.getTypeNode()),
          creation.getQualifier() == null ? null : expr(creation.getQualifier()),
          exprs(creation.getArguments().toStream()),
          creation.getAnonymousClassDeclaration() == null ? null : typeDecl(creation.getAnonymousClassDeclaration()));
    }
    if (expression instanceof ASTArrayAllocation) {
      ASTArrayAllocation allocation = (ASTArrayAllocation) expression;
      List<Expr> dimensions = new ArrayList<>();
      for (ASTArrayDimExpr dimension : allocation.getTypeNode().getDimensions().children(ASTArrayDimExpr.class)) {
        dimensions.add(expr(dimension.getLengthExpression()));
      }
      ASTArrayInitializer initializer = allocation.getArrayInitializer();
      return new Expr.NewArray(allocation, span, dimensions,
          initializer == null ? List.of() : exprs(initializer.children()));
    }
    if (expression instanceof ASTArrayInitializer) {
      return new Expr.NewArray(expression, span, List.of(), exprs(expression.children()));
    }
    if (expression instanceof ASTAssignmentExpression) {
      ASTAssignmentExpression assignment = (ASTAssignmentExpression) expression;
      return new Expr.Assign(expression, span, assignment.getOperator().getToken(),
          expr(assignment.getLeftOperand()), expr(assignment.getRightOperand()));
    }
    if (expression instanceof ASTConditionalExpression) {
      ASTConditionalExpression conditional = (ASTConditionalExpression) expression;
      return new Expr.Conditional(expression, span, expr(conditional.getCondition()),
          expr(conditional.getThenBranch()), expr(conditional.getElseBranch()));
    }
    if (expression instanceof ASTUnaryExpression) {
      ASTUnaryExpression unary = (ASTUnaryExpression) expression;
      if (unary.getOperator() == net.sourceforge.pmd.lang.java.ast.UnaryOp.UNARY_MINUS
          && unary.getOperand() instanceof ASTNumericLiteral && !unary.getOperand().isParenthesized()) {
        // javac's parser folds -1 into one literal: so does the model.
        return negativeLiteral(unary, (ASTNumericLiteral) unary.getOperand(), span);
      }
      return new Expr.Unary(expression, span,
          Expr.Unary.Op.of(unary.getOperator().getToken(), unary.getOperator().isPostfix()), expr(unary.getOperand()));
    }
    if (expression instanceof ASTInfixExpression) {
      return infix((ASTInfixExpression) expression, span);
    }
    if (expression instanceof ASTVariableAccess) {
      ASTVariableAccess access = (ASTVariableAccess) expression;
      return new Expr.Name(expression, span, access.getName(), variableUse(access.getReferencedSym()));
    }
    if (expression instanceof ASTFieldAccess) {
      ASTFieldAccess access = (ASTFieldAccess) expression;
      return new Expr.FieldAccess(expression, span, expr(access.getQualifier()), access.getName(),
          variableUse(access.getReferencedSym()));
    }
    if (expression instanceof ASTTypeExpression) {
      return new Expr.TypeName(expression, span, writtenType(((ASTTypeExpression) expression).getTypeNode()));
    }
    if (expression instanceof ASTAmbiguousName) {
      return new Expr.Name(expression, span, ((ASTAmbiguousName) expression).getName(), null);
    }
    if (expression instanceof ASTThisExpression) {
      ASTClassType qualifier = ((ASTThisExpression) expression).getQualifier();
      return new Expr.This(expression, span, qualifier == null ? null : writtenType(qualifier));
    }
    if (expression instanceof ASTSuperExpression) {
      return new Expr.Other(expression, span, Node.Kind.SUPER, List.of());
    }
    if (expression instanceof ASTClassLiteral) {
      return new Expr.ClassLiteral(expression, span, writtenType(((ASTClassLiteral) expression).getTypeNode()));
    }
    if (expression instanceof ASTLambdaExpression) {
      return lambda((ASTLambdaExpression) expression, span);
    }
    if (expression instanceof ASTMethodReference) {
      ASTMethodReference reference = (ASTMethodReference) expression;
      Expr receiver = reference.getQualifier() != null ? expr(reference.getQualifier())
          : reference.getLhs() instanceof ASTType
              ? new Expr.TypeName(reference.getLhs(), span(reference.getLhs()),
                  writtenType((ASTType) reference.getLhs()))
              : null;
      return new Expr.MethodRef(expression, span, receiver,
          reference.isConstructorReference() ? "new" : reference.getMethodName());
    }
    if (expression instanceof ASTArrayAccess) {
      ASTArrayAccess access = (ASTArrayAccess) expression;
      return new Expr.ArrayAccess(expression, span, expr(access.getQualifier()), expr(access.getIndexExpression()));
    }
    if (expression instanceof ASTCastExpression) {
      ASTCastExpression cast = (ASTCastExpression) expression;
      return new Expr.Cast(expression, span, writtenType(cast.getCastType()), expr(cast.getOperand()));
    }
    if (expression instanceof ASTSwitchExpression) {
      ASTSwitchExpression switchExpression = (ASTSwitchExpression) expression;
      return new Expr.SwitchExpr(expression, span, expr(switchExpression.getTestedExpression()),
          cases(switchExpression));
    }
    if (expression instanceof ASTNullLiteral) {
      return new Expr.Literal(expression, span, Expr.Literal.LiteralKind.NULL, null);
    }
    if (expression instanceof ASTStringLiteral) {
      ASTStringLiteral literal = (ASTStringLiteral) expression;
      return new Expr.Literal(expression, span, literal.isTextBlock() ? Expr.Literal.LiteralKind.TEXT_BLOCK
          : Expr.Literal.LiteralKind.STRING, literal.getConstValue());
    }
    if (expression instanceof ASTCharLiteral) {
      return new Expr.Literal(expression, span, Expr.Literal.LiteralKind.CHAR,
          ((ASTCharLiteral) expression).getConstValue());
    }
    if (expression instanceof ASTBooleanLiteral) {
      return new Expr.Literal(expression, span, Expr.Literal.LiteralKind.BOOLEAN,
          ((ASTBooleanLiteral) expression).isTrue());
    }
    if (expression instanceof ASTNumericLiteral) {
      ASTNumericLiteral number = (ASTNumericLiteral) expression;
      Expr.Literal.LiteralKind kind = number.isIntLiteral() ? Expr.Literal.LiteralKind.INT
          : number.isLongLiteral() ? Expr.Literal.LiteralKind.LONG
          : number.isFloatLiteral() ? Expr.Literal.LiteralKind.FLOAT
          : Expr.Literal.LiteralKind.DOUBLE;
      return new Expr.Literal(expression, span, kind, number.getConstValue());
    }
    if (expression instanceof ASTPatternExpression) {
      return new Expr.Other(expression, span, Node.Kind.OTHER_EXPRESSION, List.of());
    }
    return new Expr.Other(expression, span, Node.Kind.OTHER_EXPRESSION, List.of());
  }

  private static Expr negativeLiteral(ASTUnaryExpression unary, ASTNumericLiteral number, Span span) {
    Object value = unary.getConstValue();
    Expr.Literal.LiteralKind kind = number.isIntLiteral() ? Expr.Literal.LiteralKind.INT
        : number.isLongLiteral() ? Expr.Literal.LiteralKind.LONG
        : number.isFloatLiteral() ? Expr.Literal.LiteralKind.FLOAT
        : Expr.Literal.LiteralKind.DOUBLE;
    return new Expr.Literal(unary, span, kind, value);
  }

  /**
   * Where a call's method name starts: just before its argument list, blanks skipped. Reading the text backwards is
   * constant time; walking the call's tokens from its start would be quadratic in a long builder chain. A comment
   * between the name and the parenthesis falls back to the token walk.
   */
  private int nameOffset(ASTMethodCall call) {
    CharSequence text = root.getTextDocument().getText();
    String name = call.getMethodName();
    int end = call.getArguments().getTextRegion().getStartOffset();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = end - name.length();
    if (start >= 0 && text.subSequence(start, end).toString().equals(name)
        && (start == 0 || !Character.isJavaIdentifierPart(text.charAt(start - 1)))) {
      return start;
    }
    return ReportPositions.methodNameToken(call).getRegion().getStartOffset();
  }

  private Expr infix(ASTInfixExpression infix, Span span) {
    if (infix.getOperator() == BinaryOp.INSTANCEOF) {
      ASTExpression right = infix.getRightOperand();
      Variable binding = null;
      String type = "";
      if (right instanceof ASTTypeExpression) {
        type = writtenType(((ASTTypeExpression) right).getTypeNode());
      } else if (right instanceof ASTPatternExpression
          && ((ASTPatternExpression) right).getPattern() instanceof ASTTypePattern) {
        ASTTypePattern pattern = (ASTTypePattern) ((ASTPatternExpression) right).getPattern();
        binding = variable(pattern.getVarId(), VarKind.PATTERN);
        type = writtenType(pattern.getTypeNode());
      }
      Expr.InstanceOf instanceOf = new Expr.InstanceOf(infix, span, expr(infix.getLeftOperand()), type, binding);
      if (binding != null) {
        binding.declare(instanceOf, List.of());
      }
      return instanceOf;
    }
    return new Expr.Binary(infix, span, Expr.Binary.Op.of(infix.getOperator().getToken()), expr(infix.getLeftOperand()),
        expr(infix.getRightOperand()));
  }

  private Expr lambda(ASTLambdaExpression lambda, Span span) {
    List<Variable> parameters = new ArrayList<>();
    for (ASTLambdaParameter parameter : lambda.getParameters().children(ASTLambdaParameter.class)) {
      Variable variable = variable(parameter.getVarId(), VarKind.LAMBDA_PARAMETER);
      parameters.add(variable);
    }
    Node body = lambda.isBlockBody() ? block(lambda.getBlockBody()) : expr(lambda.getExpressionBody());
    Expr.Lambda converted = new Expr.Lambda(lambda, span, parameters, body);
    for (Variable parameter : parameters) {
      parameter.declare(converted, List.of());
    }
    return converted;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Type facts

  private final class PmdSemantics implements Semantics {
    @Override
    public TypeRef typeOf(Expr expression) {
      Object source = expression.source();
      if (source instanceof ASTExplicitConstructorInvocation) {
        // this(..) and super(..) are calls of a constructor: their type is void, as javac has it.
        return type(((JavaNode) source).getTypeSystem().NO_TYPE);
      }
      if (source instanceof ASTConditionalExpression && isLambdaResult((ASTConditionalExpression) source)) {
        // PMD 7 types a conditional that is (a branch of) a lambda's expression body as the lambda's target type or
        // its function's return type (Supplier, Number) where javac has the conditional's own type.
        return TypeRef.UNKNOWN;
      }
      if (source instanceof ASTVariableAccess
          && ((ASTVariableAccess) source).getReferencedSym() instanceof JLocalVariableSymbol) {
        ASTVariableId declaration = ((ASTVariableAccess) source).getReferencedSym().tryGetNode();
        if (declaration != null && isImplicitLambdaParameter(declaration)) {
          return lambdaParameterType(declaration);
        }
      }
      return source instanceof TypeNode ? type(((TypeNode) source).getTypeMirror()) : TypeRef.UNKNOWN;
    }

    private boolean isLambdaResult(ASTConditionalExpression conditional) {
      JavaNode node = conditional;
      while (node.getParent() instanceof ASTConditionalExpression
          && ((ASTConditionalExpression) node.getParent()).getCondition() != node) {
        node = node.getParent();
      }
      return node.getParent() instanceof ASTLambdaExpression;
    }

    @Override
    public MethodInfo methodOf(Expr invocation) {
      Object source = invocation.source();
      String name = invocation instanceof Expr.Call ? ((Expr.Call) invocation).name() : "<init>";
      OverloadSelectionResult selection = null;
      if (source instanceof ASTMethodCall) {
        selection = ((ASTMethodCall) source).getOverloadSelectionInfo();
      } else if (source instanceof ASTConstructorCall) {
        selection = ((ASTConstructorCall) source).getOverloadSelectionInfo();
      } else if (source instanceof ASTExplicitConstructorInvocation) {
        selection = ((ASTExplicitConstructorInvocation) source).getOverloadSelectionInfo();
      } else if (source instanceof ASTEnumConstant) {
        selection = ((ASTEnumConstant) source).getOverloadSelectionInfo();
      }
      if (selection == null || selection.isFailed()) {
        return MethodInfo.unknown(name);
      }
      return new PmdMethod(selection.getMethodType(), name);
    }

    @Override
    public Object constantValue(Expr expression) {
      Object source = expression.source();
      if (!(source instanceof ASTExpression)) {
        return null;
      }
      Object value = ((ASTExpression) source).getConstValue();
      return value == null && source instanceof ASTVariableAccess
          ? constantVariable(((ASTVariableAccess) source).getReferencedSym()) : value;
    }

    /**
     * The value of a constant variable (JLS 4.12.4: {@code final}, of a primitive type or {@code String}, initialised
     * by a constant expression) that PMD does not fold and javac does: a local ({@code final int max =
     * Integer.MAX_VALUE}) or an instance field ({@code private final String header = "Authorization"}); PMD folds
     * static fields only.
     */
    private Object constantVariable(JVariableSymbol symbol) {
      if (!(symbol instanceof JLocalVariableSymbol || symbol instanceof JFieldSymbol)
          || symbol instanceof JFormalParamSymbol) {
        return null;
      }
      ASTVariableId declaration = symbol.tryGetNode();
      if (declaration == null || !declaration.isFinal() || declaration.getInitializer() == null) {
        return null;
      }
      JTypeMirror type = declaration.getTypeMirror();
      boolean constantType = type.isPrimitive() || TypeTestUtil.isExactlyA(String.class, type);
      return constantType ? declaration.getInitializer().getConstValue() : null;
    }

    @Override
    public TypeRef typeOf(Variable variable) {
      Object symbol = variable.source();
      if (symbol instanceof JVariableSymbol) {
        ASTVariableId declaration = ((JVariableSymbol) symbol).tryGetNode();
        if (declaration != null && isImplicitLambdaParameter(declaration)) {
          return lambdaParameterType(declaration);
        }
        if (declaration != null) {
          return type(declaration.getTypeMirror());
        }
        return type(((JVariableSymbol) symbol).getTypeMirror(
            net.sourceforge.pmd.lang.java.types.Substitution.EMPTY));
      }
      return TypeRef.UNKNOWN;
    }

    @Override
    public Object constantValue(Variable variable) {
      Object symbol = variable.source();
      if (symbol instanceof JFieldSymbol && ((JFieldSymbol) symbol).getConstValue() != null) {
        return ((JFieldSymbol) symbol).getConstValue();
      }
      return symbol instanceof JVariableSymbol ? constantVariable((JVariableSymbol) symbol) : null;
    }

    @Override
    public String declaringTypeOf(Variable field) {
      Object symbol = field.source();
      if (symbol instanceof JFieldSymbol) {
        JClassSymbol owner = ((JFieldSymbol) symbol).getEnclosingClass();
        return owner == null || owner.isUnresolved() ? null : owner.getCanonicalName();
      }
      return null;
    }

    @Override
    public List<TypeRef> annotationTypesOf(Variable variable) {
      Object symbol = variable.source();
      return symbol instanceof JVariableSymbol ? annotationTypes(((JVariableSymbol) symbol).getDeclaredAnnotations())
          : List.of();
    }

    @Override
    public TypeRef typeOf(TypeDecl declaration) {
      return type(((ASTTypeDeclaration) declaration.source()).getTypeMirror());
    }

    @Override
    public TypeRef typeOf(dev.tracelint.analysis.model.Annotation annotation) {
      return type(((ASTAnnotation) annotation.source()).getTypeMirror());
    }

    @Override
    public MethodInfo methodOf(MethodDecl declaration) {
      Object source = declaration.source();
      if (source instanceof ASTExecutableDeclaration) {
        JMethodSig signature = ((ASTExecutableDeclaration) source).getGenericSignature();
        return signature == null ? MethodInfo.unknown(declaration.name()) : new PmdMethod(signature,
            declaration.name(), source instanceof ASTMethodDeclaration ? (ASTMethodDeclaration) source : null);
      }
      return MethodInfo.unknown(declaration.name());
    }
  }

  private List<TypeRef> annotationTypes(Set<SymAnnot> annotations) {
    List<TypeRef> out = new ArrayList<>();
    for (SymAnnot annotation : annotations) {
      JClassSymbol type = annotation.getAnnotationSymbol();
      if (type != null) {
        out.add(type(root.getTypeSystem().declaration(type)));
      }
    }
    return out;
  }

  /** Static factories of {@code java.util.Comparator} whose first argument is a key extractor of the compared type. */
  private static final Set<String> COMPARATOR_FACTORIES =
      Set.of("comparing", "comparingInt", "comparingLong", "comparingDouble");

  /** Calls on a stream or list that take a comparator of its elements. */
  private static final Set<String> ELEMENT_COMPARATOR_TAKERS = Set.of("sorted", "sort", "min", "max");

  private static boolean isImplicitLambdaParameter(ASTVariableId declaration) {
    return declaration.isLambdaParameter() && declaration.isTypeInferred();
  }

  /**
   * The type of a lambda parameter written without one. PMD 7 gives {@code Object} when it could not infer it where
   * javac can (a key extractor in {@code Comparator.comparing(k -> ..)} given to {@code stream.sorted(..)}): that is
   * answered as unknown, never as {@code Object}, so that a rule falls back as it does without types. A key extractor
   * given, through a {@code Comparator} factory, to {@code sorted}, {@code sort}, {@code min} or {@code max} on a
   * {@code Stream<T>} or {@code List<T>} takes a {@code T}, which is what javac infers.
   */
  private TypeRef lambdaParameterType(ASTVariableId declaration) {
    JTypeMirror inferred = declaration.getTypeMirror();
    if (inferred != null && !inferred.isTop()) {
      return type(inferred);
    }
    JTypeMirror element = comparedElementType(declaration);
    return element != null ? type(element) : TypeRef.UNKNOWN;
  }

  private static JTypeMirror comparedElementType(ASTVariableId declaration) {
    ASTLambdaExpression lambda = declaration.ancestors(ASTLambdaExpression.class).first();
    if (lambda == null || lambda.getParameters().size() != 1 || lambda.getIndexInParent() != 0
        || !(lambda.getParent() instanceof ASTArgumentList)
        || !(lambda.getParent().getParent() instanceof ASTMethodCall)) {
      return null;
    }
    ASTMethodCall factory = (ASTMethodCall) lambda.getParent().getParent();
    if (!COMPARATOR_FACTORIES.contains(factory.getMethodName())
        || !(factory.getQualifier() instanceof ASTTypeExpression)
        || !TypeTestUtil.isA(java.util.Comparator.class, (ASTTypeExpression) factory.getQualifier())
        || !(factory.getParent() instanceof ASTArgumentList)
        || !(factory.getParent().getParent() instanceof ASTMethodCall)) {
      return null;
    }
    ASTMethodCall taker = (ASTMethodCall) factory.getParent().getParent();
    ASTExpression receiver = taker.getQualifier();
    if (!ELEMENT_COMPARATOR_TAKERS.contains(taker.getMethodName()) || receiver == null
        || taker.getArguments().size() != 1) {
      return null;
    }
    JTypeMirror receiverType = receiver.getTypeMirror();
    if (!(receiverType instanceof JClassType)
        || !(TypeTestUtil.isA(java.util.stream.Stream.class, receiver) || TypeTestUtil.isA(List.class, receiver))) {
      return null;
    }
    List<JTypeMirror> arguments = ((JClassType) receiverType).getTypeArgs();
    JTypeMirror element = arguments.size() == 1 ? arguments.get(0) : null;
    return element instanceof JClassType && !isUnresolved(element) ? element : null;
  }

  private TypeRef type(JTypeMirror type) {
    if (type == null || type == type.getTypeSystem().UNKNOWN || type == type.getTypeSystem().ERROR) {
      return TypeRef.UNKNOWN;
    }
    return new PmdType(type);
  }

  private static boolean isUnresolved(JTypeMirror type) {
    return type.getSymbol() != null && type.getSymbol().isUnresolved();
  }

  /** A PMD type: resolved, or named by an import but not loadable (no auxclasspath). */
  private final class PmdType implements TypeRef {
    private final JTypeMirror type;

    PmdType(JTypeMirror type) {
      this.type = type;
    }

    @Override
    public String qualifiedName() {
      JTypeMirror erased = type.getErasure();
      if (erased instanceof JPrimitiveType) {
        return ((JPrimitiveType) erased).getSimpleName();
      }
      if (erased instanceof JArrayType) {
        String component = componentType().qualifiedName();
        return component == null ? null : component + "[]";
      }
      if (erased.isVoid()) {
        return "void";
      }
      if (erased.getSymbol() instanceof JClassSymbol) {
        return ((JClassSymbol) erased.getSymbol()).getCanonicalName();
      }
      return null;
    }

    @Override
    public String simpleName() {
      JTypeMirror erased = type.getErasure();
      return erased.getSymbol() == null ? "" : erased.getSymbol().getSimpleName();
    }

    @Override
    public boolean isResolved() {
      return (!isUnresolved(type) && !type.isBottom() && type.getSymbol() != null) || type.isPrimitive()
          || (type instanceof JArrayType && componentType().isResolved());
    }

    @Override
    public boolean knowsAllSupertypes() {
      return isResolved() && type.getSuperTypeSet().stream().noneMatch(PmdAdapter::isUnresolved);
    }

    @Override
    public Tri isSubtypeOf(String canonicalName) {
      if (isResolved()) {
        return Tri.of(TypeTestUtil.isA(canonicalName, type) || canonicalName.equals(qualifiedName()));
      }
      return canonicalName.equals(qualifiedName()) ? Tri.YES : Tri.UNKNOWN;
    }

    @Override
    public boolean isPrimitive() {
      return type.isPrimitive();
    }

    @Override
    public boolean isArray() {
      return type instanceof JArrayType;
    }

    @Override
    public TypeRef componentType() {
      return type instanceof JArrayType ? type(((JArrayType) type).getComponentType()) : TypeRef.UNKNOWN;
    }

    @Override
    public boolean isInterface() {
      return type.isInterface();
    }

    @Override
    public List<String> recordComponentNames() {
      if (!(type instanceof JClassType) || isUnresolved(type) || !((JClassType) type).getSymbol().isRecord()) {
        return List.of();
      }
      return ((JClassType) type).getSymbol().getRecordComponents().stream()
          .map(component -> component.getSimpleName()).toList();
    }

    @Override
    public Map<String, TypeRef> declaredInstanceFields() {
      if (!(type instanceof JClassType) || isUnresolved(type) || type.isInterface()) {
        return Map.of();
      }
      Map<String, TypeRef> fields = new LinkedHashMap<>();
      // As members of this type: PMD gives a call's return type with the receiver's type arguments substituted
      // (String for record.value() of a ConsumerRecord<String, String>), so the field V must be read the same way.
      // javac gives both unsubstituted (V and V); either way a field and its accessor compare alike.
      JClassType classType = (JClassType) type;
      for (JFieldSymbol field : classType.getSymbol().getDeclaredFields()) {
        if (!field.isStatic()) {
          fields.put(field.getSimpleName(), type(field.getTypeMirror(classType.getTypeParamSubst())));
        }
      }
      return fields;
    }

    @Override
    public TypeRef superclass() {
      if (!(type instanceof JClassType) || isUnresolved(type)) {
        return null;
      }
      JClassType superclass = ((JClassType) type).getSuperClass();
      return superclass == null ? null : type(superclass);
    }

    @Override
    public List<TypeRef> annotationTypes() {
      if (!(type.getSymbol() instanceof JClassSymbol) || isUnresolved(type)) {
        return List.of();
      }
      return PmdAdapter.this.annotationTypes(((JClassSymbol) type.getSymbol()).getDeclaredAnnotations());
    }

    @Override
    public String toString() {
      return String.valueOf(qualifiedName());
    }
  }

  /** A method PMD selected; its declaring type may still be unresolved. */
  private final class PmdMethod implements MethodInfo {
    private final JMethodSig signature;
    private final String name;
    private final ASTMethodDeclaration declaration;

    PmdMethod(JMethodSig signature, String name) {
      this(signature, name, null);
    }

    PmdMethod(JMethodSig signature, String name, ASTMethodDeclaration declaration) {
      this.signature = signature;
      this.name = name;
      this.declaration = declaration;
    }

    @Override
    public String name() {
      return signature.isConstructor() ? "<init>" : signature.getName();
    }

    @Override
    public boolean isResolved() {
      return !isUnresolved(signature.getDeclaringType());
    }

    @Override
    public TypeRef declaringType() {
      return type(signature.getDeclaringType());
    }

    @Override
    public Tri isStatic() {
      return isResolved() ? Tri.of(signature.isStatic()) : Tri.UNKNOWN;
    }

    @Override
    public TypeRef returnType() {
      return type(signature.getReturnType());
    }

    @Override
    public List<TypeRef> parameterTypes() {
      if (!isResolved()) {
        return null;
      }
      List<TypeRef> out = new ArrayList<>();
      for (JTypeMirror parameter : signature.getFormalParameters()) {
        out.add(type(parameter));
      }
      return out;
    }

    @Override
    public boolean isVarargs() {
      return signature.isVarargs();
    }

    @Override
    public List<TypeRef> annotationTypes() {
      return signature.getSymbol() == null ? List.of()
          : PmdAdapter.this.annotationTypes(signature.getSymbol().getDeclaredAnnotations());
    }

    @Override
    public List<TypeRef> thrownTypes() {
      if (!isResolved()) {
        return null;
      }
      List<TypeRef> out = new ArrayList<>();
      for (JTypeMirror thrown : signature.getThrownExceptions()) {
        out.add(type(thrown));
      }
      return out;
    }

    /**
     * PMD records only the first method it finds that a declaration overrides; javac lists them all, and so does this,
     * so that an interface method carrying a mapping is seen behind an abstract superclass method that does not.
     */
    @Override
    public List<MethodInfo> overriddenMethods() {
      if (declaration == null || declaration.getOverriddenMethod() == null) {
        return List.of();
      }
      JMethodSig nearest = declaration.getOverriddenMethod();
      List<MethodInfo> out = new ArrayList<>();
      out.add(new PmdMethod(nearest, nearest.getName()));
      JClassType site = declaration.getEnclosingType().getTypeMirror();
      JMethodSig own = declaration.getGenericSignature();
      for (JTypeMirror supertype : site.getSuperTypeSet()) {
        if (supertype.getSymbol() == site.getSymbol()) {
          continue;
        }
        supertype.streamDeclaredMethods(method -> method.getSimpleName().equals(own.getName())
                && method.getArity() == own.getArity() && TypeOps.isOverridableIn(method, site.getSymbol()))
            .filter(method -> !method.getSymbol().equals(nearest.getSymbol()) && TypeOps.isSubSignature(own, method))
            .forEach(method -> out.add(new PmdMethod(method, method.getName())));
      }
      return out;
    }

    @Override
    public MethodDecl declaration() {
      return methods.get(signature.getSymbol());
    }

    @Override
    public String toString() {
      return declaringType() + "#" + name;
    }
  }
}
