package dev.tracelint.pmd;

import dev.tracelint.catalog.BlockingCallCatalog;
import dev.tracelint.catalog.BlockingCallCatalog.Kind;
import dev.tracelint.catalog.BlockingCallCatalog.TelemetryCall;
import dev.tracelint.catalog.CatalogConfigurationException;
import dev.tracelint.catalog.MethodRef;
import dev.tracelint.catalog.RequestPathCatalog;
import dev.tracelint.catalog.RequestPathCatalog.HandlerOverride;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.sourceforge.pmd.lang.ast.Node;
import net.sourceforge.pmd.lang.java.ast.ASTAmbiguousName;
import net.sourceforge.pmd.lang.java.ast.ASTAnnotation;
import net.sourceforge.pmd.lang.java.ast.ASTArgumentList;
import net.sourceforge.pmd.lang.java.ast.ASTBlock;
import net.sourceforge.pmd.lang.java.ast.ASTClassType;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.ast.ASTConstructorCall;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTFieldAccess;
import net.sourceforge.pmd.lang.java.ast.ASTFormalParameter;
import net.sourceforge.pmd.lang.java.ast.ASTImportDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTLambdaExpression;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTMethodDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTThisExpression;
import net.sourceforge.pmd.lang.java.ast.ASTTypeDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTTypeExpression;
import net.sourceforge.pmd.lang.java.ast.ASTVariableAccess;
import net.sourceforge.pmd.lang.java.ast.ASTVariableId;
import net.sourceforge.pmd.lang.java.ast.JModifier;
import net.sourceforge.pmd.lang.java.rule.AbstractJavaRulechainRule;
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;
import net.sourceforge.pmd.lang.java.symbols.JExecutableSymbol;
import net.sourceforge.pmd.lang.java.symbols.JLocalVariableSymbol;
import net.sourceforge.pmd.lang.java.symbols.JVariableSymbol;
import net.sourceforge.pmd.lang.java.symbols.SymbolicValue.SymAnnot;
import net.sourceforge.pmd.lang.java.types.JClassType;
import net.sourceforge.pmd.lang.java.types.JMethodSig;
import net.sourceforge.pmd.lang.java.types.JTypeMirror;
import net.sourceforge.pmd.lang.java.types.OverloadSelectionResult;
import net.sourceforge.pmd.lang.java.types.TypeTestUtil;
import net.sourceforge.pmd.properties.PropertyDescriptor;
import net.sourceforge.pmd.properties.PropertyFactory;
import net.sourceforge.pmd.reporting.RuleContext;

/**
 * Flags a request handler that waits for telemetry to be exported: a synchronous flush, export, close or shutdown of
 * the tracing pipeline, written in the handler or in a private or final helper it calls. The PMD face of the Error
 * Prone check {@code BlockingIngestOnRequestPath}; without an auxclasspath it matches the types a file imports by name.
 */
public class BlockingIngestOnRequestPathRule extends AbstractJavaRulechainRule {

  static final PropertyDescriptor<String> HANDLER_ANNOTATIONS = PropertyFactory.stringProperty("handlerAnnotations")
      .desc("Extra annotation types (fully qualified, comma-separated) that make a method a request handler")
      .defaultValue("")
      .build();

  static final PropertyDescriptor<String> BLOCKING_CALLS = PropertyFactory.stringProperty("blockingCalls")
      .desc("Extra blocking telemetry calls as OWNER#method entries, comma-separated, e.g. "
          + "com.example.agent.AgentTracer#flush")
      .defaultValue("")
      .build();

  private static final String RULE_NAME = "BlockingIngestOnRequestPath";

  /** Meta-annotations are followed this deep, as in the Error Prone check. */
  private static final int MAX_META_ANNOTATION_DEPTH = 3;

  /** Telemetry call chains named in messages are cut to this many calls, as in the Error Prone check. */
  private static final int MAX_DESCRIBED_CALLS = 3;

  private RequestPathCatalog requestPaths;
  private BlockingCallCatalog blockingCalls;

  public BlockingIngestOnRequestPathRule() {
    super(ASTMethodDeclaration.class);
    definePropertyDescriptor(HANDLER_ANNOTATIONS);
    definePropertyDescriptor(BLOCKING_CALLS);
  }

  /** A malformed option makes PMD drop the rule with this reason, which names the option and the entry. */
  @Override
  public String dysfunctionReason() {
    try {
      handlerCatalog();
      callCatalog();
      return super.dysfunctionReason();
    } catch (CatalogConfigurationException e) {
      return e.getMessage();
    }
  }

  @Override
  public void start(RuleContext ctx) {
    requestPaths = handlerCatalog();
    blockingCalls = callCatalog();
  }

  private RequestPathCatalog handlerCatalog() {
    return RequestPathCatalog.withUserEntries(
        RULE_NAME + ":" + RequestPathCatalog.HANDLER_ANNOTATIONS_OPTION, getProperty(HANDLER_ANNOTATIONS));
  }

  private BlockingCallCatalog callCatalog() {
    return BlockingCallCatalog.withUserEntries(
        RULE_NAME + ":" + BlockingCallCatalog.BLOCKING_CALLS_OPTION, getProperty(BLOCKING_CALLS));
  }

  @Override
  public Object visit(ASTMethodDeclaration method, Object data) {
    ASTBlock body = method.getBody();
    ASTTypeDeclaration owner = method.getEnclosingType();
    if (body == null || owner == null || !isRequestHandler(method, owner) || isTestCode(method)) {
      return data;
    }
    RuleContext ctx = (RuleContext) data;
    Set<ASTMethodDeclaration> onPath = new HashSet<>();
    onPath.add(method);
    for (ASTMethodCall call : callsOnRequestThread(body)) {
      String blocking = blockingCallAt(call);
      if (blocking != null) {
        ReportPositions.reportAtMethodName(ctx, this, call,
            BlockingCallCatalog.message(blocking, method.getName()));
        continue;
      }
      ASTMethodDeclaration helper = followableHelper(call, owner, 0, onPath);
      String reached = helper == null ? null : blockingCallIn(helper, owner, 1, onPath);
      if (reached != null) {
        ReportPositions.reportAtMethodName(ctx, this, call,
            BlockingCallCatalog.helperMessage(helper.getName(), reached, method.getName()));
      }
    }
    return data;
  }

  // ---------------------------------------------------------------------------------------------- request handlers

  private boolean isRequestHandler(ASTMethodDeclaration method, ASTTypeDeclaration owner) {
    if (method.hasModifiers(JModifier.STATIC) || owner.isInterface() || owner.isAnnotation()
        || annotatedWithAny(method.getDeclaredAnnotations().toList(), requestPaths.exemptAnnotations())) {
      return false;
    }
    if (isAnnotatedHandler(method.getDeclaredAnnotations().toList(), owner)) {
      return true;
    }
    JMethodSig overridden = method.getOverriddenMethod();
    // JAX-RS and Spring inherit mapping annotations from the interface method a class implements.
    if (overridden != null && isAnnotatedHandler(overridden.getSymbol(), owner)) {
      return true;
    }
    if (overridesSomething(method, owner)) {
      for (HandlerOverride override : requestPaths.handlerOverrides()) {
        if (override.methods().contains(method.getName()) && isSubtypeOf(owner, override.supertype())) {
          return true;
        }
      }
    }
    return isGrpcServiceMethod(method, owner);
  }

  /**
   * Whether a method overrides one of its class's supertypes, as the Error Prone check asks: only an override serves
   * the request, not an overload such as {@code handle(String)} next to {@code handle(ServerRequest)}. When a supertype
   * is unknown (no auxclasspath), a non-private method counts unless a same-named method of the class says
   * {@code @Override} and it does not.
   */
  private static boolean overridesSomething(ASTMethodDeclaration method, ASTTypeDeclaration owner) {
    if (method.hasModifiers(JModifier.PRIVATE)) {
      return false;
    }
    if (method.getOverriddenMethod() != null) {
      return true;
    }
    if (owner.getTypeMirror().getSuperTypeSet().stream().noneMatch(BlockingIngestOnRequestPathRule::isUnresolvedClass)) {
      return false;
    }
    return method.isAnnotationPresent(Override.class)
        || owner.getDeclarations(ASTMethodDeclaration.class)
            .none(other -> other != method && other.getName().equals(method.getName())
                && other.isAnnotationPresent(Override.class));
  }

  private boolean isAnnotatedHandler(List<ASTAnnotation> annotations, ASTTypeDeclaration owner) {
    return annotatedWithAny(annotations, requestPaths.handlerAnnotations())
        || (annotatedWithAny(annotations, requestPaths.controllerMethodAnnotations())
            && annotatedWithAny(owner.getDeclaredAnnotations().toList(), requestPaths.controllerTypeAnnotations()));
  }

  private boolean isAnnotatedHandler(JExecutableSymbol superMethod, ASTTypeDeclaration owner) {
    if (superMethod == null) {
      return false;
    }
    if (symbolAnnotatedWithAny(superMethod.getDeclaredAnnotations(), requestPaths.handlerAnnotations(), 0,
        new HashSet<>())) {
      return true;
    }
    return symbolAnnotatedWithAny(superMethod.getDeclaredAnnotations(), requestPaths.controllerMethodAnnotations(), 0,
        new HashSet<>())
        && annotatedWithAny(owner.getDeclaredAnnotations().toList(), requestPaths.controllerTypeAnnotations());
  }

  /**
   * Whether one of {@code annotations} is one of {@code names}: by its type (which, without an auxclasspath, is the
   * name its import gives it) or, where the annotation type resolves, through its meta-annotations.
   */
  private static boolean annotatedWithAny(List<ASTAnnotation> annotations, Set<String> names) {
    for (ASTAnnotation annotation : annotations) {
      for (String name : names) {
        if (isNamed(name, annotation.getTypeNode())) {
          return true;
        }
      }
      JTypeMirror type = annotation.getTypeMirror();
      if (type.getSymbol() instanceof JClassSymbol && !type.getSymbol().isUnresolved()) {
        JClassSymbol symbol = (JClassSymbol) type.getSymbol();
        if (metaAnnotatedWithAny(symbol, names, 0, new HashSet<>())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean metaAnnotatedWithAny(JClassSymbol annotationType, Set<String> names, int depth,
      Set<String> seen) {
    if (depth >= MAX_META_ANNOTATION_DEPTH || annotationType.getCanonicalName() == null
        || annotationType.getCanonicalName().startsWith("java.lang.") || !seen.add(annotationType.getCanonicalName())) {
      return false;
    }
    return symbolAnnotatedWithAny(annotationType.getDeclaredAnnotations(), names, depth + 1, seen);
  }

  private static boolean symbolAnnotatedWithAny(Set<SymAnnot> annotations, Set<String> names, int depth,
      Set<String> seen) {
    for (SymAnnot annotation : annotations) {
      JClassSymbol type = annotation.getAnnotationSymbol();
      if (type == null || type.getCanonicalName() == null) {
        continue;
      }
      if (names.contains(type.getCanonicalName()) || metaAnnotatedWithAny(type, names, depth, seen)) {
        return true;
      }
    }
    return false;
  }

  /** By the resolved type hierarchy, or, without one, by a supertype the declaration names through an import. */
  private static boolean isSubtypeOf(ASTTypeDeclaration owner, String supertype) {
    if (TypeTestUtil.isA(supertype, owner)) {
      return true;
    }
    ASTClassType superclass = owner.getSuperClassTypeNode();
    return (superclass != null && isNamed(supertype, superclass))
        || owner.getSuperInterfaceTypeNodes().any(type -> isNamed(supertype, type));
  }

  /**
   * Whether a type written in the source is {@code qualifiedName} (or a subtype, where types resolve). Without types,
   * a simple name counts when the file imports it by name or imports its package on demand
   * ({@code import org.springframework.web.bind.annotation.*;}), the usual style of controllers and resources.
   */
  private static boolean isNamed(String qualifiedName, ASTClassType type) {
    if (type == null) {
      return false;
    }
    if (TypeTestUtil.isA(qualifiedName, type)) {
      return true;
    }
    if (!isUnknown(type.getTypeMirror()) || type.getQualifier() != null || type.isFullyQualified()
        || !type.getSimpleName().equals(RequestPathCatalog.simpleName(qualifiedName))) {
      return false;
    }
    return importsOnDemand(type, qualifiedName.substring(0, qualifiedName.lastIndexOf('.')));
  }

  private static boolean isGrpcServiceMethod(ASTMethodDeclaration method, ASTTypeDeclaration owner) {
    boolean takesObserver = method.getFormalParameters().toStream()
        .map(ASTFormalParameter::getTypeNode)
        .any(type -> TypeTestUtil.isA(RequestPathCatalog.GRPC_STREAM_OBSERVER, type)
            || (type instanceof ASTClassType && isNamed(RequestPathCatalog.GRPC_STREAM_OBSERVER, (ASTClassType) type)));
    if (!takesObserver) {
      return false;
    }
    ASTClassType superclassNode = owner.getSuperClassTypeNode();
    if (superclassNode != null && RequestPathCatalog.isGrpcServiceBase(superclassNode.getSimpleName())) {
      return true;
    }
    JClassType superclass = owner.getTypeMirror().getSuperClass();
    for (int hops = 0; superclass != null && hops < 10; hops++, superclass = superclass.getSuperClass()) {
      if (RequestPathCatalog.isGrpcServiceBase(superclass.getSymbol().getSimpleName())) {
        return true;
      }
    }
    return false;
  }

  /** Test sources and files that declare test methods hold stub handlers, not request paths. */
  private static boolean isTestCode(ASTMethodDeclaration method) {
    ASTCompilationUnit unit = method.getRoot();
    if (RequestPathCatalog.isTestSourcePath(unit.getTextDocument().getFileId().getAbsolutePath())) {
      return true;
    }
    return unit.descendants(ASTAnnotation.class).crossFindBoundaries()
        .any(annotation -> annotation.getParent() != null
            && annotation.getParent().getParent() instanceof ASTMethodDeclaration
            && RequestPathCatalog.isTestAnnotationSimpleName(annotation.getSimpleName()));
  }

  // ---------------------------------------------------------------------------------------- code on the request thread

  /**
   * The calls of a body that run on the request thread, in source order: not those in anonymous or local classes nor
   * in lambdas, except lambdas passed to a call that runs them in place.
   */
  private static List<ASTMethodCall> callsOnRequestThread(ASTBlock body) {
    return body.descendants(ASTMethodCall.class)
        .crossFindBoundaries()
        .filter(call -> runsOnSameThread(call, body))
        .toList();
  }

  private static boolean runsOnSameThread(Node call, ASTBlock body) {
    for (Node node = call.getParent(); node != null && node != body; node = node.getParent()) {
      if (node instanceof ASTTypeDeclaration) {
        return false;
      }
      if (node instanceof ASTLambdaExpression && !runsInPlace((ASTLambdaExpression) node)) {
        return false;
      }
    }
    return true;
  }

  private static boolean runsInPlace(ASTLambdaExpression lambda) {
    Node parent = lambda.getParent();
    return parent instanceof ASTArgumentList && parent.getParent() instanceof ASTMethodCall
        && RequestPathCatalog.runsLambdaInPlace(((ASTMethodCall) parent.getParent()).getMethodName());
  }

  /** A private or final method of {@code owner} called on {@code this}, not itself a handler, within the depth. */
  private ASTMethodDeclaration followableHelper(ASTMethodCall call, ASTTypeDeclaration owner, int depth,
      Set<ASTMethodDeclaration> onPath) {
    if (depth >= RequestPathCatalog.MAX_HELPER_DEPTH) {
      return null;
    }
    ASTExpression receiver = call.getQualifier();
    if (receiver != null && !isThis(receiver)) {
      return null;
    }
    ASTMethodDeclaration helper = calledMethodOf(call, owner);
    if (helper == null || onPath.contains(helper) || helper.getBody() == null) {
      return null;
    }
    boolean notOverridable = helper.hasModifiers(JModifier.PRIVATE) || helper.hasModifiers(JModifier.FINAL)
        || owner.isFinal();
    return notOverridable && !isRequestHandler(helper, owner) ? helper : null;
  }

  /** The declaration in {@code owner} a call resolves to; without types, the only one of that name and arity. */
  private static ASTMethodDeclaration calledMethodOf(ASTMethodCall call, ASTTypeDeclaration owner) {
    OverloadSelectionResult selection = call.getOverloadSelectionInfo();
    if (!selection.isFailed()) {
      Node declaration = selection.getMethodType().getSymbol().tryGetNode();
      return declaration instanceof ASTMethodDeclaration
          && ((ASTMethodDeclaration) declaration).getEnclosingType() == owner
          ? (ASTMethodDeclaration) declaration : null;
    }
    List<ASTMethodDeclaration> candidates = owner.getDeclarations(ASTMethodDeclaration.class)
        .filter(declaration -> declaration.getName().equals(call.getMethodName())
            && declaration.getArity() == call.getArguments().size())
        .toList();
    return candidates.size() == 1 ? candidates.get(0) : null;
  }

  private String blockingCallIn(ASTMethodDeclaration helper, ASTTypeDeclaration owner, int depth,
      Set<ASTMethodDeclaration> onPath) {
    Set<ASTMethodDeclaration> path = new HashSet<>(onPath);
    path.add(helper);
    for (ASTMethodCall call : callsOnRequestThread(helper.getBody())) {
      String blocking = blockingCallAt(call);
      if (blocking != null) {
        return blocking;
      }
      ASTMethodDeclaration nested = followableHelper(call, owner, depth, path);
      String reached = nested == null ? null : blockingCallIn(nested, owner, depth + 1, path);
      if (reached != null) {
        return reached;
      }
    }
    return null;
  }

  // ------------------------------------------------------------------------------------------------ blocking calls

  /** The description of the blocking call at {@code call}, or {@code null} when it does not block on telemetry. */
  private String blockingCallAt(ASTMethodCall call) {
    String name = call.getMethodName();
    ASTExpression receiver = call.getQualifier();
    if (BlockingCallCatalog.isWaitName(name) && receiver != null && isWaitOnTelemetry(call, receiver)) {
      return BlockingCallCatalog.describeWait(describe(receiver, MAX_DESCRIBED_CALLS), name);
    }
    TelemetryCall telemetry = telemetryCall(call);
    if (telemetry == null || !blocksByItself(telemetry, call) || exportsNothing(receiver)) {
      return null;
    }
    return describe(call, MAX_DESCRIBED_CALLS);
  }

  /**
   * Whether the receiver is a catalogued non-exporting type: by its type, or, for a local variable declared with a
   * wider type ({@code MeterRegistry scratch = new SimpleMeterRegistry()}), by the type its initializer constructs.
   */
  private static boolean exportsNothing(ASTExpression receiver) {
    if (receiver == null) {
      return false;
    }
    ASTExpression source = sourceOf(receiver);
    for (String quiet : BlockingCallCatalog.nonExportingReceivers()) {
      if (isOfType(quiet, receiver) || (source instanceof ASTConstructorCall && isOfType(quiet, source))) {
        return true;
      }
    }
    return false;
  }

  private boolean isWaitOnTelemetry(ASTMethodCall call, ASTExpression receiver) {
    String name = call.getMethodName();
    if (name.equals("join") && (isOfType(BlockingCallCatalog.SDK_RESULT_TYPE, receiver)
        || isStaticCallOn(BlockingCallCatalog.SDK_RESULT_TYPE, receiver))) {
      return true;
    }
    ASTExpression source = sourceOf(receiver);
    if (!(source instanceof ASTMethodCall) || telemetryCall((ASTMethodCall) source) == null) {
      return false;
    }
    if (isUnknown(receiver.getTypeMirror())) {
      return true;
    }
    for (MethodRef wait : BlockingCallCatalog.waits()) {
      if (wait.method().equals(name) && TypeTestUtil.isA(wait.owner(), receiver)) {
        return true;
      }
    }
    return false;
  }

  /** Without types, {@code CompletableResultCode.ofAll(...)} is known to return its type only by its qualifier. */
  private static boolean isStaticCallOn(String type, ASTExpression expression) {
    return expression instanceof ASTMethodCall
        && ((ASTMethodCall) expression).getQualifier() instanceof ASTTypeExpression
        && isOfType(type, ((ASTMethodCall) expression).getQualifier());
  }

  /**
   * Whether an expression's type is {@code qualifiedName} (or a subtype, where types resolve). Without types, a type
   * known only by its simple name counts when the file imports the package of {@code qualifiedName} on demand.
   */
  private static boolean isOfType(String qualifiedName, ASTExpression expression) {
    if (TypeTestUtil.isA(qualifiedName, expression)) {
      return true;
    }
    JTypeMirror type = expression.getTypeMirror();
    if (!isUnresolvedClass(type)) {
      return false;
    }
    MethodRef owner = new MethodRef(qualifiedName, "unused");
    return owner.ownerTopLevelType().equals(qualifiedName)
        && ((JClassType) type).getSymbol().getSimpleName().equals(owner.ownerSimpleName())
        && importsOnDemand(expression, owner.ownerPackage());
  }

  private static boolean importsOnDemand(Node node, String pkg) {
    return node.getRoot().children(ASTImportDeclaration.class)
        .any(imported -> imported.isImportOnDemand() && !imported.isStatic()
            && pkg.equals(imported.getImportedName()));
  }

  /** The call that produced {@code expression}: itself, or the initializer of the local variable it reads. */
  private static ASTExpression sourceOf(ASTExpression expression) {
    if (expression instanceof ASTVariableAccess) {
      JVariableSymbol symbol = ((ASTVariableAccess) expression).getReferencedSym();
      if (symbol instanceof JLocalVariableSymbol && symbol.tryGetNode() instanceof ASTVariableId) {
        return ((ASTVariableId) symbol.tryGetNode()).getInitializer();
      }
      return null;
    }
    return expression;
  }

  /** The catalogue entry a call makes, matched by resolved types or, without them, by imported type names. */
  private TelemetryCall telemetryCall(ASTMethodCall call) {
    List<TelemetryCall> candidates = blockingCalls.callsNamed(call.getMethodName());
    ASTExpression receiver = call.getQualifier();
    OverloadSelectionResult selection = call.getOverloadSelectionInfo();
    JTypeMirror declaring = selection.isFailed() ? null : selection.getMethodType().getDeclaringType();
    for (TelemetryCall candidate : candidates) {
      String owner = candidate.method().owner();
      if ((receiver != null && isOfType(owner, receiver))
          || (declaring != null && TypeTestUtil.isA(owner, declaring))) {
        return candidate;
      }
    }
    String receiverType = unresolvedTypeName(receiver);
    if (receiverType != null) {
      Kind kind = BlockingCallCatalog.otelSdkKind(receiverType, call.getMethodName());
      if (kind != null) {
        return new TelemetryCall(new MethodRef(receiverType, call.getMethodName()), kind, false);
      }
    }
    return null;
  }

  /**
   * The canonical name of an expression's type known only by name (no auxclasspath): an unresolved class, or, for a
   * getter of an unresolved {@code OpenTelemetrySdk} ({@code sdk.getSdkTracerProvider()}), the component it returns.
   */
  private static String unresolvedTypeName(ASTExpression expression) {
    if (expression == null) {
      return null;
    }
    if (isUnresolvedClass(expression.getTypeMirror())) {
      return ((JClassType) expression.getTypeMirror()).getSymbol().getCanonicalName();
    }
    if (expression instanceof ASTMethodCall && isUnknown(expression.getTypeMirror())) {
      ASTExpression owner = ((ASTMethodCall) expression).getQualifier();
      if (owner != null && isUnresolvedClass(owner.getTypeMirror())) {
        return BlockingCallCatalog.otelSdkComponentType(
            ((JClassType) owner.getTypeMirror()).getSymbol().getCanonicalName(),
            ((ASTMethodCall) expression).getMethodName());
      }
    }
    return null;
  }

  /**
   * A configured call that returns a future or an SDK result blocks only when waited on. Without types its return
   * type is unknown: it then counts as blocking unless its value is kept or waited on, where the wait reports.
   */
  private static boolean blocksByItself(TelemetryCall telemetry, ASTMethodCall call) {
    if (telemetry.kind() == Kind.ASYNC) {
      return false;
    }
    if (!telemetry.configured()) {
      return true;
    }
    JTypeMirror returned = call.getOverloadSelectionInfo().isFailed() ? null : call.getTypeMirror();
    if (returned == null || isUnknown(returned)) {
      Node parent = call.getParent();
      boolean waitedOn = parent instanceof ASTMethodCall && ((ASTMethodCall) parent).getQualifier() == call;
      return !waitedOn && !isLocalInitializer(call);
    }
    for (String asyncType : BlockingCallCatalog.asyncResultTypes()) {
      if (TypeTestUtil.isA(asyncType, returned)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLocalInitializer(ASTMethodCall call) {
    Node previous = call.getPreviousSibling();
    return previous instanceof ASTVariableId && ((ASTVariableId) previous).isLocalVariable();
  }

  private static boolean isUnknown(JTypeMirror type) {
    return type == null || type == type.getTypeSystem().UNKNOWN || isUnresolvedClass(type);
  }

  private static boolean isUnresolvedClass(JTypeMirror type) {
    return type instanceof JClassType && ((JClassType) type).getSymbol().isUnresolved();
  }

  private static boolean isThis(ASTExpression expression) {
    return expression instanceof ASTThisExpression && ((ASTThisExpression) expression).getQualifier() == null;
  }

  /**
   * Names a receiver or call chain the way the Error Prone check does: plain names, {@code this.field} as
   * {@code field}, calls as {@code name()}, anything else (a qualified type, an array element, a cast) left out.
   */
  private static String describe(ASTExpression expression, int budget) {
    if (expression instanceof ASTMethodCall) {
      ASTMethodCall call = (ASTMethodCall) expression;
      ASTExpression receiver = call.getQualifier();
      String prefix = receiver == null || isThis(receiver) || budget <= 1 ? null : describe(receiver, budget - 1);
      return BlockingCallCatalog.describeCall(prefix, call.getMethodName());
    }
    return plainName(expression);
  }

  private static String plainName(ASTExpression expression) {
    if (expression instanceof ASTVariableAccess) {
      return ((ASTVariableAccess) expression).getName();
    }
    if (expression instanceof ASTFieldAccess && isThis(((ASTFieldAccess) expression).getQualifier())) {
      return ((ASTFieldAccess) expression).getName();
    }
    if (expression instanceof ASTTypeExpression) {
      Node type = expression.getChild(0);
      if (type instanceof ASTClassType && ((ASTClassType) type).getQualifier() == null
          && !((ASTClassType) type).isFullyQualified()) {
        return ((ASTClassType) type).getSimpleName();
      }
      return null;
    }
    if (expression instanceof ASTAmbiguousName) {
      String name = ((ASTAmbiguousName) expression).getName();
      return name.contains(".") ? null : name;
    }
    return null;
  }
}
