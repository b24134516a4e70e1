package dev.tracelint.checks;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Attribute;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.TypeTag;
import dev.tracelint.catalog.LoggingSinks;
import dev.tracelint.catalog.MethodRef;
import dev.tracelint.catalog.SecretCatalog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;

/**
 * Flags a logging or printing call whose message or arguments carry a secret's full value: a variable, field,
 * parameter or getter named like a secret, an environment variable or property read by a secret key, a request header
 * that carries credentials, or an {@code @Value} field of a secret property — directly, through string building, or
 * through a local variable assigned from one of these in the same method. Prefixes, masks, hashes and measures of
 * the secret, and values that merely sound like secrets (LLM token counts, names of secrets), are left alone.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Log a short prefix or a mask of a secret, never its full value",
    severity = WARNING,
    linkType = CUSTOM,
    link = "https://github.com/tracelint/tracelint/blob/main/docs/rules/FullSecretLogged.md")
public final class FullSecretLogged extends BugChecker
    implements CompilationUnitTreeMatcher, MethodInvocationTreeMatcher {
  private static final long serialVersionUID = 1L;

  private static final String SECRET_NAMES_FLAG = "FullSecretLogged:" + SecretCatalog.SECRET_NAMES_OPTION;
  private static final String MASKING_METHODS_FLAG = "FullSecretLogged:" + SecretCatalog.MASKING_METHODS_OPTION;

  /** Deep enough for any realistic message expression; deeper shapes are given up on, never crashed on. */
  private static final int MAX_DEPTH = 24;

  private static final Set<String> SINK_METHOD_NAMES = LoggingSinks.methodNames();

  private final transient ParsedOption<SecretCatalog> options;

  /** {@code null} when an option entry is malformed: the check then only reports that (see {@link ParsedOption}). */
  private final SecretCatalog catalog;

  /** For ServiceLoader: the default catalogue. */
  public FullSecretLogged() {
    this(ErrorProneFlags.empty());
  }

  /** Reads {@code -XepOpt:FullSecretLogged:SecretNames=...} and {@code ...:MaskingMethods=...}. */
  public FullSecretLogged(ErrorProneFlags flags) {
    this.options = ParsedOption.parse(() -> SecretCatalog.withUserEntries(
        SECRET_NAMES_FLAG, flags.get(SECRET_NAMES_FLAG).orElse(null),
        MASKING_METHODS_FLAG, flags.get(MASKING_METHODS_FLAG).orElse(null)));
    this.catalog = options.value();
  }

  @Override
  public Description matchCompilationUnit(CompilationUnitTree tree, VisitorState state) {
    return options.reportErrorOnce(buildDescription(tree));
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    MethodSymbol method = ASTHelpers.getSymbol(tree);
    // An unqualified call (inside a logger implementation) is the logger's own business, as in the PMD rule.
    if (catalog == null
        || method == null
        || ASTHelpers.getReceiver(tree) == null
        || !SINK_METHOD_NAMES.contains(method.getSimpleName().toString())
        || !isSink(tree, method, state)) {
      return Description.NO_MATCH;
    }
    Flow flow = new Flow(state, tree);
    for (ExpressionTree argument : tree.getArguments()) {
      String subject = flow.secretIn(argument, 0);
      if (subject != null) {
        return buildDescription(tree).setMessage(SecretCatalog.message(subject)).build();
      }
    }
    return Description.NO_MATCH;
  }

  private static boolean isSink(MethodInvocationTree tree, MethodSymbol method, VisitorState state) {
    String name = method.getSimpleName().toString();
    Type receiver = ASTHelpers.getReceiverType(tree);
    if (receiver == null) {
      receiver = method.owner.type;
    }
    for (String owner : LoggingSinks.ownerTypes()) {
      if (!LoggingSinks.isSink(owner, name)) {
        continue;
      }
      Type ownerType = state.getTypeFromString(new MethodRef(owner, name).ownerBinaryName());
      if (ownerType != null && ASTHelpers.isSubtype(receiver, ownerType, state)) {
        return !owner.equals(LoggingSinks.PRINT_STREAM) || isConsole(ASTHelpers.getReceiver(tree));
      }
    }
    return false;
  }

  /** {@code System.out} or {@code System.err}: other print streams may write anywhere, so they are not judged. */
  private static boolean isConsole(ExpressionTree receiver) {
    Symbol symbol = ASTHelpers.getSymbol(receiver);
    return symbol != null
        && symbol.getKind() == ElementKind.FIELD
        && symbol.owner.getQualifiedName().contentEquals("java.lang.System")
        && LoggingSinks.isConsoleField(symbol.getSimpleName().toString());
  }

  /** Follows one logging call's arguments back to a secret source, naming the first one found. */
  private final class Flow {
    private final VisitorState state;
    private final int sinkPosition;
    private final Set<VarSymbol> visiting = new HashSet<>();
    private Tree scope;

    Flow(VisitorState state, MethodInvocationTree sink) {
      this.state = state;
      this.sinkPosition = ASTHelpers.getStartPosition(sink);
    }

    /** The message subject of the secret {@code expression} carries, or {@code null} when it carries none. */
    String secretIn(ExpressionTree expression, int depth) {
      if (expression == null || depth > MAX_DEPTH) {
        return null;
      }
      switch (expression.getKind()) {
        case PARENTHESIZED:
          return secretIn(((ParenthesizedTree) expression).getExpression(), depth + 1);
        case TYPE_CAST:
          return secretIn(((TypeCastTree) expression).getExpression(), depth + 1);
        case CONDITIONAL_EXPRESSION:
          ConditionalExpressionTree conditional = (ConditionalExpressionTree) expression;
          return firstOf(depth, conditional.getTrueExpression(), conditional.getFalseExpression());
        case PLUS:
          BinaryTree plus = (BinaryTree) expression;
          return firstOf(depth, plus.getLeftOperand(), plus.getRightOperand());
        case LAMBDA_EXPRESSION:
          Tree body = ((LambdaExpressionTree) expression).getBody();
          return body instanceof ExpressionTree ? secretIn((ExpressionTree) body, depth + 1) : null;
        case IDENTIFIER:
        case MEMBER_SELECT:
          return secretInVariable(expression, depth);
        case METHOD_INVOCATION:
          return secretInCall((MethodInvocationTree) expression, depth);
        case NEW_ARRAY:
          // JUL's log(Level, String, Object[]) and explicit varargs arrays: new Object[] {baseUrl, apiKey}
          List<? extends ExpressionTree> elements = ((NewArrayTree) expression).getInitializers();
          return elements == null ? null : firstOf(depth, elements.toArray(new ExpressionTree[0]));
        case NEW_CLASS:
          NewClassTree newClass = (NewClassTree) expression;
          Symbol type = ASTHelpers.getSymbol(newClass.getIdentifier());
          if (type != null && SecretCatalog.isPassThroughConstructor(type.getSimpleName().toString())) {
            return firstOf(depth, newClass.getArguments().toArray(new ExpressionTree[0]));
          }
          return null;
        default:
          return null;
      }
    }

    private String firstOf(int depth, ExpressionTree... expressions) {
      for (ExpressionTree expression : expressions) {
        String subject = secretIn(expression, depth + 1);
        if (subject != null) {
          return subject;
        }
      }
      return null;
    }

    private String secretInVariable(ExpressionTree expression, int depth) {
      Symbol symbol = ASTHelpers.getSymbol(expression);
      if (!(symbol instanceof VarSymbol) || !mayHoldSecretText(symbol.type)) {
        return null;
      }
      VarSymbol variable = (VarSymbol) symbol;
      if (variable.getConstantValue() != null) {
        // A compile-time constant is a name (an environment variable's, a header's), not a value read at runtime.
        return null;
      }
      String name = variable.getSimpleName().toString();
      switch (variable.getKind()) {
        case FIELD:
          return catalog.isSecretName(name) || injectsSecret(variable) ? SecretCatalog.variableSubject(name) : null;
        case PARAMETER:
          boolean secretByName = catalog.isSecretName(name)
              && !(SecretCatalog.isBareToken(name) && isStreamedTokenSite(variable));
          return secretByName || injectsSecret(variable) || injectsSecretHeader(variable)
              ? SecretCatalog.variableSubject(name)
              : null;
        case LOCAL_VARIABLE:
        case RESOURCE_VARIABLE:
        case BINDING_VARIABLE:
        case EXCEPTION_PARAMETER:
          if (catalog.isSecretName(name)) {
            boolean vouched = (SecretCatalog.isBareToken(name) && isStreamedTokenSite(variable))
                || onlyNonSecretValues(variable, depth);
            return vouched ? null : SecretCatalog.variableSubject(name);
          }
          return localCarriesSecret(variable, depth) ? SecretCatalog.variableSubject(name) : null;
        default:
          return null;
      }
    }

    private String secretInCall(MethodInvocationTree call, int depth) {
      MethodSymbol method = ASTHelpers.getSymbol(call);
      if (method == null) {
        return null;
      }
      String name = method.getSimpleName().toString();
      String owner = method.owner.getQualifiedName().toString();
      if (catalog.isUserMaskingMethod(owner, name) || SecretCatalog.isMaskingMethodName(name)) {
        return null;
      }
      List<? extends ExpressionTree> arguments = call.getArguments();
      Type result = ASTHelpers.getType(call);
      if (arguments.isEmpty() && catalog.isSecretGetterName(name)) {
        return mayHoldSecretText(result) ? SecretCatalog.getterSubject(name) : null;
      }
      if (SecretCatalog.isHeaderRead(name) && arguments.size() == 1) {
        String header = headerNamedBy(arguments.get(0));
        if (header != null) {
          return mayHoldSecretText(result) ? SecretCatalog.headerSubject(header) : null;
        }
      }
      if (SecretCatalog.isKeyedRead(name) && !arguments.isEmpty()) {
        String key = ASTHelpers.constValue(arguments.get(0), String.class);
        if (catalog.isSecretKey(key) && mayHoldSecretText(result)) {
          return SecretCatalog.keySubject(key);
        }
      }
      ExpressionTree receiver = ASTHelpers.getReceiver(call);
      if (arguments.isEmpty() && SecretCatalog.isValueAccessor(name)) {
        String holder = secretHolderName(receiver);
        if (holder != null) {
          return mayHoldSecretText(result) ? SecretCatalog.variableSubject(holder) : null;
        }
      }
      if (name.equals("substring")) {
        return keepsOnlyAShortWindow(receiver, arguments) ? null : secretIn(receiver, depth + 1);
      }
      if (!SecretCatalog.isPassThroughCall(name)) {
        return null;
      }
      String inReceiver = secretIn(receiver, depth + 1);
      return inReceiver != null ? inReceiver : firstOf(depth, arguments.toArray(new ExpressionTree[0]));
    }

    /**
     * The name of a variable, field or parameter named like a secret whose value a call unwraps
     * ({@code retrievedSecret.getValue()}, {@code apiKey.get()}), whatever its type; a bare {@code token} is too
     * ambiguous (a lexer's or a stream's token) to count.
     */
    private String secretHolderName(ExpressionTree receiver) {
      if (!(receiver instanceof IdentifierTree || receiver instanceof MemberSelectTree)
          || !(ASTHelpers.getSymbol(receiver) instanceof VarSymbol)) {
        return null;
      }
      String name = nameOf(receiver);
      return catalog.isSecretName(name) && !SecretCatalog.isBareToken(name) ? name : null;
    }

    /** {@code s.substring(0, 6)}, {@code s.substring(0, Math.min(6, s.length()))}, {@code s.substring(len - 4)}. */
    private boolean keepsOnlyAShortWindow(ExpressionTree receiver, List<? extends ExpressionTree> arguments) {
      if (arguments.size() == 2) {
        return SecretCatalog.isShortPrefix(intValue(arguments.get(0)), shortBound(arguments.get(1)));
      }
      if (arguments.size() == 1 && arguments.get(0).getKind() == Tree.Kind.MINUS) {
        BinaryTree minus = (BinaryTree) arguments.get(0);
        return isLengthCall(minus.getLeftOperand()) && SecretCatalog.isShortLength(intValue(minus.getRightOperand()));
      }
      return false;
    }

    private Integer shortBound(ExpressionTree end) {
      if (end instanceof MethodInvocationTree) {
        MethodInvocationTree call = (MethodInvocationTree) end;
        MethodSymbol method = ASTHelpers.getSymbol(call);
        if (method != null && method.getSimpleName().contentEquals("min")
            && method.owner.getQualifiedName().contentEquals("java.lang.Math")) {
          for (ExpressionTree argument : call.getArguments()) {
            Integer bound = intValue(argument);
            if (bound != null) {
              return bound;
            }
          }
        }
        return null;
      }
      return intValue(end);
    }

    private boolean isLengthCall(ExpressionTree expression) {
      return expression instanceof MethodInvocationTree
          && ((MethodInvocationTree) expression).getArguments().isEmpty()
          && "length".equals(nameOf(((MethodInvocationTree) expression).getMethodSelect()));
    }

    private Integer intValue(ExpressionTree expression) {
      Object value = ASTHelpers.constValue(expression);
      return value instanceof Integer ? (Integer) value : null;
    }

    /** The catalogue's spelling of the secret header an argument names, by constant value or, failing that, name. */
    private String headerNamedBy(ExpressionTree argument) {
      String value = ASTHelpers.constValue(argument, String.class);
      if (value != null) {
        return SecretCatalog.secretHeader(value);
      }
      if (argument instanceof IdentifierTree || argument instanceof MemberSelectTree) {
        return SecretCatalog.secretHeaderForConstantName(nameOf(argument));
      }
      return null;
    }

    /** A local assigned, in the enclosing method, from an expression that carries a secret. */
    private boolean localCarriesSecret(VarSymbol variable, int depth) {
      if (!visiting.add(variable)) {
        return false;
      }
      try {
        for (ExpressionTree value : valuesOf(variable)) {
          if (secretIn(value, depth + 1) != null) {
            return true;
          }
        }
        return false;
      } finally {
        visiting.remove(variable);
      }
    }

    /**
     * A lambda parameter, a parameter of an {@code on...} callback, or a for-each variable: where a bare
     * {@code token} is a streamed piece of model output ({@code onNext(String token)}) rather than a credential.
     * Judged by where the variable is declared, so that a buffer filled inside the loop and logged after it is judged
     * the same way as a log line inside the loop.
     */
    private boolean isStreamedTokenSite(VarSymbol variable) {
      TreePath declaration = declarationOf(variable);
      if (declaration == null || declaration.getParentPath() == null) {
        return false;
      }
      Tree parent = declaration.getParentPath().getLeaf();
      if (parent instanceof LambdaExpressionTree) {
        return true;
      }
      if (parent instanceof EnhancedForLoopTree) {
        return ((EnhancedForLoopTree) parent).getVariable() == declaration.getLeaf();
      }
      if (parent instanceof MethodTree) {
        return SecretCatalog.isCallbackMethodName(((MethodTree) parent).getName().toString());
      }
      return false;
    }

    /** The path to the declaration of a local or parameter in the compilation unit being checked, or {@code null}. */
    private TreePath declarationOf(VarSymbol variable) {
      TreePath[] found = new TreePath[1];
      new TreePathScanner<Void, Void>() {
        @Override
        public Void visitVariable(VariableTree tree, Void unused) {
          if (found[0] == null && ASTHelpers.getSymbol(tree) == variable) {
            found[0] = getCurrentPath();
            return null;
          }
          return super.visitVariable(tree, null);
        }
      }.scan(state.getPath().getCompilationUnit(), null);
      return found[0];
    }

    /**
     * A local named like a secret but only ever given values known not to be one: a mask or short prefix
     * ({@code String token = mask(raw)}), a result that only describes a secret ({@code tokenizer.nextToken()}), a
     * literal, or a read of a key that names no secret ({@code String pwd = System.getProperty("user.dir")}).
     */
    private boolean onlyNonSecretValues(VarSymbol variable, int depth) {
      List<ExpressionTree> values = valuesOf(variable);
      if (values.isEmpty()) {
        return false;
      }
      boolean bareToken = SecretCatalog.isBareToken(variable.getSimpleName().toString());
      for (ExpressionTree value : values) {
        if (!isKnownNonSecret(value, bareToken, depth)) {
          return false;
        }
      }
      return true;
    }

    /**
     * {@code bareToken}: the local is called {@code token}, so a piece of content ({@code delta.getContent()}) or a
     * piece cut from a variable that carries no secret ({@code line.substring(6)}) is streamed model output rather
     * than a credential.
     */
    private boolean isKnownNonSecret(ExpressionTree value, boolean bareToken, int depth) {
      if (value.getKind() == Tree.Kind.NULL_LITERAL || ASTHelpers.constValue(value) != null) {
        return true;
      }
      if (!(value instanceof MethodInvocationTree)) {
        return false;
      }
      MethodInvocationTree call = (MethodInvocationTree) value;
      MethodSymbol method = ASTHelpers.getSymbol(call);
      if (method == null) {
        return false;
      }
      String name = method.getSimpleName().toString();
      List<? extends ExpressionTree> arguments = call.getArguments();
      if (SecretCatalog.isKeyedRead(name) && !arguments.isEmpty()) {
        String key = ASTHelpers.constValue(arguments.get(0), String.class);
        return key != null && !catalog.isSecretKey(key);
      }
      return SecretCatalog.isMaskingMethodName(name)
          || (bareToken && arguments.isEmpty() && SecretCatalog.isContentAccessor(name))
          || (bareToken && SecretCatalog.isTextCut(name) && isPlainTextVariable(ASTHelpers.getReceiver(call), depth))
          || catalog.isUserMaskingMethod(method.owner.getQualifiedName().toString(), name)
          || catalog.describesSecretWithoutHoldingIt(name)
          || (name.equals("substring") && keepsOnlyAShortWindow(ASTHelpers.getReceiver(call), arguments));
    }

    /**
     * A local or parameter whose name mentions no secret and that carries none ({@code line} read from a stream), also
     * after further cuts ({@code line.substring(6).trim()}).
     */
    private boolean isPlainTextVariable(ExpressionTree receiver, int depth) {
      for (int cuts = 0; receiver instanceof MethodInvocationTree && cuts < MAX_DEPTH; cuts++) {
        if (!SecretCatalog.isTextCut(nameOf(((MethodInvocationTree) receiver).getMethodSelect()))) {
          return false;
        }
        receiver = ASTHelpers.getReceiver((MethodInvocationTree) receiver);
      }
      return receiver instanceof IdentifierTree
          && ASTHelpers.getSymbol(receiver) instanceof VarSymbol
          && !catalog.mentionsSecret(nameOf(receiver))
          && secretIn(receiver, depth + 1) == null;
    }

    /** Initializer, assignments, {@code +=} and {@code append}/{@code insert} arguments written before the sink. */
    private List<ExpressionTree> valuesOf(VarSymbol variable) {
      List<ExpressionTree> values = new ArrayList<>();
      Tree enclosing = scope();
      if (enclosing == null) {
        return values;
      }
      new TreeScanner<Void, Void>() {
        @Override
        public Void visitVariable(VariableTree tree, Void unused) {
          if (ASTHelpers.getSymbol(tree) == variable && tree.getInitializer() != null) {
            values.add(tree.getInitializer());
          }
          return super.visitVariable(tree, null);
        }

        @Override
        public Void visitAssignment(AssignmentTree tree, Void unused) {
          if (isBeforeSink(tree) && ASTHelpers.getSymbol(tree.getVariable()) == variable) {
            values.add(tree.getExpression());
          }
          return super.visitAssignment(tree, null);
        }

        @Override
        public Void visitCompoundAssignment(CompoundAssignmentTree tree, Void unused) {
          if (isBeforeSink(tree) && ASTHelpers.getSymbol(tree.getVariable()) == variable) {
            values.add(tree.getExpression());
          }
          return super.visitCompoundAssignment(tree, null);
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
          String method = nameOf(tree.getMethodSelect());
          if (isBeforeSink(tree) && isAppend(method) && appendsTo(tree, variable)) {
            values.addAll(tree.getArguments());
          }
          return super.visitMethodInvocation(tree, null);
        }
      }.scan(enclosing, null);
      return values;
    }

    /** {@code sb.append(a)} and each call of {@code sb.append(a).append(b)} append to {@code sb}. */
    private boolean appendsTo(MethodInvocationTree call, VarSymbol variable) {
      ExpressionTree receiver = ASTHelpers.getReceiver(call);
      for (int depth = 0; receiver instanceof MethodInvocationTree && depth < MAX_DEPTH; depth++) {
        MethodInvocationTree inner = (MethodInvocationTree) receiver;
        if (!isAppend(nameOf(inner.getMethodSelect()))) {
          return false;
        }
        receiver = ASTHelpers.getReceiver(inner);
      }
      return receiver != null && ASTHelpers.getSymbol(receiver) == variable;
    }

    private boolean isBeforeSink(Tree tree) {
      return ASTHelpers.getStartPosition(tree) < sinkPosition;
    }

    /** The method (or, outside any method, the class) the logging call sits in; where its locals are declared. */
    private Tree scope() {
      if (scope == null) {
        for (TreePath path = state.getPath(); path != null; path = path.getParentPath()) {
          Tree leaf = path.getLeaf();
          if (leaf instanceof MethodTree || leaf instanceof ClassTree) {
            scope = leaf;
            break;
          }
        }
      }
      return scope;
    }

    /** With types, only text can hold a secret: a number, boolean, date or duration never does. */
    private boolean mayHoldSecretText(Type type) {
      if (type == null || type.isErroneous()) {
        return true;
      }
      if (type.getTag() == TypeTag.ARRAY) {
        Type component = state.getTypes().elemtype(type);
        return component != null && (component.getTag() == TypeTag.CHAR || component.getTag() == TypeTag.BYTE);
      }
      if (type.isPrimitive()) {
        return false;
      }
      Type erased = state.getTypes().erasure(type);
      return ASTHelpers.isSameType(erased, state.getSymtab().objectType, state)
          || ASTHelpers.isSubtype(erased, state.getTypeFromString("java.lang.CharSequence"), state);
    }

    /** {@code @Value("${openai.api-key}")} on a field or parameter. */
    private boolean injectsSecret(VarSymbol variable) {
      String expression = annotationValue(variable, "Value");
      return catalog.isSecretKey(SecretCatalog.placeholderKey(expression));
    }

    /** {@code @RequestHeader("Authorization")}, {@code @HeaderParam(HttpHeaders.AUTHORIZATION)} on a parameter. */
    private boolean injectsSecretHeader(VarSymbol variable) {
      for (Attribute.Compound annotation : variable.getAnnotationMirrors()) {
        if (SecretCatalog.isHeaderAnnotation(annotation.type.tsym.getSimpleName().toString())) {
          String header = elementString(annotation, "value");
          if (header == null || header.isEmpty()) {
            header = elementString(annotation, "name");
          }
          if (SecretCatalog.secretHeader(header) != null) {
            return true;
          }
        }
      }
      return false;
    }

    private String annotationValue(VarSymbol variable, String simpleName) {
      for (Attribute.Compound annotation : variable.getAnnotationMirrors()) {
        if (annotation.type.tsym.getSimpleName().contentEquals(simpleName)) {
          return elementString(annotation, "value");
        }
      }
      return null;
    }

    private String elementString(Attribute.Compound annotation, String element) {
      for (Map.Entry<? extends ExecutableElement, ? extends javax.lang.model.element.AnnotationValue> entry :
          annotation.getElementValues().entrySet()) {
        if (entry.getKey().getSimpleName().contentEquals(element) && entry.getValue().getValue() instanceof String) {
          return (String) entry.getValue().getValue();
        }
      }
      return null;
    }
  }

  private static boolean isAppend(String methodName) {
    return "append".equals(methodName) || "insert".equals(methodName);
  }

  private static String nameOf(ExpressionTree expression) {
    if (expression instanceof IdentifierTree) {
      return ((IdentifierTree) expression).getName().toString();
    }
    if (expression instanceof MemberSelectTree) {
      return ((MemberSelectTree) expression).getIdentifier().toString();
    }
    return null;
  }
}
