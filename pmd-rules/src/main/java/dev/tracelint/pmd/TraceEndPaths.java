package dev.tracelint.pmd;

import dev.tracelint.catalog.HarmlessCalls;
import dev.tracelint.catalog.TraceLifecycle;
import dev.tracelint.catalog.TraceLifecycle.EndStyle;
import java.util.Optional;
import net.sourceforge.pmd.lang.java.ast.ASTAmbiguousName;
import net.sourceforge.pmd.lang.java.ast.ASTArgumentList;
import net.sourceforge.pmd.lang.java.ast.ASTAssertStatement;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.ASTNamedReferenceExpr;
import net.sourceforge.pmd.lang.java.ast.ASTAssignmentExpression;
import net.sourceforge.pmd.lang.java.ast.ASTBlock;
import net.sourceforge.pmd.lang.java.ast.ASTBreakStatement;
import net.sourceforge.pmd.lang.java.ast.ASTCatchClause;
import net.sourceforge.pmd.lang.java.ast.ASTCatchParameter;
import net.sourceforge.pmd.lang.java.ast.ASTClassType;
import net.sourceforge.pmd.lang.java.ast.ASTCompactConstructorDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.ast.ASTConstructorCall;
import net.sourceforge.pmd.lang.java.ast.ASTContinueStatement;
import net.sourceforge.pmd.lang.java.ast.ASTExecutableDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTExplicitConstructorInvocation;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTExpressionStatement;
import net.sourceforge.pmd.lang.java.ast.ASTFinallyClause;
import net.sourceforge.pmd.lang.java.ast.ASTIfStatement;
import net.sourceforge.pmd.lang.java.ast.ASTInfixExpression;
import net.sourceforge.pmd.lang.java.ast.ASTInitializer;
import net.sourceforge.pmd.lang.java.ast.ASTLabeledStatement;
import net.sourceforge.pmd.lang.java.ast.ASTLambdaExpression;
import net.sourceforge.pmd.lang.java.ast.ASTLocalVariableDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTNullLiteral;
import net.sourceforge.pmd.lang.java.ast.ASTResource;
import net.sourceforge.pmd.lang.java.ast.ASTReturnStatement;
import net.sourceforge.pmd.lang.java.ast.ASTStatement;
import net.sourceforge.pmd.lang.java.ast.ASTSwitchArrowBranch;
import net.sourceforge.pmd.lang.java.ast.ASTSwitchBranch;
import net.sourceforge.pmd.lang.java.ast.ASTSwitchExpression;
import net.sourceforge.pmd.lang.java.ast.ASTSwitchFallthroughBranch;
import net.sourceforge.pmd.lang.java.ast.ASTSwitchStatement;
import net.sourceforge.pmd.lang.java.ast.ASTSynchronizedStatement;
import net.sourceforge.pmd.lang.java.ast.ASTThrowStatement;
import net.sourceforge.pmd.lang.java.ast.ASTTryStatement;
import net.sourceforge.pmd.lang.java.ast.ASTType;
import net.sourceforge.pmd.lang.java.ast.ASTTypeDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTTypeExpression;
import net.sourceforge.pmd.lang.java.ast.ASTVariableAccess;
import net.sourceforge.pmd.lang.java.ast.ASTVariableDeclarator;
import net.sourceforge.pmd.lang.java.ast.ASTVariableId;
import net.sourceforge.pmd.lang.java.ast.ASTYieldStatement;
import net.sourceforge.pmd.lang.java.ast.AssignmentOp;
import net.sourceforge.pmd.lang.java.ast.BinaryOp;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.symbols.JLocalVariableSymbol;
import net.sourceforge.pmd.lang.java.symbols.JTypeDeclSymbol;
import net.sourceforge.pmd.lang.java.symbols.JVariableSymbol;
import net.sourceforge.pmd.lang.java.types.JClassType;
import net.sourceforge.pmd.lang.java.types.JTypeMirror;
import net.sourceforge.pmd.lang.java.types.TypeTestUtil;

/**
 * Whether every way out of a method ends what one start call started: the structural decision procedure written down
 * in {@code docs/rules/UnclosedTrace.md} (steps 2 to 8), which the Error Prone check implements too. PMD has no public
 * control-flow graph, so, like PMD's own CloseResource rule, this reads the tree: a shape it does not understand gives
 * no finding.
 */
final class TraceEndPaths {
  /** Levels of enclosing statements climbed after a start; code nested deeper gives no finding. */
  private static final int MAX_CLIMB = 64;
  /** Levels of nested statements classified below one statement; deeper code is UNKNOWN, never a stack overflow. */
  private static final int MAX_DEPTH = 64;

  /** What a finding names: the local holding the started value, or {@code null} when there is none. */
  record Unclosed(String variable) {}

  /** How a statement after the start leaves the obligation (step 8). */
  private enum Outcome {
    ENDED,
    CONTINUE,
    LEAKS,
    UNKNOWN
  }

  private final ASTMethodCall start;
  private final TraceLifecycle lifecycle;
  private final TraceStartMatcher matcher;
  /** The obligation holder {@code x}; {@code null} for a holder-less (owner-tracked) start. */
  private ASTVariableId holder;
  private JavaNode body;
  private int depth;

  private TraceEndPaths(ASTMethodCall start, TraceLifecycle lifecycle, TraceStartMatcher matcher) {
    this.start = start;
    this.lifecycle = lifecycle;
    this.matcher = matcher;
  }

  /** The finding for {@code start}, which starts {@code lifecycle}, if some way out of its method skips the end. */
  static Optional<Unclosed> check(ASTMethodCall start, TraceLifecycle lifecycle, TraceStartMatcher matcher) {
    return new TraceEndPaths(start, lifecycle, matcher).check();
  }

  private Optional<Unclosed> check() {
    JavaNode context = start.getParent();
    if (context instanceof ASTExpressionStatement && lifecycle.style() == EndStyle.CLOSE_SCOPE) {
      // A scope nobody holds can never be closed, wherever the statement stands.
      return leak();
    }
    JavaNode statement = holderStatement(context);
    if (statement == null || !isInStatementList(statement)) {
      return Optional.empty();
    }
    body = enclosingBody(statement);
    if (holder != null && (enclosingBody(holder) != body || isHandedOff() || isReassigned())) {
      return Optional.empty();
    }
    if (isInTryWithEndingFinally(statement)) {
      return Optional.empty();
    }
    return walkAfter(statement) == Outcome.LEAKS ? leak() : Optional.empty();
  }

  private Optional<Unclosed> leak() {
    return Optional.of(new Unclosed(holder == null ? null : holder.getName()));
  }

  // ---- step 2: the obligation holder -------------------------------------------------------------------------------

  /**
   * The statement S holding the start, setting {@link #holder}; {@code null} when the started value is not owned here
   * (a resource, returned, passed on, stored in a field, chained further) or the shape is not judged.
   */
  private JavaNode holderStatement(JavaNode context) {
    if (context instanceof ASTVariableDeclarator) {
      ASTVariableId variable = ((ASTVariableDeclarator) context).getVarId();
      if (variable.isResourceDeclaration() || !variable.isLocalVariable()) {
        return null;
      }
      holder = variable;
      return context.getParent();
    }
    if (context instanceof ASTAssignmentExpression) {
      ASTAssignmentExpression assignment = (ASTAssignmentExpression) context;
      ASTVariableId variable = localVariable(assignment.getLeftOperand());
      if (assignment.getRightOperand() != start
          || assignment.getOperator() != AssignmentOp.ASSIGN
          || variable == null
          || !(assignment.getParent() instanceof ASTExpressionStatement)) {
        return null;
      }
      holder = variable;
      return assignment.getParent();
    }
    if (context instanceof ASTExpressionStatement) {
      if (lifecycle.style() == EndStyle.END_ON_OWNER) {
        return context;
      }
      // Brave's, Micrometer's and micrometer-tracing's start() return their receiver: the receiver holds the span.
      if ("start".equals(start.getMethodName()) && returnsItsReceiverType()) {
        holder = localVariable(start.getQualifier());
        return holder == null ? null : context;
      }
    }
    return null;
  }

  /**
   * Whether the start's result type is a supertype of its receiver's, as for a {@code start()} that returns
   * {@code this}; OpenTracing's {@code SpanBuilder#start} returns a new span, so the builder holds nothing. Without
   * an auxclasspath the result type is unknown: then a receiver declared with the owner's own type counts, unless the
   * owner is a builder, whose start builds a new value.
   */
  private boolean returnsItsReceiverType() {
    ASTExpression receiver = start.getQualifier();
    if (receiver == null) {
      return false;
    }
    JTypeMirror receiverType = receiver.getTypeMirror();
    JTypeMirror resultType = start.getTypeMirror();
    if (isResolved(receiverType) && isResolved(resultType)) {
      return receiverType.getErasure().isSubtypeOf(resultType.getErasure());
    }
    return !isResolved(receiverType)
        && TypeTestUtil.isA(lifecycle.start().owner(), receiverType)
        && !lifecycle.start().ownerSimpleName().endsWith("Builder");
  }

  private static boolean isResolved(JTypeMirror type) {
    JTypeDeclSymbol symbol = type.getSymbol();
    return type instanceof JClassType && symbol != null && !symbol.isUnresolved();
  }

  /** The local variable (not a parameter, not a field) that {@code expression} names, if it is a plain name. */
  private static ASTVariableId localVariable(ASTExpression expression) {
    if (!(expression instanceof ASTVariableAccess)) {
      return null;
    }
    JVariableSymbol symbol = ((ASTVariableAccess) expression).getReferencedSym();
    if (!(symbol instanceof JLocalVariableSymbol)) {
      return null;
    }
    ASTVariableId variable = symbol.tryGetNode();
    return variable != null && variable.isLocalVariable() ? variable : null;
  }

  private boolean isHolder(ASTExpression expression) {
    return holder != null && expression instanceof ASTVariableAccess && localVariable(expression) == holder;
  }

  private static boolean isInStatementList(JavaNode statement) {
    JavaNode parent = statement.getParent();
    return parent instanceof ASTBlock || parent instanceof ASTSwitchFallthroughBranch;
  }

  // ---- steps 5 and 6: hand-off and reassignment --------------------------------------------------------------------

  private boolean isHandedOff() {
    for (ASTNamedReferenceExpr use : holder.getLocalUsages()) {
      if (enclosingBody(use) != body || !isOwnUse(use)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Uses that keep the value here: a call on it, a null test, an assignment to it, and lending it to a catalogue scope
   * start ({@code tracer.withSpanInScope(span)}), which puts it in scope without taking it over.
   */
  private boolean isOwnUse(ASTNamedReferenceExpr use) {
    JavaNode parent = use.getParent();
    if (parent instanceof ASTMethodCall) {
      return ((ASTMethodCall) parent).getQualifier() == use;
    }
    if (parent instanceof ASTAssignmentExpression) {
      return ((ASTAssignmentExpression) parent).getLeftOperand() == use;
    }
    if (parent instanceof ASTInfixExpression) {
      ASTInfixExpression test = (ASTInfixExpression) parent;
      BinaryOp op = test.getOperator();
      return (op == BinaryOp.EQ || op == BinaryOp.NE)
          && (test.getLeftOperand() instanceof ASTNullLiteral || test.getRightOperand() instanceof ASTNullLiteral);
    }
    if (parent instanceof ASTArgumentList && parent.getParent() instanceof ASTMethodCall) {
      ASTMethodCall call = (ASTMethodCall) parent.getParent();
      if (lifecycle.style() == EndStyle.END_ON_OWNER && isEndCall(call)) {
        return true; // AWSXRay.endSubsegment(subsegment)
      }
      if (isScopeStart(call)) {
        return true;
      }
      // Context.current().with(span).makeCurrent(): the span is only put in scope.
      JavaNode outer = call.getParent();
      return outer instanceof ASTMethodCall
          && ((ASTMethodCall) outer).getQualifier() == call
          && isScopeStart((ASTMethodCall) outer);
    }
    return false;
  }

  /**
   * Whether {@code x} is assigned a value that is not a start call: which value the end then ends is ambiguous.
   * Another start assigned to {@code x} is its own obligation, judged on its own.
   */
  private boolean isScopeStart(ASTMethodCall call) {
    TraceLifecycle started = matcher.match(call);
    return started != null && started.style() == EndStyle.CLOSE_SCOPE;
  }

  private boolean isReassigned() {
    for (ASTNamedReferenceExpr use : holder.getLocalUsages()) {
      JavaNode parent = use.getParent();
      if (parent instanceof ASTAssignmentExpression && ((ASTAssignmentExpression) parent).getLeftOperand() == use) {
        ASTExpression value = ((ASTAssignmentExpression) parent).getRightOperand();
        if (!(value instanceof ASTMethodCall) || matcher.match((ASTMethodCall) value) == null) {
          return true;
        }
      }
    }
    return false;
  }

  // ---- step 7: covering finally ------------------------------------------------------------------------------------

  private boolean isInTryWithEndingFinally(JavaNode statement) {
    JavaNode child = statement;
    for (JavaNode node = statement.getParent(); node != null && node != body; node = node.getParent()) {
      if (node instanceof ASTTryStatement
          && child == ((ASTTryStatement) node).getBody()
          && hasEndingFinally((ASTTryStatement) node)) {
        return true;
      }
      child = node;
    }
    return false;
  }

  private boolean hasEndingFinally(ASTTryStatement tryStatement) {
    ASTFinallyClause finallyClause = tryStatement.getFinallyClause();
    return finallyClause != null && containsEndCall(finallyClause);
  }

  // ---- step 8: the walk --------------------------------------------------------------------------------------------

  /**
   * Walks the statements after S, climbing out of enclosing blocks, {@code if}s, labeled and {@code synchronized}
   * statements and {@code try}s without {@code finally} when a statement list runs out.
   */
  private Outcome walkAfter(JavaNode statement) {
    JavaNode current = statement;
    for (int level = 0; level < MAX_CLIMB; level++) {
      JavaNode list = current.getParent();
      if (list instanceof ASTSwitchFallthroughBranch) {
        return walkRestOfCase(list, current, statement instanceof ASTLocalVariableDeclaration);
      }
      Outcome outcome = walk(list, current.getIndexInParent() + 1, false);
      if (outcome != Outcome.CONTINUE) {
        return outcome;
      }
      if (statement instanceof ASTLocalVariableDeclaration || isScopeOfObligation(list)) {
        return Outcome.LEAKS;
      }
      current = climb(list);
      if (current == null) {
        return Outcome.UNKNOWN;
      }
    }
    return Outcome.UNKNOWN;
  }

  /**
   * After {@code current} among a {@code case ...:}'s statements: a top-level {@code break;} leaves the switch, where a
   * variable declared in the case is dead (LEAKS) and an assigned one goes on after the switch (not followed); falling
   * through to the next case is not followed either.
   */
  private Outcome walkRestOfCase(JavaNode caseBranch, JavaNode current, boolean declaredHere) {
    for (int i = current.getIndexInParent() + 1; i < caseBranch.getNumChildren(); i++) {
      JavaNode statement = caseBranch.getChild(i);
      if (statement instanceof ASTBreakStatement && ((ASTBreakStatement) statement).getLabel() == null) {
        return declaredHere ? Outcome.LEAKS : Outcome.UNKNOWN;
      }
      if (statement instanceof ASTStatement) {
        Outcome outcome = classify(statement);
        if (outcome != Outcome.CONTINUE) {
          return outcome;
        }
      }
    }
    return Outcome.UNKNOWN;
  }

  /** The statement list where the obligation dies: the one declaring the holder, or the method body. */
  private boolean isScopeOfObligation(JavaNode list) {
    if (holder == null) {
      return list.getParent() == body;
    }
    JavaNode declaration = holder.getParent().getParent();
    return declaration instanceof ASTLocalVariableDeclaration && declaration.getParent() == list;
  }

  /** The statement after which the walk goes on once {@code list} runs out, or {@code null} when that is unclear. */
  private static JavaNode climb(JavaNode list) {
    JavaNode node = list;
    for (int level = 0; level < MAX_CLIMB; level++) {
      JavaNode parent = node.getParent();
      if (parent instanceof ASTBlock || parent instanceof ASTSwitchFallthroughBranch) {
        return node;
      }
      if (parent instanceof ASTIfStatement
          || parent instanceof ASTLabeledStatement
          || parent instanceof ASTSynchronizedStatement) {
        node = parent;
      } else if (parent instanceof ASTTryStatement
          && ((ASTTryStatement) parent).getBody() == node
          && ((ASTTryStatement) parent).getFinallyClause() == null) {
        node = parent;
      } else if (parent instanceof ASTCatchClause
          && ((ASTTryStatement) parent.getParent()).getFinallyClause() == null) {
        node = parent.getParent();
      } else {
        return null;
      }
    }
    return null;
  }

  /**
   * Classifies the statements of {@code list} from {@code from} on, stopping at the first that is not CONTINUE. In a
   * switch case, an unlabeled top-level {@code break;} ends the case as CONTINUE.
   */
  private Outcome walk(JavaNode list, int from, boolean switchCase) {
    for (int i = from; i < list.getNumChildren(); i++) {
      JavaNode statement = list.getChild(i);
      if (!(statement instanceof ASTStatement)) {
        continue;
      }
      if (switchCase && statement instanceof ASTBreakStatement && ((ASTBreakStatement) statement).getLabel() == null) {
        return Outcome.CONTINUE;
      }
      Outcome outcome = classify(statement);
      if (outcome != Outcome.CONTINUE) {
        return outcome;
      }
    }
    return Outcome.CONTINUE;
  }

  private Outcome classify(JavaNode statement) {
    if (depth > MAX_DEPTH) {
      return Outcome.UNKNOWN;
    }
    depth++;
    try {
      return classifyWithinDepth(statement);
    } finally {
      depth--;
    }
  }

  private Outcome classifyWithinDepth(JavaNode statement) {
    if (statement instanceof ASTExpressionStatement) {
      ASTExpression expression = ((ASTExpressionStatement) statement).getExpr();
      // The end's arguments are not judged: span.end(Instant.now()) ends the span.
      if (expression instanceof ASTMethodCall && isEndCall((ASTMethodCall) expression)) {
        return Outcome.ENDED;
      }
    }
    if (statement instanceof ASTTryStatement) {
      ASTTryStatement tryStatement = (ASTTryStatement) statement;
      if (hasEndingFinally(tryStatement) || isEndAndRethrowIdiom(tryStatement)) {
        return Outcome.ENDED;
      }
    }
    if (!containsEndCall(statement)) {
      return isHarmless(statement) ? Outcome.CONTINUE : Outcome.LEAKS;
    }
    if (statement instanceof ASTIfStatement) {
      return classifyIf((ASTIfStatement) statement);
    }
    if (statement instanceof ASTBlock) {
      return walk(statement, 0, false);
    }
    if (statement instanceof ASTLabeledStatement) {
      return classify(((ASTLabeledStatement) statement).getStatement());
    }
    if (statement instanceof ASTSynchronizedStatement) {
      ASTSynchronizedStatement sync = (ASTSynchronizedStatement) statement;
      return isHarmless(sync.getLockExpression()) ? walk(sync.getBody(), 0, false) : Outcome.UNKNOWN;
    }
    if (statement instanceof ASTSwitchStatement) {
      return classifySwitch((ASTSwitchStatement) statement);
    }
    if (statement instanceof ASTTryStatement) {
      return classifyTry((ASTTryStatement) statement);
    }
    return Outcome.UNKNOWN;
  }

  private Outcome classifyIf(ASTIfStatement ifStatement) {
    if (!ifStatement.hasElse() && isNullCheckOfHolder(ifStatement.getCondition())) {
      return classify(ifStatement.getThenBranch());
    }
    Outcome thenOutcome = classify(ifStatement.getThenBranch());
    Outcome elseOutcome = ifStatement.hasElse() ? classify(ifStatement.getElseBranch()) : Outcome.CONTINUE;
    boolean harmlessCondition = isHarmless(ifStatement.getCondition());
    if (harmlessCondition && thenOutcome == Outcome.ENDED && elseOutcome == Outcome.ENDED) {
      return Outcome.ENDED;
    }
    return combine(harmlessCondition, thenOutcome, elseOutcome);
  }

  private boolean isNullCheckOfHolder(ASTExpression condition) {
    if (!(condition instanceof ASTInfixExpression) || ((ASTInfixExpression) condition).getOperator() != BinaryOp.NE) {
      return false;
    }
    ASTInfixExpression test = (ASTInfixExpression) condition;
    return isHolder(test.getLeftOperand()) && test.getRightOperand() instanceof ASTNullLiteral
        || test.getLeftOperand() instanceof ASTNullLiteral && isHolder(test.getRightOperand());
  }

  private Outcome classifySwitch(ASTSwitchStatement switchStatement) {
    boolean harmlessSelector = isHarmless(switchStatement.getTestedExpression());
    boolean allEnded = true;
    Outcome combined = Outcome.CONTINUE;
    for (ASTSwitchBranch branch : switchStatement.getBranches()) {
      Outcome outcome = classifyBranch(branch);
      allEnded &= outcome == Outcome.ENDED;
      combined = combine(true, combined, outcome);
    }
    if (harmlessSelector && switchStatement.hasDefaultCase() && allEnded) {
      return Outcome.ENDED;
    }
    return combine(harmlessSelector, combined, Outcome.CONTINUE);
  }

  private Outcome classifyBranch(ASTSwitchBranch branch) {
    if (branch instanceof ASTSwitchFallthroughBranch) {
      return walk(branch, 0, true);
    }
    JavaNode rhs = ((ASTSwitchArrowBranch) branch).getRightHandSide();
    if (rhs instanceof ASTBlock) {
      return walk(rhs, 0, true);
    }
    if (rhs instanceof ASTMethodCall && isEndCall((ASTMethodCall) rhs)) {
      return Outcome.ENDED;
    }
    if (!containsEndCall(rhs)) {
      return isHarmless(rhs) ? Outcome.CONTINUE : Outcome.LEAKS;
    }
    return Outcome.UNKNOWN;
  }

  /**
   * A {@code try} without a {@code finally} that ends: its block is walked, then its {@code finally}; its catches do
   * not count, since an exception they do not catch skips them.
   */
  private Outcome classifyTry(ASTTryStatement tryStatement) {
    if (tryStatement.isTryWithResources()
        && !tryStatement.getResources().children(ASTResource.class).all(this::isHarmless)) {
      return Outcome.LEAKS;
    }
    Outcome bodyOutcome = walk(tryStatement.getBody(), 0, false);
    if (bodyOutcome != Outcome.CONTINUE) {
      return bodyOutcome;
    }
    ASTFinallyClause finallyClause = tryStatement.getFinallyClause();
    return finallyClause == null ? Outcome.CONTINUE : walk(finallyClause.getBody(), 0, false);
  }

  /**
   * End on the normal path as the try block's last statement, and end-and-rethrow in every catch, one of which catches
   * {@code Throwable}: every exception and the normal path end the obligation.
   */
  private boolean isEndAndRethrowIdiom(ASTTryStatement tryStatement) {
    if (tryStatement.getFinallyClause() != null || tryStatement.getCatchClauses().isEmpty()) {
      return false;
    }
    boolean catchesThrowable = tryStatement.getCatchClauses().any(clause -> isCatchAll(clause.getParameter()));
    boolean everyCatchEnds = tryStatement.getCatchClauses().all(clause -> containsEndCall(clause.getBody()));
    ASTBlock block = tryStatement.getBody();
    JavaNode last = block.getNumChildren() == 0 ? null : block.getChild(block.getNumChildren() - 1);
    boolean endsLast = last instanceof ASTExpressionStatement
        && ((ASTExpressionStatement) last).getExpr() instanceof ASTMethodCall
        && isEndCall((ASTMethodCall) ((ASTExpressionStatement) last).getExpr());
    boolean leavesEarly = block.descendants()
        .any(node -> node instanceof ASTReturnStatement
            || node instanceof ASTBreakStatement
            || node instanceof ASTContinueStatement
            || node instanceof ASTYieldStatement);
    return catchesThrowable && everyCatchEnds && endsLast && !leavesEarly;
  }

  private static boolean isCatchAll(ASTCatchParameter parameter) {
    if (parameter.isMulticatch()) {
      return false;
    }
    ASTType type = parameter.getTypeNode();
    return TypeTestUtil.isExactlyA(Throwable.class, type)
        || "Throwable".equals(type.getText().toString())
        || "java.lang.Throwable".equals(type.getText().toString());
  }

  /** LEAKS if the guard is not harmless or a part leaks, else UNKNOWN if a part is unknown, else CONTINUE. */
  private static Outcome combine(boolean harmlessGuard, Outcome first, Outcome second) {
    if (!harmlessGuard || first == Outcome.LEAKS || second == Outcome.LEAKS) {
      return Outcome.LEAKS;
    }
    if (first == Outcome.UNKNOWN || second == Outcome.UNKNOWN) {
      return Outcome.UNKNOWN;
    }
    return Outcome.CONTINUE;
  }

  // ---- end calls ---------------------------------------------------------------------------------------------------

  /** Step 4: {@code x.end()}, {@code x.close()}; for X-Ray any {@code endSegment()}, or {@code x.close()}. */
  private boolean isEndCall(ASTMethodCall call) {
    String name = call.getMethodName();
    if (!lifecycle.isEndMethod(name)) {
      return false;
    }
    if (lifecycle.style() == EndStyle.END_ON_OWNER && !"close".equals(name)) {
      return true;
    }
    return isRootedAtHolder(call.getQualifier());
  }

  /** The plain name {@code x}, or a call chain starting at it: {@code span.tag("k", "v").finish()}. */
  private boolean isRootedAtHolder(ASTExpression expression) {
    ASTExpression root = expression;
    while (root instanceof ASTMethodCall) {
      root = ((ASTMethodCall) root).getQualifier();
    }
    return isHolder(root);
  }

  /** Anywhere inside, lambdas and nested classes included. */
  private boolean containsEndCall(JavaNode node) {
    return node.descendants(ASTMethodCall.class).crossFindBoundaries().any(this::isEndCall);
  }

  // ---- harmless: cannot throw nor leave ----------------------------------------------------------------------------

  /**
   * No call except on the holder, no {@code new}, no {@code return}/{@code throw}/{@code assert}/{@code yield}, and no
   * {@code break}/{@code continue} that leaves {@code node}; lambda bodies are not executed here and are not looked at.
   */
  private boolean isHarmless(JavaNode node) {
    return node.descendantsOrSelf().none(inner -> canThrowOrLeave(inner, node));
  }

  private boolean canThrowOrLeave(JavaNode inner, JavaNode judged) {
    if (inner instanceof ASTMethodCall) {
      ASTMethodCall call = (ASTMethodCall) inner;
      return !isRootedAtHolder(call.getQualifier()) && !isHarmlessCall(call);
    }
    // A jump whose target lies inside the judged code stays inside it.
    if (inner instanceof ASTBreakStatement) {
      return !isInside(((ASTBreakStatement) inner).getTarget(), judged);
    }
    if (inner instanceof ASTContinueStatement) {
      return !isInside(((ASTContinueStatement) inner).getTarget(), judged);
    }
    if (inner instanceof ASTYieldStatement) {
      return !isInside(inner.ancestors(ASTSwitchExpression.class).first(), judged);
    }
    return inner instanceof ASTConstructorCall
        || inner instanceof ASTExplicitConstructorInvocation
        || inner instanceof ASTReturnStatement
        || inner instanceof ASTThrowStatement
        || inner instanceof ASTAssertStatement;
  }

  /** A call on a bare simple name that the catalogue deems harmless (its arguments are judged as descendants). */
  private static boolean isHarmlessCall(ASTMethodCall call) {
    String receiver = bareName(call.getQualifier());
    return receiver != null
        && HarmlessCalls.isHarmless(receiver, call.getMethodName(), call.getArguments().size());
  }

  /** The receiver written as one simple name (variable, field or class), as Error Prone's identifier; else null. */
  private static String bareName(ASTExpression qualifier) {
    if (qualifier instanceof ASTVariableAccess) {
      return ((ASTVariableAccess) qualifier).getName();
    }
    if (qualifier instanceof ASTAmbiguousName) {
      String name = ((ASTAmbiguousName) qualifier).getName();
      return name.indexOf('.') < 0 ? name : null;
    }
    if (qualifier instanceof ASTTypeExpression) {
      ASTType type = ((ASTTypeExpression) qualifier).getTypeNode();
      if (type instanceof ASTClassType
          && ((ASTClassType) type).getQualifier() == null
          && ((ASTClassType) type).getTypeArguments() == null) {
        return ((ASTClassType) type).getSimpleName();
      }
    }
    return null;
  }

  private static boolean isInside(JavaNode node, JavaNode ancestor) {
    return node != null && (node == ancestor || node.ancestors().any(a -> a == ancestor));
  }

  // ---- step 3: the method body -------------------------------------------------------------------------------------

  private static boolean isBodyBoundary(JavaNode node) {
    return node instanceof ASTExecutableDeclaration
        || node instanceof ASTCompactConstructorDeclaration
        || node instanceof ASTLambdaExpression
        || node instanceof ASTInitializer
        || node instanceof ASTTypeDeclaration
        || node instanceof ASTCompilationUnit;
  }

  /** The method, constructor, initializer or lambda whose code {@code node} is part of. */
  private static JavaNode enclosingBody(JavaNode node) {
    for (JavaNode ancestor = node.getParent(); ancestor != null; ancestor = ancestor.getParent()) {
      if (isBodyBoundary(ancestor)) {
        return ancestor;
      }
    }
    return null;
  }
}
