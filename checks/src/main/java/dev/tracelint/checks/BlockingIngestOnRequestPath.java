package dev.tracelint.checks;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;
import static com.google.errorprone.matchers.Description.NO_MATCH;
import static com.google.errorprone.matchers.method.MethodMatchers.anyMethod;
import static com.google.errorprone.matchers.method.MethodMatchers.instanceMethod;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.matchers.Matcher;
import com.google.errorprone.matchers.Matchers;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Attribute;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.TypeSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import dev.tracelint.catalog.BlockingCallCatalog;
import dev.tracelint.catalog.BlockingCallCatalog.Kind;
import dev.tracelint.catalog.BlockingCallCatalog.TelemetryCall;
import dev.tracelint.catalog.RequestPathCatalog;
import dev.tracelint.catalog.RequestPathCatalog.HandlerOverride;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;

/**
 * Flags a request handler that waits for telemetry to be exported: a synchronous flush, export, close or shutdown of
 * the tracing pipeline, written in the handler or in a private or final helper it calls.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Do not wait for telemetry to be exported while serving a request",
    severity = WARNING,
    linkType = CUSTOM,
    link = "https://github.com/tracelint/tracelint/blob/main/docs/rules/BlockingIngestOnRequestPath.md")
public final class BlockingIngestOnRequestPath extends BugChecker
    implements CompilationUnitTreeMatcher, MethodTreeMatcher {
  private static final long serialVersionUID = 1L;

  private static final String CHECK_NAME = "BlockingIngestOnRequestPath";

  /** Any {@code join} on the OpenTelemetry SDK's result waits for telemetry, whoever produced the result. */
  private static final Matcher<ExpressionTree> RESULT_CODE_JOIN =
      instanceMethod().onDescendantOf(BlockingCallCatalog.SDK_RESULT_TYPE).named("join");

  /** Waits that block on telemetry only when the future comes from a telemetry call. */
  private static final Matcher<ExpressionTree> FUTURE_WAIT = Matchers.anyOf(
      instanceMethod().onDescendantOf("java.util.concurrent.Future").named("get"),
      instanceMethod().onDescendantOf("java.util.concurrent.CompletableFuture").named("join"));

  /** Meta-annotations are followed this deep: {@code @MyGet -> @GetMapping -> @RequestMapping} needs two. */
  private static final int MAX_META_ANNOTATION_DEPTH = 3;

  /** Telemetry call chains named in messages are cut to this many calls, so that the text stays short. */
  private static final int MAX_DESCRIBED_CALLS = 3;

  /** Both catalogues, extended by the options; {@code null} inside when an entry is malformed. */
  private record Catalogues(RequestPathCatalog requestPaths, BlockingCallCatalog blockingCalls) {}

  private final transient ParsedOption<Catalogues> options;
  private final RequestPathCatalog requestPaths;
  private final BlockingCallCatalog blockingCalls;
  private final Map<TelemetryCall, Matcher<ExpressionTree>> telemetryMatchers;

  /** The defaults, for ServiceLoader. */
  public BlockingIngestOnRequestPath() {
    this(ErrorProneFlags.empty());
  }

  /**
   * Reads {@code -XepOpt:BlockingIngestOnRequestPath:HandlerAnnotations=...} and {@code ...:BlockingCalls=...}; a
   * malformed entry is reported as a compilation error (see {@link ParsedOption}) and the check stays silent.
   */
  public BlockingIngestOnRequestPath(ErrorProneFlags flags) {
    String handlerOption = CHECK_NAME + ":" + RequestPathCatalog.HANDLER_ANNOTATIONS_OPTION;
    String callsOption = CHECK_NAME + ":" + BlockingCallCatalog.BLOCKING_CALLS_OPTION;
    this.options = ParsedOption.parse(() -> new Catalogues(
        RequestPathCatalog.withUserEntries(handlerOption, flags.get(handlerOption).orElse("")),
        BlockingCallCatalog.withUserEntries(callsOption, flags.get(callsOption).orElse(""))));
    Catalogues catalogues = options.value();
    this.requestPaths = catalogues == null ? null : catalogues.requestPaths();
    this.blockingCalls = catalogues == null ? null : catalogues.blockingCalls();
    Map<TelemetryCall, Matcher<ExpressionTree>> matchers = new LinkedHashMap<>();
    for (TelemetryCall call : catalogues == null ? List.<TelemetryCall>of() : blockingCalls.calls()) {
      matchers.put(call, anyMethod().onDescendantOf(call.method().owner()).named(call.method().method()));
    }
    this.telemetryMatchers = Collections.unmodifiableMap(matchers);
  }

  @Override
  public Description matchCompilationUnit(CompilationUnitTree tree, VisitorState state) {
    return options.reportErrorOnce(buildDescription(tree));
  }

  @Override
  public Description matchMethod(MethodTree tree, VisitorState state) {
    MethodSymbol method = ASTHelpers.getSymbol(tree);
    if (requestPaths == null || tree.getBody() == null || method == null || !(method.owner instanceof ClassSymbol)) {
      return NO_MATCH;
    }
    ClassSymbol owner = (ClassSymbol) method.owner;
    if (!isRequestHandler(method, owner, state) || isTestCode(state)) {
      return NO_MATCH;
    }
    ClassTree classTree = ASTHelpers.findEnclosingNode(state.getPath(), ClassTree.class);
    if (classTree == null) {
      return NO_MATCH;
    }
    String handler = tree.getName().toString();
    new RequestPathScanner(classTree, owner, state, 0, new HashSet<>(Set.of(method))) {
      @Override
      void found(MethodInvocationTree call, String blockingCall, MethodSymbol helper) {
        String message = helper == null
            ? BlockingCallCatalog.message(blockingCall, handler)
            : BlockingCallCatalog.helperMessage(helper.getSimpleName().toString(), blockingCall, handler);
        state.reportMatch(buildDescription(call).setMessage(message).build());
      }
    }.scan(new TreePath(state.getPath(), tree.getBody()), null);
    return NO_MATCH;
  }

  private boolean isRequestHandler(MethodSymbol method, ClassSymbol owner, VisitorState state) {
    if (method.isConstructor() || method.isStatic() || owner.isInterface()
        || hasAnyAnnotation(method, requestPaths.exemptAnnotations())) {
      return false;
    }
    if (isAnnotatedHandler(method, owner)) {
      return true;
    }
    Set<MethodSymbol> superMethods = ASTHelpers.findSuperMethods(method, state.getTypes());
    for (MethodSymbol superMethod : superMethods) {
      // JAX-RS and Spring inherit mapping annotations from the interface method a class implements.
      if (isAnnotatedHandler(superMethod, owner)) {
        return true;
      }
    }
    // Only an override serves the request: an overload such as handle(String) next to handle(ServerRequest) does not.
    String name = method.getSimpleName().toString();
    for (HandlerOverride override : requestPaths.handlerOverrides()) {
      if (!superMethods.isEmpty() && override.methods().contains(name)
          && isSubtypeOf(owner, override.supertype(), state)) {
        return true;
      }
    }
    return isGrpcServiceMethod(method, owner);
  }

  private boolean isAnnotatedHandler(MethodSymbol method, ClassSymbol owner) {
    return hasAnyAnnotation(method, requestPaths.handlerAnnotations())
        || (hasAnyAnnotation(method, requestPaths.controllerMethodAnnotations())
            && hasAnyAnnotation(owner, requestPaths.controllerTypeAnnotations()));
  }

  private static boolean isGrpcServiceMethod(MethodSymbol method, ClassSymbol owner) {
    boolean takesObserver = method.getParameters().stream()
        .anyMatch(parameter -> parameter.type.tsym != null
            && parameter.type.tsym.getQualifiedName().contentEquals(RequestPathCatalog.GRPC_STREAM_OBSERVER));
    if (!takesObserver) {
      return false;
    }
    for (Type superclass = owner.getSuperclass(); superclass != null && superclass.tsym instanceof ClassSymbol;
        superclass = ((ClassSymbol) superclass.tsym).getSuperclass()) {
      if (RequestPathCatalog.isGrpcServiceBase(superclass.tsym.getSimpleName().toString())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSubtypeOf(ClassSymbol owner, String supertype, VisitorState state) {
    Type type = state.getTypeFromString(supertype);
    return type != null && ASTHelpers.isSubtype(owner.type, type, state);
  }

  /** Whether {@code symbol} carries one of {@code names}, directly or as a meta-annotation of one it carries. */
  private static boolean hasAnyAnnotation(Symbol symbol, Set<String> names) {
    for (Attribute.Compound annotation : symbol.getAnnotationMirrors()) {
      if (isOrIsMetaAnnotatedWith(annotation.type.tsym, names, 0, new HashSet<>())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOrIsMetaAnnotatedWith(TypeSymbol annotationType, Set<String> names, int depth,
      Set<TypeSymbol> seen) {
    String name = annotationType.getQualifiedName().toString();
    if (names.contains(name)) {
      return true;
    }
    if (depth >= MAX_META_ANNOTATION_DEPTH || name.startsWith("java.lang.") || !seen.add(annotationType)) {
      return false;
    }
    for (Attribute.Compound meta : annotationType.getAnnotationMirrors()) {
      if (isOrIsMetaAnnotatedWith(meta.type.tsym, names, depth + 1, seen)) {
        return true;
      }
    }
    return false;
  }

  /** Test sources and files that declare test methods hold stub handlers, not request paths. */
  private static boolean isTestCode(VisitorState state) {
    CompilationUnitTree unit = state.getPath().getCompilationUnit();
    if (unit.getSourceFile() != null
        && RequestPathCatalog.isTestSourcePath(unit.getSourceFile().toUri().getPath())) {
      return true;
    }
    Boolean declaresTest = new TreeScanner<Boolean, Void>() {
      @Override
      public Boolean visitMethod(MethodTree method, Void unused) {
        boolean isTest = method.getModifiers().getAnnotations().stream()
            .anyMatch(annotation -> RequestPathCatalog.isTestAnnotationSimpleName(
                simpleName(annotation.getAnnotationType())));
        return isTest || Boolean.TRUE.equals(super.visitMethod(method, unused));
      }

      @Override
      public Boolean reduce(Boolean left, Boolean right) {
        return Boolean.TRUE.equals(left) || Boolean.TRUE.equals(right);
      }
    }.scan(unit, null);
    return Boolean.TRUE.equals(declaresTest);
  }

  private static String simpleName(Tree annotationType) {
    if (annotationType instanceof IdentifierTree) {
      return ((IdentifierTree) annotationType).getName().toString();
    }
    if (annotationType instanceof MemberSelectTree) {
      return ((MemberSelectTree) annotationType).getIdentifier().toString();
    }
    return "";
  }

  /**
   * Walks the code that runs on the request thread: a method body without the lambdas and anonymous or local classes
   * that may run elsewhere, following calls into private or final helpers of the same class.
   */
  private abstract class RequestPathScanner extends TreePathScanner<Void, Void> {
    private final ClassTree classTree;
    private final ClassSymbol owner;
    private final VisitorState state;
    private final int depth;
    private final Set<MethodSymbol> onPath;

    RequestPathScanner(ClassTree classTree, ClassSymbol owner, VisitorState state, int depth,
        Set<MethodSymbol> onPath) {
      this.classTree = classTree;
      this.owner = owner;
      this.state = state;
      this.depth = depth;
      this.onPath = onPath;
    }

    /** A blocking call (or, when {@code helper} is set, a call into that helper which reaches one). */
    abstract void found(MethodInvocationTree call, String blockingCall, MethodSymbol helper);

    /** Whether scanning should stop: a helper search needs only the first blocking call. */
    boolean done() {
      return false;
    }

    @Override
    public Void scan(Tree tree, Void unused) {
      return done() ? null : super.scan(tree, unused);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
      String blocking = blockingCallAt(call);
      if (blocking != null) {
        found(call, blocking, null);
      } else {
        MethodSymbol helper = followableHelper(call);
        if (helper != null) {
          String reached = blockingCallIn(helper);
          if (reached != null) {
            found(call, reached, helper);
          }
        }
      }
      return super.visitMethodInvocation(call, unused);
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree lambda, Void unused) {
      return runsInPlace() ? super.visitLambdaExpression(lambda, unused) : null;
    }

    @Override
    public Void visitClass(ClassTree localOrAnonymous, Void unused) {
      return null;
    }

    @Override
    public Void visitNewClass(NewClassTree newClass, Void unused) {
      scan(newClass.getEnclosingExpression(), unused);
      scan(newClass.getArguments(), unused);
      return null;
    }

    private boolean runsInPlace() {
      Tree parent = getCurrentPath().getParentPath().getLeaf();
      if (!(parent instanceof MethodInvocationTree)) {
        return false;
      }
      MethodSymbol called = ASTHelpers.getSymbol((MethodInvocationTree) parent);
      return called != null && RequestPathCatalog.runsLambdaInPlace(called.getSimpleName().toString());
    }

    /** A private or final method of this class called on {@code this}, not itself a handler, within the depth. */
    private MethodSymbol followableHelper(MethodInvocationTree call) {
      if (depth >= RequestPathCatalog.MAX_HELPER_DEPTH) {
        return null;
      }
      ExpressionTree receiver = ASTHelpers.getReceiver(call);
      if (receiver != null && !isThis(receiver)) {
        return null;
      }
      MethodSymbol called = ASTHelpers.getSymbol(call);
      if (called == null || called.owner != owner || onPath.contains(called)) {
        return null;
      }
      boolean notOverridable = called.getModifiers().contains(Modifier.PRIVATE)
          || called.getModifiers().contains(Modifier.FINAL)
          || (owner.flags() & Flags.FINAL) != 0;
      if (!notOverridable || isRequestHandler(called, owner, state)) {
        return null;
      }
      return called;
    }

    private String blockingCallIn(MethodSymbol helper) {
      MethodTree helperTree = findMethod(helper);
      if (helperTree == null || helperTree.getBody() == null) {
        return null;
      }
      Set<MethodSymbol> path = new HashSet<>(onPath);
      path.add(helper);
      List<String> first = new ArrayList<>(1);
      TreePath bodyPath = new TreePath(new TreePath(TreePath.getPath(state.getPath().getCompilationUnit(), classTree),
          helperTree), helperTree.getBody());
      new RequestPathScanner(classTree, owner, state, depth + 1, path) {
        @Override
        void found(MethodInvocationTree call, String blockingCall, MethodSymbol nested) {
          first.add(blockingCall);
        }

        @Override
        boolean done() {
          return !first.isEmpty();
        }
      }.scan(bodyPath, null);
      return first.isEmpty() ? null : first.get(0);
    }

    private MethodTree findMethod(MethodSymbol method) {
      for (Tree member : classTree.getMembers()) {
        if (member instanceof MethodTree && ASTHelpers.getSymbol((MethodTree) member) == method) {
          return (MethodTree) member;
        }
      }
      return null;
    }

    /** The description of the blocking call at {@code call}, or {@code null} when it does not block on telemetry. */
    private String blockingCallAt(MethodInvocationTree call) {
      MethodSymbol called = ASTHelpers.getSymbol(call);
      if (called == null) {
        return null;
      }
      String name = called.getSimpleName().toString();
      if (BlockingCallCatalog.isWaitName(name)) {
        ExpressionTree receiver = ASTHelpers.getReceiver(call);
        if (receiver != null && (RESULT_CODE_JOIN.matches(call, state)
            || (FUTURE_WAIT.matches(call, state) && telemetryCall(sourceOf(receiver), state) != null))) {
          return BlockingCallCatalog.describeWait(describe(receiver, MAX_DESCRIBED_CALLS), name);
        }
      }
      TelemetryCall telemetry = telemetryCall(call, state);
      if (telemetry == null || !blocksByItself(telemetry, called, state) || exportsNothing(call)) {
        return null;
      }
      return describe(call, MAX_DESCRIBED_CALLS);
    }

    /**
     * Whether the receiver is a catalogued non-exporting type: by its static type, or, for a local variable declared
     * with a wider type ({@code MeterRegistry scratch = new SimpleMeterRegistry()}), by the type its initializer
     * constructs.
     */
    private boolean exportsNothing(MethodInvocationTree call) {
      ExpressionTree receiver = ASTHelpers.getReceiver(call);
      if (receiver == null) {
        return false;
      }
      ExpressionTree source = sourceOf(receiver);
      for (String name : BlockingCallCatalog.nonExportingReceivers()) {
        Type quiet = state.getTypeFromString(name);
        if (quiet != null && (isSubtype(ASTHelpers.getType(receiver), quiet)
            || (source instanceof NewClassTree && isSubtype(ASTHelpers.getType(source), quiet)))) {
          return true;
        }
      }
      return false;
    }

    private boolean isSubtype(Type type, Type supertype) {
      return type != null && ASTHelpers.isSubtype(type, supertype, state);
    }

    /** The call that produced {@code expression}: itself, or the initializer of the local variable it reads. */
    private ExpressionTree sourceOf(ExpressionTree expression) {
      ExpressionTree stripped = ASTHelpers.stripParentheses(expression);
      Symbol symbol = ASTHelpers.getSymbol(stripped);
      if (stripped instanceof IdentifierTree && symbol instanceof VarSymbol
          && symbol.getKind() == ElementKind.LOCAL_VARIABLE) {
        VariableTree declaration = findLocal((VarSymbol) symbol);
        return declaration == null ? null : declaration.getInitializer();
      }
      return stripped;
    }

    private VariableTree findLocal(VarSymbol local) {
      List<VariableTree> found = new ArrayList<>(1);
      new TreeScanner<Void, Void>() {
        @Override
        public Void visitVariable(VariableTree variable, Void unused) {
          if (ASTHelpers.getSymbol(variable) == local) {
            found.add(variable);
          }
          return super.visitVariable(variable, unused);
        }
      }.scan(enclosingMethod(), null);
      return found.isEmpty() ? null : found.get(0);
    }

    private Tree enclosingMethod() {
      MethodTree method = ASTHelpers.findEnclosingNode(getCurrentPath(), MethodTree.class);
      return method == null ? classTree : method;
    }
  }

  /** The catalogue entry {@code expression} calls, or {@code null}. */
  private TelemetryCall telemetryCall(ExpressionTree expression, VisitorState state) {
    if (!(expression instanceof MethodInvocationTree)) {
      return null;
    }
    MethodSymbol called = ASTHelpers.getSymbol((MethodInvocationTree) expression);
    if (called == null) {
      return null;
    }
    for (TelemetryCall candidate : blockingCalls.callsNamed(called.getSimpleName().toString())) {
      if (telemetryMatchers.get(candidate).matches(expression, state)) {
        return candidate;
      }
    }
    return null;
  }

  /** A configured call that returns a future or an SDK result blocks only when waited on, like the SDK's own. */
  private static boolean blocksByItself(TelemetryCall telemetry, MethodSymbol called, VisitorState state) {
    if (telemetry.kind() == Kind.ASYNC) {
      return false;
    }
    if (!telemetry.configured()) {
      return true;
    }
    Type returned = state.getTypes().erasure(called.getReturnType());
    for (String asyncType : BlockingCallCatalog.asyncResultTypes()) {
      Type type = state.getTypeFromString(asyncType);
      if (type != null && ASTHelpers.isSubtype(returned, state.getTypes().erasure(type), state)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isThis(ExpressionTree receiver) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(receiver);
    return stripped instanceof IdentifierTree && ((IdentifierTree) stripped).getName().contentEquals("this");
  }

  /**
   * Names a receiver or call chain the way the PMD rule does: plain names, {@code this.field} as {@code field}, calls
   * as {@code name()}, anything else (a qualified type, an array element, a cast) left out.
   */
  private static String describe(ExpressionTree expression, int budget) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(expression);
    if (stripped instanceof IdentifierTree) {
      return ((IdentifierTree) stripped).getName().toString();
    }
    if (stripped instanceof MemberSelectTree && isThis(((MemberSelectTree) stripped).getExpression())) {
      return ((MemberSelectTree) stripped).getIdentifier().toString();
    }
    if (stripped instanceof MethodInvocationTree) {
      MethodInvocationTree call = (MethodInvocationTree) stripped;
      MethodSymbol called = ASTHelpers.getSymbol(call);
      if (called == null) {
        return null;
      }
      ExpressionTree receiver = ASTHelpers.getReceiver(call);
      String prefix = receiver == null || isThis(receiver) || budget <= 1 ? null : describe(receiver, budget - 1);
      return BlockingCallCatalog.describeCall(prefix, called.getSimpleName().toString());
    }
    return null;
  }
}
