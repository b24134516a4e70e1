package dev.tracelint.pmd;

import dev.tracelint.catalog.CatalogConfigurationException;
import dev.tracelint.catalog.LoggingSinks;
import dev.tracelint.catalog.SecretCatalog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.sourceforge.pmd.lang.java.ast.ASTAnnotation;
import net.sourceforge.pmd.lang.java.ast.ASTArrayAllocation;
import net.sourceforge.pmd.lang.java.ast.ASTArrayInitializer;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.ASTNamedReferenceExpr;
import net.sourceforge.pmd.lang.java.ast.ASTAssignmentExpression;
import net.sourceforge.pmd.lang.java.ast.ASTCastExpression;
import net.sourceforge.pmd.lang.java.ast.ASTConditionalExpression;
import net.sourceforge.pmd.lang.java.ast.ASTConstructorCall;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTFieldAccess;
import net.sourceforge.pmd.lang.java.ast.ASTInfixExpression;
import net.sourceforge.pmd.lang.java.ast.ASTLambdaExpression;
import net.sourceforge.pmd.lang.java.ast.ASTMemberValue;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTMethodDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTNullLiteral;
import net.sourceforge.pmd.lang.java.ast.ASTType;
import net.sourceforge.pmd.lang.java.ast.ASTTypeExpression;
import net.sourceforge.pmd.lang.java.ast.ASTVariableAccess;
import net.sourceforge.pmd.lang.java.ast.ASTVariableId;
import net.sourceforge.pmd.lang.java.ast.Annotatable;
import net.sourceforge.pmd.lang.java.ast.AssignmentOp;
import net.sourceforge.pmd.lang.java.ast.BinaryOp;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.rule.AbstractJavaRulechainRule;
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;
import net.sourceforge.pmd.lang.java.symbols.JExecutableSymbol;
import net.sourceforge.pmd.lang.java.symbols.JFieldSymbol;
import net.sourceforge.pmd.lang.java.symbols.JTypeDeclSymbol;
import net.sourceforge.pmd.lang.java.symbols.JVariableSymbol;
import net.sourceforge.pmd.lang.java.types.JArrayType;
import net.sourceforge.pmd.lang.java.types.JMethodSig;
import net.sourceforge.pmd.lang.java.types.JPrimitiveType.PrimitiveTypeKind;
import net.sourceforge.pmd.lang.java.types.JTypeMirror;
import net.sourceforge.pmd.lang.java.types.TypeOps;
import net.sourceforge.pmd.lang.java.types.TypeTestUtil;
import net.sourceforge.pmd.properties.PropertyDescriptor;
import net.sourceforge.pmd.properties.PropertyFactory;
import net.sourceforge.pmd.reporting.RuleContext;

/**
 * PMD face of FullSecretLogged: a logging or printing call whose message or arguments carry a secret's full value.
 * Judges exactly what the Error Prone check judges, through the same {@link SecretCatalog}; without an auxclasspath,
 * unresolved types fall back to names (a logger called {@code log}, a variable called {@code apiKey}).
 */
public class FullSecretLoggedRule extends AbstractJavaRulechainRule {

  static final PropertyDescriptor<String> SECRET_NAMES = PropertyFactory.stringProperty("secretNames")
      .desc("A Java regular expression searched in identifiers and keys that marks further secret names; extends "
          + "the defaults")
      .defaultValue("")
      .build();

  static final PropertyDescriptor<String> MASKING_METHODS = PropertyFactory.stringProperty("maskingMethods")
      .desc("Comma-separated OWNER#method entries of in-house methods that mask, hash or shorten a secret")
      .defaultValue("")
      .build();

  /** Deep enough for any realistic message expression; deeper shapes are given up on, never crashed on. */
  private static final int MAX_DEPTH = 24;

  private static final Set<String> SINK_METHOD_NAMES = LoggingSinks.methodNames();

  private SecretCatalog catalog;

  public FullSecretLoggedRule() {
    super(ASTMethodCall.class);
    definePropertyDescriptor(SECRET_NAMES);
    definePropertyDescriptor(MASKING_METHODS);
  }

  @Override
  public void start(RuleContext ctx) {
    catalog = catalogFromProperties();
  }

  /** A malformed option makes the rule dysfunctional with the catalogue's message, which names the entry. */
  @Override
  public String dysfunctionReason() {
    try {
      catalogFromProperties();
    } catch (CatalogConfigurationException e) {
      return e.getMessage();
    }
    return super.dysfunctionReason();
  }

  private SecretCatalog catalogFromProperties() {
    return SecretCatalog.withUserEntries(
        "FullSecretLogged:secretNames", getProperty(SECRET_NAMES),
        "FullSecretLogged:maskingMethods", getProperty(MASKING_METHODS));
  }

  @Override
  public Object visit(ASTMethodCall call, Object data) {
    if (catalog == null || !SINK_METHOD_NAMES.contains(call.getMethodName()) || !isSink(call)) {
      return data;
    }
    Flow flow = new Flow(call);
    for (ASTExpression argument : call.getArguments()) {
      String subject = flow.secretIn(argument, 0);
      if (subject != null) {
        ReportPositions.reportAtMethodName((RuleContext) data, this, call, SecretCatalog.message(subject));
        return data;
      }
    }
    return data;
  }

  private static boolean isSink(ASTMethodCall call) {
    ASTExpression receiver = call.getQualifier();
    if (receiver == null || receiver instanceof ASTTypeExpression) {
      return false;
    }
    String name = call.getMethodName();
    if (LoggingSinks.isSink(LoggingSinks.PRINT_STREAM, name) && isConsole(receiver)) {
      return true;
    }
    for (String owner : LoggingSinks.ownerTypes()) {
      if (!owner.equals(LoggingSinks.PRINT_STREAM) && LoggingSinks.isSink(owner, name)
          && TypeTestUtil.isA(owner, receiver)) {
        return true;
      }
    }
    return isUnknown(receiver.getTypeMirror()) && LoggingSinks.isLoggerSinkName(name) && looksLikeLogger(receiver);
  }

  /** Without types: {@code log.info}, {@code LOGGER.warn}, {@code log.atInfo().log}, {@code getLogger(..).info}. */
  private static boolean looksLikeLogger(ASTExpression receiver) {
    if (receiver instanceof ASTNamedReferenceExpr) {
      ASTNamedReferenceExpr reference = (ASTNamedReferenceExpr) receiver;
      if (LoggingSinks.isLoggerName(reference.getName())) {
        return true;
      }
      JVariableSymbol symbol = reference.getReferencedSym();
      JavaNode declaration = symbol == null ? null : symbol.tryGetNode();
      if (declaration instanceof ASTVariableId) {
        ASTType type = ((ASTVariableId) declaration).getTypeNode();
        return type != null && LoggingSinks.isLoggerTypeSimpleName(simpleName(type.getText().toString()));
      }
      return false;
    }
    if (receiver instanceof ASTMethodCall) {
      String step = ((ASTMethodCall) receiver).getMethodName();
      return LoggingSinks.isFluentBuilderStep(step) || step.equals("getLogger") || step.equals("getLog");
    }
    return false;
  }

  /** {@code System.out} or {@code System.err}: other print streams may write anywhere, so they are not judged. */
  private static boolean isConsole(ASTExpression receiver) {
    if (!(receiver instanceof ASTFieldAccess)) {
      return false;
    }
    ASTFieldAccess field = (ASTFieldAccess) receiver;
    ASTExpression owner = field.getQualifier();
    return LoggingSinks.isConsoleField(field.getName())
        && owner instanceof ASTTypeExpression
        && TypeTestUtil.isExactlyA(System.class, owner);
  }

  private static boolean isUnknown(JTypeMirror type) {
    return type == null || type == type.getTypeSystem().UNKNOWN || TypeOps.isUnresolved(type);
  }

  private static String simpleName(String typeText) {
    String raw = typeText.contains("<") ? typeText.substring(0, typeText.indexOf('<')) : typeText;
    return raw.substring(raw.lastIndexOf('.') + 1).trim();
  }

  /** Follows one logging call's arguments back to a secret source, naming the first one found. */
  private final class Flow {
    private final int sinkOffset;
    private final Set<ASTVariableId> visiting = new HashSet<>();

    Flow(ASTMethodCall sink) {
      this.sinkOffset = sink.getTextRegion().getStartOffset();
    }

    String secretIn(ASTExpression expression, int depth) {
      if (expression == null || depth > MAX_DEPTH) {
        return null;
      }
      if (expression instanceof ASTCastExpression) {
        return secretIn(((ASTCastExpression) expression).getOperand(), depth + 1);
      }
      if (expression instanceof ASTConditionalExpression) {
        ASTConditionalExpression conditional = (ASTConditionalExpression) expression;
        return firstOf(depth, List.of(conditional.getThenBranch(), conditional.getElseBranch()));
      }
      if (expression instanceof ASTInfixExpression) {
        ASTInfixExpression infix = (ASTInfixExpression) expression;
        return infix.getOperator() == BinaryOp.ADD
            ? firstOf(depth, List.of(infix.getLeftOperand(), infix.getRightOperand()))
            : null;
      }
      if (expression instanceof ASTLambdaExpression) {
        ASTLambdaExpression lambda = (ASTLambdaExpression) expression;
        return lambda.isExpressionBody() ? secretIn(lambda.getExpressionBody(), depth + 1) : null;
      }
      if (expression instanceof ASTVariableAccess || expression instanceof ASTFieldAccess) {
        return secretInVariable((ASTNamedReferenceExpr) expression, depth);
      }
      if (expression instanceof ASTMethodCall) {
        return secretInCall((ASTMethodCall) expression, depth);
      }
      if (expression instanceof ASTArrayAllocation) {
        // JUL's log(Level, String, Object[]) and explicit varargs arrays: new Object[] {baseUrl, apiKey}
        ASTArrayInitializer elements = ((ASTArrayAllocation) expression).getArrayInitializer();
        return elements == null ? null : firstOf(depth, elements.children(ASTExpression.class).toList());
      }
      if (expression instanceof ASTConstructorCall) {
        ASTConstructorCall constructor = (ASTConstructorCall) expression;
        if (SecretCatalog.isPassThroughConstructor(constructor.getTypeNode().getSimpleName())) {
          return firstOf(depth, constructor.getArguments().toList());
        }
      }
      return null;
    }

    private String firstOf(int depth, List<ASTExpression> expressions) {
      for (ASTExpression expression : expressions) {
        String subject = secretIn(expression, depth + 1);
        if (subject != null) {
          return subject;
        }
      }
      return null;
    }

    private String secretInVariable(ASTNamedReferenceExpr reference, int depth) {
      if (reference.isCompileTimeConstant() || !mayHoldSecretText(reference.getTypeMirror())) {
        // A compile-time constant is a name (an environment variable's, a header's), not a value read at runtime.
        return null;
      }
      String name = reference.getName();
      JVariableSymbol symbol = reference.getReferencedSym();
      if (symbol instanceof JFieldSymbol && ((JFieldSymbol) symbol).getConstValue() != null) {
        return null;
      }
      JavaNode node = symbol == null ? null : symbol.tryGetNode();
      if (!(node instanceof ASTVariableId)) {
        // A field of a library type, or an unresolved symbol: its name is all there is.
        return catalog.isSecretName(name) ? SecretCatalog.variableSubject(name) : null;
      }
      ASTVariableId variable = (ASTVariableId) node;
      if (variable.isField()) {
        return catalog.isSecretName(name) || injectsSecret(variable) ? SecretCatalog.variableSubject(name) : null;
      }
      if (variable.isFormalParameter() || variable.isLambdaParameter()) {
        boolean secretByName = catalog.isSecretName(name)
            && !(SecretCatalog.isBareToken(name) && isStreamedTokenSite(variable));
        return secretByName || injectsSecret(variable) || injectsSecretHeader(variable)
            ? SecretCatalog.variableSubject(name)
            : null;
      }
      if (catalog.isSecretName(name)) {
        boolean vouched = (SecretCatalog.isBareToken(name) && isStreamedTokenSite(variable))
            || onlyNonSecretValues(variable, depth);
        return vouched ? null : SecretCatalog.variableSubject(name);
      }
      return localCarriesSecret(variable, depth) ? SecretCatalog.variableSubject(name) : null;
    }

    private String secretInCall(ASTMethodCall call, int depth) {
      String name = call.getMethodName();
      if (catalog.isUserMaskingMethod(ownerOf(call), name) || SecretCatalog.isMaskingMethodName(name)) {
        return null;
      }
      List<ASTExpression> arguments = call.getArguments().toList();
      // The type PMD infers for a call it could not resolve is a guess (in a varargs position, the array type).
      JTypeMirror result = isUnresolved(call) ? null : call.getTypeMirror();
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
        Object key = arguments.get(0).getConstValue();
        if (key instanceof String && catalog.isSecretKey((String) key) && mayHoldSecretText(result)) {
          return SecretCatalog.keySubject((String) key);
        }
      }
      ASTExpression receiver = call.getQualifier();
      if (arguments.isEmpty() && SecretCatalog.isValueAccessor(name)) {
        String holder = secretHolderName(receiver);
        if (holder != null) {
          return mayHoldSecretText(result) ? SecretCatalog.variableSubject(holder) : null;
        }
      }
      if (name.equals("substring")) {
        return keepsOnlyAShortWindow(arguments) ? null : secretIn(receiver, depth + 1);
      }
      if (!SecretCatalog.isPassThroughCall(name)) {
        return null;
      }
      String inReceiver = secretIn(receiver, depth + 1);
      return inReceiver != null ? inReceiver : firstOf(depth, arguments);
    }

    /**
     * The name of a variable, field or parameter named like a secret whose value a call unwraps
     * ({@code retrievedSecret.getValue()}, {@code apiKey.get()}), whatever its type; a bare {@code token} is too
     * ambiguous (a lexer's or a stream's token) to count.
     */
    private String secretHolderName(ASTExpression receiver) {
      if (!(receiver instanceof ASTVariableAccess || receiver instanceof ASTFieldAccess)) {
        return null;
      }
      String name = ((ASTNamedReferenceExpr) receiver).getName();
      return catalog.isSecretName(name) && !SecretCatalog.isBareToken(name) ? name : null;
    }

    private boolean isUnresolved(ASTMethodCall call) {
      JMethodSig signature = call.getMethodType();
      JExecutableSymbol symbol = signature == null ? null : signature.getSymbol();
      return symbol == null || symbol.isUnresolved();
    }

    /** The declaring type's canonical name, or {@code null} without types (then the method name alone decides). */
    private String ownerOf(ASTMethodCall call) {
      JMethodSig signature = call.getMethodType();
      JExecutableSymbol symbol = signature == null ? null : signature.getSymbol();
      if (symbol == null || symbol.isUnresolved()) {
        return null;
      }
      JClassSymbol owner = symbol.getEnclosingClass();
      return owner == null || owner.isUnresolved() ? null : owner.getCanonicalName();
    }

    /** {@code s.substring(0, 6)}, {@code s.substring(0, Math.min(6, s.length()))}, {@code s.substring(len - 4)}. */
    private boolean keepsOnlyAShortWindow(List<ASTExpression> arguments) {
      if (arguments.size() == 2) {
        return SecretCatalog.isShortPrefix(intValue(arguments.get(0)), shortBound(arguments.get(1)));
      }
      if (arguments.size() == 1 && arguments.get(0) instanceof ASTInfixExpression) {
        ASTInfixExpression minus = (ASTInfixExpression) arguments.get(0);
        return minus.getOperator() == BinaryOp.SUB
            && isLengthCall(minus.getLeftOperand())
            && SecretCatalog.isShortLength(intValue(minus.getRightOperand()));
      }
      return false;
    }

    private Integer shortBound(ASTExpression end) {
      if (end instanceof ASTMethodCall) {
        ASTMethodCall call = (ASTMethodCall) end;
        if (call.getMethodName().equals("min") && call.getQualifier() instanceof ASTTypeExpression
            && TypeTestUtil.isExactlyA(Math.class, call.getQualifier())) {
          for (ASTExpression argument : call.getArguments()) {
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

    private boolean isLengthCall(ASTExpression expression) {
      return expression instanceof ASTMethodCall
          && ((ASTMethodCall) expression).getMethodName().equals("length")
          && ((ASTMethodCall) expression).getArguments().isEmpty();
    }

    private Integer intValue(ASTExpression expression) {
      Object value = expression.getConstValue();
      return value instanceof Integer ? (Integer) value : null;
    }

    /** The catalogue's spelling of the secret header an argument names, by constant value or, failing that, name. */
    private String headerNamedBy(JavaNode argument) {
      Object value = argument instanceof ASTExpression
          ? ((ASTExpression) argument).getConstValue()
          : argument instanceof ASTMemberValue ? ((ASTMemberValue) argument).getConstValue() : null;
      if (value instanceof String) {
        return SecretCatalog.secretHeader((String) value);
      }
      if (argument instanceof ASTNamedReferenceExpr) {
        return SecretCatalog.secretHeaderForConstantName(((ASTNamedReferenceExpr) argument).getName());
      }
      return null;
    }

    private boolean localCarriesSecret(ASTVariableId variable, int depth) {
      if (!visiting.add(variable)) {
        return false;
      }
      try {
        for (ASTExpression value : valuesOf(variable)) {
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
     */
    private boolean isStreamedTokenSite(ASTVariableId variable) {
      if (variable.isLambdaParameter() || variable.isForeachVariable()) {
        return true;
      }
      if (!variable.isFormalParameter()) {
        return false;
      }
      ASTMethodDeclaration method = variable.ancestors(ASTMethodDeclaration.class).first();
      return method != null && SecretCatalog.isCallbackMethodName(method.getName());
    }

    /**
     * A local named like a secret but only ever given values known not to be one: a mask or short prefix
     * ({@code String token = mask(raw)}), a result that only describes a secret ({@code tokenizer.nextToken()}), a
     * literal, or a read of a key that names no secret ({@code String pwd = System.getProperty("user.dir")}).
     */
    private boolean onlyNonSecretValues(ASTVariableId variable, int depth) {
      List<ASTExpression> values = valuesOf(variable);
      if (values.isEmpty()) {
        return false;
      }
      boolean bareToken = SecretCatalog.isBareToken(variable.getName());
      for (ASTExpression value : values) {
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
    private boolean isKnownNonSecret(ASTExpression value, boolean bareToken, int depth) {
      if (value instanceof ASTNullLiteral || value.getConstValue() != null) {
        return true;
      }
      if (!(value instanceof ASTMethodCall)) {
        return false;
      }
      ASTMethodCall call = (ASTMethodCall) value;
      String name = call.getMethodName();
      List<ASTExpression> arguments = call.getArguments().toList();
      if (SecretCatalog.isKeyedRead(name) && !arguments.isEmpty()) {
        Object key = arguments.get(0).getConstValue();
        return key instanceof String && !catalog.isSecretKey((String) key);
      }
      return SecretCatalog.isMaskingMethodName(name)
          || (bareToken && arguments.isEmpty() && SecretCatalog.isContentAccessor(name))
          || (bareToken && SecretCatalog.isTextCut(name) && isPlainTextVariable(call.getQualifier(), depth))
          || catalog.isUserMaskingMethod(ownerOf(call), name)
          || catalog.describesSecretWithoutHoldingIt(name)
          || (name.equals("substring") && keepsOnlyAShortWindow(arguments));
    }

    /**
     * A local or parameter whose name mentions no secret and that carries none ({@code line} read from a stream), also
     * after further cuts ({@code line.substring(6).trim()}).
     */
    private boolean isPlainTextVariable(ASTExpression receiver, int depth) {
      for (int cuts = 0; receiver instanceof ASTMethodCall && cuts < MAX_DEPTH; cuts++) {
        if (!SecretCatalog.isTextCut(((ASTMethodCall) receiver).getMethodName())) {
          return false;
        }
        receiver = ((ASTMethodCall) receiver).getQualifier();
      }
      return receiver instanceof ASTVariableAccess
          && !catalog.mentionsSecret(((ASTVariableAccess) receiver).getName())
          && secretIn(receiver, depth + 1) == null;
    }

    /** Initializer, assignments, {@code +=} and {@code append}/{@code insert} arguments written before the sink. */
    private List<ASTExpression> valuesOf(ASTVariableId variable) {
      List<ASTExpression> values = new ArrayList<>();
      if (variable.getInitializer() != null) {
        values.add(variable.getInitializer());
      }
      if (!variable.isLocalVariable()) {
        return values;
      }
      for (ASTNamedReferenceExpr usage : variable.getLocalUsages()) {
        if (usage.getTextRegion().getStartOffset() >= sinkOffset) {
          continue;
        }
        JavaNode parent = usage.getParent();
        if (parent instanceof ASTAssignmentExpression && ((ASTAssignmentExpression) parent).getLeftOperand() == usage) {
          ASTAssignmentExpression assignment = (ASTAssignmentExpression) parent;
          if (assignment.getOperator() == AssignmentOp.ASSIGN || assignment.getOperator() == AssignmentOp.ADD_ASSIGN) {
            values.add(assignment.getRightOperand());
          }
        }
        JavaNode receiver = usage;
        for (int depth = 0; depth < MAX_DEPTH && receiver.getParent() instanceof ASTMethodCall; depth++) {
          ASTMethodCall call = (ASTMethodCall) receiver.getParent();
          if (call.getQualifier() != receiver || !isAppend(call.getMethodName())) {
            break;
          }
          values.addAll(call.getArguments().toList());
          receiver = call;
        }
      }
      return values;
    }

    /**
     * With types, only text can hold a secret: a number, boolean, date or duration never does. A class type that did
     * not resolve (a library missing from the auxclasspath) is not {@code String} or {@code StringBuilder}, which
     * always resolve, so a variable declared with it is judged as Error Prone judges it: not text.
     */
    private boolean mayHoldSecretText(JTypeMirror type) {
      if (isDeclaredWithUnresolvedClass(type)) {
        return false;
      }
      if (isUnknown(type)) {
        return true;
      }
      if (type.isArray()) {
        JTypeMirror component = ((JArrayType) type).getComponentType();
        return component.isPrimitive(PrimitiveTypeKind.CHAR) || component.isPrimitive(PrimitiveTypeKind.BYTE);
      }
      if (type.isPrimitive()) {
        return false;
      }
      JTypeMirror erased = type.getErasure();
      if (erased.isTop()) {
        return true;
      }
      for (JTypeMirror supertype : erased.getSuperTypeSet()) {
        JTypeDeclSymbol symbol = supertype.getSymbol();
        if (symbol instanceof JClassSymbol
            && "java.lang.CharSequence".equals(((JClassSymbol) symbol).getBinaryName())) {
          return true;
        }
      }
      return false;
    }

    /** A named class type that did not resolve; not the unknown type PMD gives an expression it cannot type. */
    private boolean isDeclaredWithUnresolvedClass(JTypeMirror type) {
      return type != null
          && type != type.getTypeSystem().UNKNOWN
          && TypeOps.isUnresolved(type)
          && type.getSymbol() instanceof JClassSymbol
          && !((JClassSymbol) type.getSymbol()).getSimpleName().isEmpty();
    }

    /** {@code @Value("${openai.api-key}")} on a field or parameter. */
    private boolean injectsSecret(ASTVariableId variable) {
      for (ASTAnnotation annotation : annotationsOf(variable)) {
        if (annotation.getSimpleName().equals("Value")) {
          ASTMemberValue value = annotation.getAttribute("value");
          Object text = value == null ? null : value.getConstValue();
          return text instanceof String && catalog.isSecretKey(SecretCatalog.placeholderKey((String) text));
        }
      }
      return false;
    }

    /** {@code @RequestHeader("Authorization")}, {@code @HeaderParam(HttpHeaders.AUTHORIZATION)} on a parameter. */
    private boolean injectsSecretHeader(ASTVariableId variable) {
      for (ASTAnnotation annotation : annotationsOf(variable)) {
        if (SecretCatalog.isHeaderAnnotation(annotation.getSimpleName())) {
          for (String element : List.of("value", "name")) {
            ASTMemberValue value = annotation.getAttribute(element);
            if (value != null && headerNamedBy(value) != null) {
              return true;
            }
          }
        }
      }
      return false;
    }

    private List<ASTAnnotation> annotationsOf(ASTVariableId variable) {
      Annotatable declaration = variable.ancestors().filterIs(Annotatable.class).first();
      return declaration == null ? List.of() : declaration.getDeclaredAnnotations().toList();
    }
  }

  private static boolean isAppend(String methodName) {
    return "append".equals(methodName) || "insert".equals(methodName);
  }
}
