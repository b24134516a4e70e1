package dev.tracelint.pmd;

import dev.tracelint.catalog.MethodRef;
import dev.tracelint.catalog.RetryCatalog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import net.sourceforge.pmd.lang.java.ast.ASTArgumentList;
import net.sourceforge.pmd.lang.java.ast.ASTArrayAccess;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.ASTNamedReferenceExpr;
import net.sourceforge.pmd.lang.java.ast.ASTAssignmentExpression;
import net.sourceforge.pmd.lang.java.ast.ASTBlock;
import net.sourceforge.pmd.lang.java.ast.ASTBooleanLiteral;
import net.sourceforge.pmd.lang.java.ast.ASTBreakStatement;
import net.sourceforge.pmd.lang.java.ast.ASTCatchClause;
import net.sourceforge.pmd.lang.java.ast.ASTClassType;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.ast.ASTConditionalExpression;
import net.sourceforge.pmd.lang.java.ast.ASTConstructorCall;
import net.sourceforge.pmd.lang.java.ast.ASTContinueStatement;
import net.sourceforge.pmd.lang.java.ast.ASTDoStatement;
import net.sourceforge.pmd.lang.java.ast.ASTExecutableDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTExpressionStatement;
import net.sourceforge.pmd.lang.java.ast.ASTForInit;
import net.sourceforge.pmd.lang.java.ast.ASTForStatement;
import net.sourceforge.pmd.lang.java.ast.ASTFormalParameter;
import net.sourceforge.pmd.lang.java.ast.ASTIfStatement;
import net.sourceforge.pmd.lang.java.ast.ASTInfixExpression;
import net.sourceforge.pmd.lang.java.ast.ASTLabeledStatement;
import net.sourceforge.pmd.lang.java.ast.ASTLambdaExpression;
import net.sourceforge.pmd.lang.java.ast.ASTLiteral;
import net.sourceforge.pmd.lang.java.ast.ASTLocalClassStatement;
import net.sourceforge.pmd.lang.java.ast.ASTLoopStatement;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTMethodDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTReturnStatement;
import net.sourceforge.pmd.lang.java.ast.ASTStatement;
import net.sourceforge.pmd.lang.java.ast.ASTSwitchStatement;
import net.sourceforge.pmd.lang.java.ast.ASTSynchronizedStatement;
import net.sourceforge.pmd.lang.java.ast.ASTThisExpression;
import net.sourceforge.pmd.lang.java.ast.ASTThrowStatement;
import net.sourceforge.pmd.lang.java.ast.ASTTryStatement;
import net.sourceforge.pmd.lang.java.ast.ASTTypeDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTUnaryExpression;
import net.sourceforge.pmd.lang.java.ast.ASTVariableAccess;
import net.sourceforge.pmd.lang.java.ast.ASTVariableId;
import net.sourceforge.pmd.lang.java.ast.ASTWhileStatement;
import net.sourceforge.pmd.lang.java.ast.BinaryOp;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.ast.UnaryOp;
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;
import net.sourceforge.pmd.lang.java.symbols.JLocalVariableSymbol;
import net.sourceforge.pmd.lang.java.symbols.JVariableSymbol;
import net.sourceforge.pmd.lang.java.types.JTypeMirror;
import net.sourceforge.pmd.lang.java.types.OverloadSelectionResult;
import net.sourceforge.pmd.lang.java.types.TypeTestUtil;

/**
 * Recognises hand-written retries in PMD's tree for UnboundedRetry and RetryWithoutBackoff: retry loops and methods
 * that call themselves from their own catch block. The procedure is the one written down in
 * {@code docs/rules/UnboundedRetry.md} (points 1 to 9) and {@code docs/rules/RetryWithoutBackoff.md}, which the Error
 * Prone checks implement too. Every walk skips lambdas and nested classes (their code does not run as part of the
 * loop) and, on trees nested deeper than {@link #MAX_DEPTH}, answers in the direction that reports nothing.
 */
final class RetryLoops {
  private static final int MAX_DEPTH = 400;

  /**
   * A loop recognised as a retry.
   *
   * @param unbounded nothing ends the loop while the call keeps failing (UnboundedRetry)
   * @param retriesOnlyConflicts every catch that retries catches only conflicts, which a retry may follow at once
   */
  record RetryLoop(ASTLoopStatement loop, boolean unbounded, boolean retriesOnlyConflicts) {}

  /**
   * A method's call to itself from its own catch block.
   *
   * @param retriesOnlyConflicts the catch that retries catches only conflicts, which a retry may follow at once
   */
  record RecursiveRetry(ASTMethodCall call, ASTMethodDeclaration method, boolean unbounded,
      boolean retriesOnlyConflicts) {}

  /** How the loop's condition relates to ending it (point 7). */
  private enum ConditionKind {
    ENDLESS,
    FLAG,
    OTHER
  }

  /** What the exit search is looking for, and where it must not look. */
  private static final class ExitSearch {
    final String loopLabel;
    final JVariableSymbol flag;
    final boolean countThrow;
    final boolean onlyThrows;
    final Set<JavaNode> skip;
    boolean tooDeep;

    ExitSearch(String loopLabel, JVariableSymbol flag, boolean countThrow, boolean onlyThrows, Set<JavaNode> skip) {
      this.loopLabel = loopLabel;
      this.flag = flag;
      this.countThrow = countThrow;
      this.onlyThrows = onlyThrows;
      this.skip = skip;
    }
  }

  private RetryLoops() {}

  /** The loop as a retry, or {@code null} when it is not a hand-written retry loop (the common case). */
  static RetryLoop retryLoop(ASTLoopStatement loop) {
    if (!(loop instanceof ASTWhileStatement || loop instanceof ASTDoStatement || loop instanceof ASTForStatement)) {
      return null;
    }
    ASTStatement body = loop.getBody();
    if (body == null) {
      return null;
    }
    String loopLabel = loop.getParent() instanceof ASTLabeledStatement
        ? ((ASTLabeledStatement) loop.getParent()).getLabel()
        : null;
    ASTExpression condition = loop.getCondition();
    JVariableSymbol flag = flagOf(condition);
    ConditionKind kind = condition == null || isTrueLiteral(condition)
        ? ConditionKind.ENDLESS
        : flag != null ? ConditionKind.FLAG : ConditionKind.OTHER;
    if (flag == null) {
      // while (!sent && attempt < max): the flag is the success exit, the rest of the condition bounds the loop
      flag = flagInConjunction(condition, 0);
    }
    List<ASTTryStatement> candidates = new ArrayList<>();
    collectTries(body, candidates, 0);
    // most loops have no try: look for one before walking the whole loop for work intake
    if (candidates.isEmpty() || takesWorkOrStepsThroughItems(loop)) {
      return null;
    }
    for (ASTTryStatement attempt : candidates) {
      RetryLoop retry = asRetry(loop, body, attempt, loopLabel, flag, kind);
      if (retry != null) {
        return retry;
      }
    }
    return null;
  }

  private static RetryLoop asRetry(ASTLoopStatement loop, ASTStatement body, ASTTryStatement attempt,
      String loopLabel, JVariableSymbol flag, ConditionKind kind) {
    if (attempt.getCatchClauses().isEmpty() || !makesCall(attempt)) {
      return null;
    }
    ExitSearch success = new ExitSearch(loopLabel, flag, false, false, Set.of());
    boolean successInTry = hasExit(attempt.getBody(), success, 0, new HashSet<>(), 0);
    if (success.tooDeep) {
      return null;
    }
    ASTStatement successAfterTry = successInTry ? null : exitAfterTry(body, attempt, loopLabel);
    if (!successInTry && successAfterTry == null) {
      return null;
    }
    boolean retries = false;
    boolean onlyConflicts = true;
    for (ASTCatchClause handler : attempt.getCatchClauses()) {
      List<String> caught = caughtSimpleNames(handler);
      if (!caught.stream().allMatch(RetryCatalog::isInterruption)
          && !alwaysExits(handler.getBody(), loopLabel, flag, new HashSet<>(), 0)
          && !delegatesFailure(handler)) {
        retries = true;
        onlyConflicts &= caught.stream().allMatch(RetryCatalog::isImmediateRetryException);
      }
    }
    if (!retries) {
      return null;
    }
    boolean unbounded = kind != ConditionKind.OTHER
        && !failurePathExits(body, attempt, successAfterTry, loopLabel, flag);
    return new RetryLoop(loop, unbounded, onlyConflicts);
  }

  /**
   * Whether a catch block hands the caught exception itself to a failure handler ({@code context.onError(e)},
   * {@code policy.handle(e)}; see {@link RetryCatalog#isFailureHandlerName}) in a call that is not itself the argument
   * of another call: the handler may rethrow when attempts run out and may wait, so the catch is not counted as
   * retrying. Pathological nesting counts as handing over, so that it reports nothing.
   */
  static boolean delegatesFailure(ASTCatchClause handler) {
    String caught = handler.getParameter().getName();
    return anyIn(handler.getBody(), node -> node instanceof ASTMethodCall
        && handsOver((ASTMethodCall) node, caught, handler), true);
  }

  private static boolean handsOver(ASTMethodCall call, String caught, ASTCatchClause handler) {
    if (!RetryCatalog.isFailureHandlerName(call.getMethodName())) {
      return false;
    }
    boolean passesCaught = false;
    for (ASTExpression argument : call.getArguments()) {
      passesCaught |= argument instanceof ASTVariableAccess && caught.equals(((ASTVariableAccess) argument).getName());
    }
    if (!passesCaught) {
      return false;
    }
    int depth = 0;
    for (JavaNode node = call.getParent(); node != null && node != handler; node = node.getParent()) {
      if (node instanceof ASTArgumentList || ++depth > MAX_DEPTH) {
        return false;
      }
    }
    return true;
  }

  /** The simple names of the types a catch clause catches, as written (the same with or without types). */
  private static List<String> caughtSimpleNames(ASTCatchClause handler) {
    return handler.getParameter().getAllExceptionTypes().toStream().map(ASTClassType::getSimpleName).toList();
  }

  /** Points 8 and 9: an exit in a catch, in the finally, a throw in the attempt, or an exit elsewhere in the body. */
  private static boolean failurePathExits(ASTStatement body, ASTTryStatement attempt, ASTStatement successAfterTry,
      String loopLabel, JVariableSymbol flag) {
    for (ASTCatchClause handler : attempt.getCatchClauses()) {
      if (exitsIn(handler.getBody(), new ExitSearch(loopLabel, flag, true, false, Set.of()))) {
        return true;
      }
    }
    if (attempt.getFinallyClause() != null
        && exitsIn(attempt.getFinallyClause(), new ExitSearch(loopLabel, flag, true, false, Set.of()))) {
      return true;
    }
    // a throw inside the attempt may escape the catch clauses: count it as a bound, precision first
    if (exitsIn(attempt.getBody(), new ExitSearch(loopLabel, null, true, true, Set.of()))) {
      return true;
    }
    Set<JavaNode> skip = new HashSet<>();
    skip.add(attempt);
    if (successAfterTry != null) {
      skip.add(successAfterTry);
    }
    return exitsIn(body, new ExitSearch(loopLabel, flag, true, false, skip));
  }

  private static boolean exitsIn(JavaNode node, ExitSearch search) {
    return hasExit(node, search, 0, new HashSet<>(), 0) || search.tooDeep;
  }

  /**
   * Whether {@code node} holds an exit from the loop: return, throw (when counted), a break leaving it (not caught by
   * a nested loop or switch, or labelled with a label declared outside), a continue to an outer label, an assignment
   * to the loop's flag.
   */
  private static boolean hasExit(JavaNode node, ExitSearch search, int breakables, Set<String> innerLabels,
      int depth) {
    if (depth > MAX_DEPTH) {
      search.tooDeep = true;
      return false;
    }
    if (search.skip.contains(node) || isBoundary(node)) {
      return false;
    }
    if (node instanceof ASTReturnStatement) {
      return !search.onlyThrows;
    }
    if (node instanceof ASTThrowStatement) {
      return search.countThrow;
    }
    if (search.countThrow && node instanceof ASTMethodCall
        && isExactlyCallTo((ASTMethodCall) node, RetryCatalog.PROCESS_EXIT_CALLS)) {
      // System.exit ends the loop as surely as a throw
      return true;
    }
    if (node instanceof ASTBreakStatement) {
      String label = ((ASTBreakStatement) node).getLabel();
      return !search.onlyThrows && (label == null ? breakables == 0 : !innerLabels.contains(label));
    }
    if (node instanceof ASTContinueStatement) {
      String label = ((ASTContinueStatement) node).getLabel();
      return !search.onlyThrows && label != null && !label.equals(search.loopLabel) && !innerLabels.contains(label);
    }
    if (!search.onlyThrows && isAssignmentTo(node, search.flag)) {
      return true;
    }
    int innerBreakables = breakables + (node instanceof ASTLoopStatement || node instanceof ASTSwitchStatement ? 1 : 0);
    Set<String> labels = innerLabels;
    if (node instanceof ASTLabeledStatement) {
      labels = new HashSet<>(innerLabels);
      labels.add(((ASTLabeledStatement) node).getLabel());
    }
    for (JavaNode child : node.children()) {
      if (hasExit(child, search, innerBreakables, labels, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAssignmentTo(JavaNode node, JVariableSymbol flag) {
    if (flag == null || !(node instanceof ASTAssignmentExpression)) {
      return false;
    }
    ASTAssignmentExpression assignment = (ASTAssignmentExpression) node;
    return !assignment.isCompound() && assignment.getLeftOperand() instanceof ASTVariableAccess
        && flag.equals(((ASTVariableAccess) assignment.getLeftOperand()).getReferencedSym());
  }

  /**
   * The alternative success exit of point 5: a catch continues the loop and an unconditional {@code break} or
   * {@code return} follows the attempt in the loop body's block.
   */
  private static ASTStatement exitAfterTry(ASTStatement body, ASTTryStatement attempt, String loopLabel) {
    if (!(body instanceof ASTBlock) || attempt.getParent() != body) {
      return null;
    }
    boolean catchContinues = attempt.getCatchClauses()
        .any(handler -> continuesLoop(handler.getBody(), loopLabel, 0, 0));
    if (!catchContinues) {
      return null;
    }
    List<ASTStatement> statements = ((ASTBlock) body).children(ASTStatement.class).toList();
    for (ASTStatement statement : statements.subList(statements.indexOf(attempt) + 1, statements.size())) {
      if (statement instanceof ASTReturnStatement) {
        return statement;
      }
      if (statement instanceof ASTBreakStatement) {
        String label = ((ASTBreakStatement) statement).getLabel();
        if (label == null || label.equals(loopLabel)) {
          return statement;
        }
      }
    }
    return null;
  }

  /** A {@code continue} of the loop itself: unlabelled outside nested loops, or with the loop's label. */
  private static boolean continuesLoop(JavaNode node, String loopLabel, int loops, int depth) {
    if (depth > MAX_DEPTH || isBoundary(node)) {
      return false;
    }
    if (node instanceof ASTContinueStatement) {
      String label = ((ASTContinueStatement) node).getLabel();
      return label == null ? loops == 0 : label.equals(loopLabel);
    }
    int inner = loops + (node instanceof ASTLoopStatement ? 1 : 0);
    for (JavaNode child : node.children()) {
      if (continuesLoop(child, loopLabel, inner, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  /** The tries of point 4: in the body, inside blocks, ifs, labels and synchronized, not in nested loops or lambdas. */
  private static void collectTries(ASTStatement statement, List<ASTTryStatement> out, int depth) {
    if (statement == null || depth > MAX_DEPTH) {
      return;
    }
    if (statement instanceof ASTTryStatement) {
      out.add((ASTTryStatement) statement);
    } else if (statement instanceof ASTBlock) {
      for (ASTStatement inner : ((ASTBlock) statement).children(ASTStatement.class)) {
        collectTries(inner, out, depth + 1);
      }
    } else if (statement instanceof ASTIfStatement) {
      collectTries(((ASTIfStatement) statement).getThenBranch(), out, depth + 1);
      collectTries(((ASTIfStatement) statement).getElseBranch(), out, depth + 1);
    } else if (statement instanceof ASTLabeledStatement) {
      collectTries(((ASTLabeledStatement) statement).getStatement(), out, depth + 1);
    } else if (statement instanceof ASTSynchronizedStatement) {
      collectTries(((ASTSynchronizedStatement) statement).getBody(), out, depth + 1);
    }
  }

  private static boolean makesCall(ASTTryStatement attempt) {
    Predicate<JavaNode> isCall = node -> node instanceof ASTMethodCall || node instanceof ASTConstructorCall;
    return attempt.getResources() != null && anyIn(attempt.getResources(), isCall, false)
        || anyIn(attempt.getBody(), isCall, false);
  }

  /** Whether a catch block (or a statement in it) always leaves the loop, point 6. */
  private static boolean alwaysExits(ASTStatement statement, String loopLabel, JVariableSymbol flag,
      Set<String> innerLabels, int depth) {
    if (statement == null || depth > MAX_DEPTH) {
      return false;
    }
    if (statement instanceof ASTBlock) {
      List<ASTStatement> statements = ((ASTBlock) statement).children(ASTStatement.class).toList();
      return !statements.isEmpty()
          && alwaysExits(statements.get(statements.size() - 1), loopLabel, flag, innerLabels, depth + 1);
    }
    if (statement instanceof ASTThrowStatement || statement instanceof ASTReturnStatement) {
      return true;
    }
    if (statement instanceof ASTBreakStatement) {
      String label = ((ASTBreakStatement) statement).getLabel();
      return label == null || !innerLabels.contains(label);
    }
    if (statement instanceof ASTContinueStatement) {
      String label = ((ASTContinueStatement) statement).getLabel();
      return label != null && !label.equals(loopLabel) && !innerLabels.contains(label);
    }
    if (statement instanceof ASTIfStatement) {
      ASTIfStatement branch = (ASTIfStatement) statement;
      return branch.hasElse()
          && alwaysExits(branch.getThenBranch(), loopLabel, flag, innerLabels, depth + 1)
          && alwaysExits(branch.getElseBranch(), loopLabel, flag, innerLabels, depth + 1);
    }
    if (statement instanceof ASTLabeledStatement) {
      ASTLabeledStatement labeled = (ASTLabeledStatement) statement;
      Set<String> labels = new HashSet<>(innerLabels);
      labels.add(labeled.getLabel());
      return alwaysExits(labeled.getStatement(), loopLabel, flag, labels, depth + 1);
    }
    if (statement instanceof ASTSynchronizedStatement) {
      return alwaysExits(((ASTSynchronizedStatement) statement).getBody(), loopLabel, flag, innerLabels, depth + 1);
    }
    if (statement instanceof ASTExpressionStatement) {
      ASTExpression expression = ((ASTExpressionStatement) statement).getExpr();
      return expression instanceof ASTMethodCall
          && isExactlyCallTo((ASTMethodCall) expression, RetryCatalog.PROCESS_EXIT_CALLS)
          || isAssignmentTo(expression, flag);
    }
    return false;
  }

  private static boolean isTrueLiteral(ASTExpression condition) {
    return condition instanceof ASTBooleanLiteral && ((ASTBooleanLiteral) condition).isTrue();
  }

  private static JVariableSymbol flagInConjunction(ASTExpression condition, int depth) {
    if (condition == null || depth > MAX_DEPTH) {
      return null;
    }
    if (!(condition instanceof ASTInfixExpression)
        || ((ASTInfixExpression) condition).getOperator() != BinaryOp.CONDITIONAL_AND) {
      return flagOf(condition);
    }
    ASTInfixExpression and = (ASTInfixExpression) condition;
    JVariableSymbol left = flagInConjunction(and.getLeftOperand(), depth + 1);
    return left != null ? left : flagInConjunction(and.getRightOperand(), depth + 1);
  }

  /** The local boolean of a flag loop: {@code while (!done)}, {@code while (done == false)}, {@code while (pending)}. */
  private static JVariableSymbol flagOf(ASTExpression condition) {
    if (condition == null) {
      return null;
    }
    ASTExpression operand = condition;
    if (operand instanceof ASTUnaryExpression && ((ASTUnaryExpression) operand).getOperator() == UnaryOp.NEGATION) {
      operand = ((ASTUnaryExpression) operand).getOperand();
    } else if (operand instanceof ASTInfixExpression
        && BinaryOp.EQUALITY_OPS.contains(((ASTInfixExpression) operand).getOperator())) {
      ASTInfixExpression comparison = (ASTInfixExpression) operand;
      if (comparison.getRightOperand() instanceof ASTLiteral) {
        operand = comparison.getLeftOperand();
      } else if (comparison.getLeftOperand() instanceof ASTLiteral) {
        operand = comparison.getRightOperand();
      } else {
        return null;
      }
    }
    if (!(operand instanceof ASTVariableAccess)) {
      return null;
    }
    JVariableSymbol symbol = ((ASTVariableAccess) operand).getReferencedSym();
    if (!(symbol instanceof JLocalVariableSymbol)) {
      return null;
    }
    return operand.getTypeMirror() == operand.getTypeSystem().BOOLEAN ? symbol : null;
  }

  /**
   * Points 2 and 3: a call named like work intake anywhere in the loop outside its catch blocks, or a stepped variable
   * that walks through candidates: an index ({@code hosts[i]}, {@code hosts.get(i)}), or a bare argument of a call that
   * is not reporting ({@code bind(port)}) unless the variable is named like an attempt counter.
   */
  private static boolean takesWorkOrStepsThroughItems(ASTLoopStatement loop) {
    Set<JVariableSymbol> stepped = new HashSet<>();
    if (loop instanceof ASTForStatement) {
      ASTForInit init = loop.firstChild(ASTForInit.class);
      if (init != null) {
        init.descendants(ASTVariableId.class).forEach(id -> addSymbol(stepped, id.getSymbol()));
      }
    }
    List<ASTExpression> indexUses = new ArrayList<>();
    List<ASTExpression> callArguments = new ArrayList<>();
    boolean[] takesWork = {false};
    boolean complete = walk(loop, node -> node instanceof ASTCatchClause || isBoundary(node), node -> {
      if (node instanceof ASTMethodCall) {
        ASTMethodCall call = (ASTMethodCall) node;
        takesWork[0] |= RetryCatalog.isWorkIntakeName(call.getMethodName());
        if ("get".equals(call.getMethodName()) && call.getArguments().size() == 1) {
          indexUses.add(call.getArguments().get(0));
        }
        if (!RetryCatalog.isReportingName(call.getMethodName())) {
          call.getArguments().toStream().forEach(callArguments::add);
        }
      } else if (node instanceof ASTConstructorCall) {
        ((ASTConstructorCall) node).getArguments().toStream().forEach(callArguments::add);
      } else if (node instanceof ASTArrayAccess) {
        indexUses.add(((ASTArrayAccess) node).getIndexExpression());
      } else if (node instanceof ASTUnaryExpression && !((ASTUnaryExpression) node).getOperator().isPure()) {
        addAccessed(stepped, ((ASTUnaryExpression) node).getOperand());
      } else if (node instanceof ASTAssignmentExpression && ((ASTAssignmentExpression) node).isCompound()) {
        addAccessed(stepped, ((ASTAssignmentExpression) node).getLeftOperand());
      }
    });
    if (!complete || takesWork[0]) {
      return true;
    }
    for (ASTExpression argument : callArguments) {
      // for (int port = first; ...; port++) { try { bind(port); ... } }: each turn tries a new candidate
      JVariableSymbol symbol = argument instanceof ASTVariableAccess
          ? ((ASTVariableAccess) argument).getReferencedSym()
          : null;
      if (symbol != null && stepped.contains(symbol) && !RetryCatalog.isAttemptCounterName(symbol.getSimpleName())) {
        return true;
      }
    }
    for (ASTExpression index : indexUses) {
      if (anyIn(index, node -> node instanceof ASTVariableAccess
          && stepped.contains(((ASTVariableAccess) node).getReferencedSym()), false)) {
        return true;
      }
    }
    return false;
  }

  private static void addAccessed(Set<JVariableSymbol> symbols, ASTExpression expression) {
    if (expression instanceof ASTNamedReferenceExpr) {
      addSymbol(symbols, ((ASTNamedReferenceExpr) expression).getReferencedSym());
    }
  }

  private static void addSymbol(Set<JVariableSymbol> symbols, JVariableSymbol symbol) {
    if (symbol != null) {
      symbols.add(symbol);
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // Recursive retries

  /**
   * The recursive retry {@code call} makes, or {@code null}: the call must name the enclosing method itself (no
   * receiver or {@code this}) and sit in one of its catch blocks, not inside a loop, lambda or nested class.
   */
  static RecursiveRetry recursiveRetry(ASTMethodCall call) {
    if (!isOnThis(call)) {
      return null;
    }
    boolean inCatch = false;
    boolean guarded = false;
    List<String> caught = List.of();
    JavaNode previous = call;
    int depth = 0;
    for (JavaNode node = call.getParent(); node != null && depth++ < MAX_DEPTH; node = node.getParent()) {
      if (isBoundary(node) || node instanceof ASTLoopStatement) {
        return null;
      }
      if (node instanceof ASTCatchClause && !inCatch) {
        inCatch = true;
        caught = caughtSimpleNames((ASTCatchClause) node);
        if (caught.stream().allMatch(RetryCatalog::isInterruption) || delegatesFailure((ASTCatchClause) node)) {
          return null;
        }
      } else if (!inCatch && node instanceof ASTIfStatement
          && ((ASTIfStatement) node).getCondition() != previous) {
        guarded |= boundsByCondition(((ASTIfStatement) node).getCondition());
      } else if (!inCatch && node instanceof ASTConditionalExpression
          && ((ASTConditionalExpression) node).getCondition() != previous) {
        guarded |= boundsByCondition(((ASTConditionalExpression) node).getCondition());
      } else if (node instanceof ASTExecutableDeclaration) {
        if (!inCatch || !(node instanceof ASTMethodDeclaration) || !callsItself(call, (ASTMethodDeclaration) node)) {
          return null;
        }
        ASTMethodDeclaration method = (ASTMethodDeclaration) node;
        return new RecursiveRetry(call, method, !guarded && !boundedByParameter(call, method),
            caught.stream().allMatch(RetryCatalog::isImmediateRetryException));
      }
      previous = node;
    }
    return null;
  }

  private static boolean isOnThis(ASTMethodCall call) {
    ASTExpression qualifier = call.getQualifier();
    return qualifier == null
        || qualifier instanceof ASTThisExpression && ((ASTThisExpression) qualifier).getQualifier() == null;
  }

  private static boolean callsItself(ASTMethodCall call, ASTMethodDeclaration method) {
    if (!call.getMethodName().equals(method.getName())) {
      return false;
    }
    OverloadSelectionResult overload = call.getOverloadSelectionInfo();
    if (!overload.isFailed() && method.getSymbol() != null) {
      return method.getSymbol().equals(overload.getMethodType().getSymbol());
    }
    return call.getArguments().size() == method.getArity();
  }

  /** A relational comparison, or a deadline or interruption check, in the condition guarding the call. */
  private static boolean boundsByCondition(ASTExpression condition) {
    return anyIn(condition, node -> node instanceof ASTInfixExpression
        && BinaryOp.COMPARISON_OPS.contains(((ASTInfixExpression) node).getOperator())
        || node instanceof ASTMethodCall && (isExactlyCallTo((ASTMethodCall) node, RetryCatalog.DEADLINE_CALLS)
            || isExactlyCallTo((ASTMethodCall) node, RetryCatalog.INTERRUPTION_CALLS)), true);
  }

  private static boolean isExactlyCallTo(ASTMethodCall call, List<MethodRef> refs) {
    OverloadSelectionResult overload = call.getOverloadSelectionInfo();
    if (overload.isFailed()) {
      return false;
    }
    JTypeMirror owner = overload.getMethodType().getDeclaringType();
    for (MethodRef ref : refs) {
      if (ref.method().equals(call.getMethodName()) && owner.getSymbol() instanceof JClassSymbol
          && ref.owner().equals(((JClassSymbol) owner.getSymbol()).getCanonicalName())) {
        return true;
      }
    }
    return false;
  }

  /** A numeric parameter changed on the way down, or compared anywhere in the method. */
  private static boolean boundedByParameter(ASTMethodCall call, ASTMethodDeclaration method) {
    List<ASTFormalParameter> parameters = method.getFormalParameters().toList();
    Set<JVariableSymbol> numeric = new HashSet<>();
    for (ASTFormalParameter parameter : parameters) {
      if (isCount(parameter.getVarId().getTypeMirror())) {
        addSymbol(numeric, parameter.getVarId().getSymbol());
      }
    }
    if (numeric.isEmpty()) {
      return false;
    }
    List<ASTExpression> arguments = call.getArguments().toList();
    for (int i = 0; i < arguments.size() && i < parameters.size(); i++) {
      JVariableSymbol parameter = parameters.get(i).getVarId().getSymbol();
      if (!numeric.contains(parameter)) {
        continue;
      }
      ASTExpression argument = arguments.get(i);
      boolean unchanged = argument instanceof ASTVariableAccess
          && parameter.equals(((ASTVariableAccess) argument).getReferencedSym());
      if (!unchanged && mentions(argument, numeric)) {
        return true;
      }
    }
    return anyIn(method.getBody(), node -> node instanceof ASTInfixExpression
        && (BinaryOp.COMPARISON_OPS.contains(((ASTInfixExpression) node).getOperator())
            || BinaryOp.EQUALITY_OPS.contains(((ASTInfixExpression) node).getOperator()))
        && mentions(node, numeric), true);
  }

  private static boolean mentions(JavaNode node, Set<JVariableSymbol> symbols) {
    return anyIn(node, inner -> inner instanceof ASTVariableAccess
        && symbols.contains(((ASTVariableAccess) inner).getReferencedSym()), true);
  }

  private static boolean isCount(JTypeMirror type) {
    if (type == null) {
      return false;
    }
    if (type.isPrimitive()) {
      return type == type.getTypeSystem().INT || type == type.getTypeSystem().LONG
          || type == type.getTypeSystem().SHORT || type == type.getTypeSystem().BYTE;
    }
    return TypeTestUtil.isExactlyA(Integer.class, type) || TypeTestUtil.isExactlyA(Long.class, type);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Waits

  /**
   * Whether a wait call (see RetryWithoutBackoff.md) appears in {@code scope}, following calls to methods of the same
   * file once. Pathological nesting counts as waiting, so that it reports nothing.
   */
  static boolean containsWait(JavaNode scope, Predicate<ASTMethodCall> isWait) {
    return anyIn(scope, node -> node instanceof ASTMethodCall
        && (isWait.test((ASTMethodCall) node) || helperWaits((ASTMethodCall) node, isWait)), true);
  }

  private static boolean helperWaits(ASTMethodCall call, Predicate<ASTMethodCall> isWait) {
    if (!isOnThis(call)) {
      return false;
    }
    ASTCompilationUnit file = call.getRoot();
    OverloadSelectionResult overload = call.getOverloadSelectionInfo();
    for (ASTMethodDeclaration helper : file.descendants(ASTMethodDeclaration.class).crossFindBoundaries()) {
      boolean same = !overload.isFailed() && helper.getSymbol() != null
          ? helper.getSymbol().equals(overload.getMethodType().getSymbol())
          : helper.getName().equals(call.getMethodName()) && helper.getArity() == call.getArguments().size();
      if (same && helper.getBody() != null
          && anyIn(helper.getBody(), node -> node instanceof ASTMethodCall && isWait.test((ASTMethodCall) node),
              true)) {
        return true;
      }
    }
    return false;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Walking

  /** Lambdas and nested classes: their code does not run where they are written. */
  private static boolean isBoundary(JavaNode node) {
    return node instanceof ASTLambdaExpression || node instanceof ASTTypeDeclaration
        || node instanceof ASTLocalClassStatement;
  }

  /** Whether {@code test} holds for {@code root} or a node under it (outside lambdas and nested classes). */
  private static boolean anyIn(JavaNode root, Predicate<JavaNode> test, boolean whenTooDeep) {
    boolean[] found = {false};
    boolean complete = walk(root, RetryLoops::isBoundary, node -> found[0] |= test.test(node));
    return found[0] || !complete && whenTooDeep;
  }

  /**
   * Visits {@code root} and its descendants, not entering nodes that {@code prune} accepts (other than the root).
   * Returns false, having visited only part of the tree, when it is nested deeper than {@link #MAX_DEPTH}.
   */
  private static boolean walk(JavaNode root, Predicate<JavaNode> prune,
      java.util.function.Consumer<JavaNode> visitor) {
    return walk(root, prune, visitor, 0, true);
  }

  private static boolean walk(JavaNode node, Predicate<JavaNode> prune, java.util.function.Consumer<JavaNode> visitor,
      int depth, boolean isRoot) {
    if (depth > MAX_DEPTH) {
      return false;
    }
    if (!isRoot && prune.test(node)) {
      return true;
    }
    visitor.accept(node);
    for (JavaNode child : node.children()) {
      if (!walk(child, prune, visitor, depth + 1, false)) {
        return false;
      }
    }
    return true;
  }
}
