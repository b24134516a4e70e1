package dev.tracelint.checks;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.UnionTypeTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.TypeTag;
import dev.tracelint.catalog.MethodRef;
import dev.tracelint.catalog.RetryCatalog;
import dev.tracelint.catalog.RetryCatalog.WaitCall;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Name;

/**
 * Recognises hand-written retries for UnboundedRetry and RetryWithoutBackoff: retry loops and methods that call
 * themselves from their own catch block. The procedure is the one written down in {@code docs/rules/UnboundedRetry.md}
 * (points 1 to 9) and {@code docs/rules/RetryWithoutBackoff.md}, which the PMD rules implement too. Every walk skips
 * lambdas and nested classes (their code does not run as part of the loop) and gives up, returning "no retry", on trees
 * nested deeper than {@link #MAX_DEPTH}.
 */
final class RetryLoops {
  private static final int MAX_DEPTH = 400;

  private RetryLoops() {}

  /** A loop recognised as a retry, with what the two rules need to know about it. */
  static final class RetryLoop {
    private final Tree loop;
    private final boolean unbounded;
    private final boolean onlyConflicts;

    private RetryLoop(Tree loop, boolean unbounded, boolean onlyConflicts) {
      this.loop = loop;
      this.unbounded = unbounded;
      this.onlyConflicts = onlyConflicts;
    }

    /** Whether every catch that retries catches only conflicts, which a retry may follow at once. */
    boolean retriesOnlyConflicts() {
      return onlyConflicts;
    }

    /** Whether nothing ends the loop while the call keeps failing (UnboundedRetry). */
    boolean unbounded() {
      return unbounded;
    }

    /** Whether a wait call appears anywhere in the loop (RetryWithoutBackoff stays silent then). */
    boolean waits(RetryCatalog catalog, VisitorState state) {
      return containsWait(loop, catalog, state);
    }
  }

  /** A method's call to itself from its own catch block. */
  static final class RecursiveRetry {
    private final MethodTree method;
    private final boolean unbounded;
    private final boolean onlyConflicts;

    private RecursiveRetry(MethodTree method, boolean unbounded, boolean onlyConflicts) {
      this.method = method;
      this.unbounded = unbounded;
      this.onlyConflicts = onlyConflicts;
    }

    /** Whether the catch that retries catches only conflicts, which a retry may follow at once. */
    boolean retriesOnlyConflicts() {
      return onlyConflicts;
    }

    boolean unbounded() {
      return unbounded;
    }

    boolean waits(RetryCatalog catalog, VisitorState state) {
      return method.getBody() != null && containsWait(method.getBody(), catalog, state);
    }

    String methodName() {
      return method.getName().toString();
    }
  }

  private enum ConditionKind {
    ENDLESS,
    FLAG,
    OTHER
  }

  /** The retry loop {@code state.getPath()} leads to ({@code loop}), or {@code null} when it is not a retry loop. */
  static RetryLoop retryLoop(StatementTree loop, VisitorState state) {
    ExpressionTree condition;
    StatementTree body;
    List<Tree> header = new ArrayList<>();
    if (loop instanceof WhileLoopTree) {
      condition = ((WhileLoopTree) loop).getCondition();
      body = ((WhileLoopTree) loop).getStatement();
    } else if (loop instanceof DoWhileLoopTree) {
      condition = ((DoWhileLoopTree) loop).getCondition();
      body = ((DoWhileLoopTree) loop).getStatement();
    } else if (loop instanceof ForLoopTree) {
      ForLoopTree forLoop = (ForLoopTree) loop;
      condition = forLoop.getCondition();
      body = forLoop.getStatement();
      header.addAll(forLoop.getInitializer());
      header.addAll(forLoop.getUpdate());
    } else {
      return null;
    }
    if (body == null) {
      return null;
    }
    Name loopLabel = labelOf(state.getPath());
    Symbol flag = flagOf(condition);
    ConditionKind kind = condition == null || isTrueLiteral(condition)
        ? ConditionKind.ENDLESS
        : flag != null ? ConditionKind.FLAG : ConditionKind.OTHER;
    if (flag == null) {
      // while (!sent && attempt < max): the flag is the success exit, the rest of the condition bounds the loop
      flag = flagInConjunction(condition, 0);
    }

    List<TryTree> candidates = new ArrayList<>();
    collectTries(body, candidates, 0);
    if (candidates.isEmpty()) {
      return null;
    }
    IntakeScanner intake = new IntakeScanner(loop);
    intake.scan(loop, null);
    if (intake.tooDeep || intake.takesWork || intake.stepsThroughItems()) {
      return null;
    }
    for (TryTree attempt : candidates) {
      RetryLoop retry = asRetry(loop, body, attempt, loopLabel, flag, kind);
      if (retry != null) {
        return retry;
      }
    }
    return null;
  }

  private static RetryLoop asRetry(
      StatementTree loop, StatementTree body, TryTree attempt, Name loopLabel, Symbol flag, ConditionKind kind) {
    if (attempt.getCatches().isEmpty() || !makesCall(attempt)) {
      return null;
    }
    ExitScanner successExit = new ExitScanner(loopLabel, flag, false, Set.of());
    successExit.scan(attempt.getBlock(), null);
    if (successExit.tooDeep) {
      return null;
    }
    StatementTree successAfterTry = successExit.found ? null : exitAfterTry(body, attempt, loopLabel);
    if (!successExit.found && successAfterTry == null) {
      return null;
    }
    boolean retries = false;
    boolean onlyConflicts = true;
    for (CatchTree handler : attempt.getCatches()) {
      List<String> caught = caughtSimpleNames(handler);
      if (!caught.stream().allMatch(RetryCatalog::isInterruption)
          && !alwaysExits(handler.getBlock(), loopLabel, flag, new HashSet<>(), 0)
          && !delegatesFailure(handler)) {
        retries = true;
        onlyConflicts &= caught.stream().allMatch(RetryCatalog::isImmediateRetryException);
      }
    }
    if (!retries) {
      return null;
    }
    return new RetryLoop(loop, kind != ConditionKind.OTHER && !failurePathExits(body, attempt, successAfterTry,
        loopLabel, flag), onlyConflicts);
  }

  /**
   * Whether a catch block hands the caught exception itself to a failure handler ({@code context.onError(e)},
   * {@code policy.handle(e)}; see {@link RetryCatalog#isFailureHandlerName}) in a call that is not itself the argument
   * of another call: the handler may rethrow when attempts run out and may wait, so the catch is not counted as
   * retrying. Pathological nesting counts as handing over, so that it reports nothing.
   */
  static boolean delegatesFailure(CatchTree handler) {
    Symbol caught = ASTHelpers.getSymbol(handler.getParameter());
    if (caught == null) {
      return false;
    }
    HandOverScanner handOver = new HandOverScanner(caught);
    handOver.scan(handler.getBlock(), null);
    return handOver.found || handOver.tooDeep;
  }

  /** The simple names of the types a catch clause catches, from the source (as PMD sees them without types). */
  static List<String> caughtSimpleNames(CatchTree handler) {
    List<String> names = new ArrayList<>();
    Tree type = handler.getParameter().getType();
    List<Tree> alternatives = new ArrayList<>();
    if (type instanceof UnionTypeTree) {
      alternatives.addAll(((UnionTypeTree) type).getTypeAlternatives());
    } else {
      alternatives.add(type);
    }
    for (Tree alternative : alternatives) {
      if (alternative instanceof IdentifierTree) {
        names.add(((IdentifierTree) alternative).getName().toString());
      } else if (alternative instanceof MemberSelectTree) {
        names.add(((MemberSelectTree) alternative).getIdentifier().toString());
      } else {
        names.add("");
      }
    }
    return names;
  }

  /** Points 8 and 9: an exit in a catch, in the finally, or anywhere in the body outside the attempt. */
  private static boolean failurePathExits(
      StatementTree body, TryTree attempt, StatementTree successAfterTry, Name loopLabel, Symbol flag) {
    for (CatchTree handler : attempt.getCatches()) {
      ExitScanner exits = new ExitScanner(loopLabel, flag, true, Set.of());
      exits.scan(handler.getBlock(), null);
      if (exits.found || exits.tooDeep) {
        return true;
      }
    }
    if (attempt.getFinallyBlock() != null) {
      ExitScanner exits = new ExitScanner(loopLabel, flag, true, Set.of());
      exits.scan(attempt.getFinallyBlock(), null);
      if (exits.found || exits.tooDeep) {
        return true;
      }
    }
    Set<Tree> skip = new HashSet<>();
    skip.add(attempt);
    if (successAfterTry != null) {
      skip.add(successAfterTry);
    }
    // a throw inside the attempt may escape the catch clauses: count it as a bound, precision first
    ExitScanner throwsInAttempt = new ExitScanner(loopLabel, null, true, Set.of());
    throwsInAttempt.onlyThrows = true;
    throwsInAttempt.scan(attempt.getBlock(), null);
    if (throwsInAttempt.found || throwsInAttempt.tooDeep) {
      return true;
    }
    ExitScanner exits = new ExitScanner(loopLabel, flag, true, skip);
    exits.scan(body, null);
    return exits.found || exits.tooDeep;
  }

  /**
   * The alternative success exit of point 5: a catch continues the loop and an unconditional {@code break} or
   * {@code return} follows the attempt in the loop body's block.
   */
  private static StatementTree exitAfterTry(StatementTree body, TryTree attempt, Name loopLabel) {
    if (!(body instanceof BlockTree)) {
      return null;
    }
    List<? extends StatementTree> statements = ((BlockTree) body).getStatements();
    int index = statements.indexOf(attempt);
    if (index < 0) {
      return null;
    }
    boolean catchContinues = false;
    for (CatchTree handler : attempt.getCatches()) {
      ContinueScanner continues = new ContinueScanner(loopLabel);
      continues.scan(handler.getBlock(), null);
      catchContinues |= continues.found;
    }
    if (!catchContinues) {
      return null;
    }
    for (StatementTree statement : statements.subList(index + 1, statements.size())) {
      if (statement instanceof ReturnTree
          || (statement instanceof BreakTree && ((BreakTree) statement).getLabel() == null)
          || (statement instanceof BreakTree && ((BreakTree) statement).getLabel().equals(loopLabel))) {
        return statement;
      }
    }
    return null;
  }

  /** The tries of point 4: in the body, inside blocks, ifs, labels and synchronized, not in nested loops or lambdas. */
  private static void collectTries(StatementTree statement, List<TryTree> out, int depth) {
    if (statement == null || depth > MAX_DEPTH) {
      return;
    }
    if (statement instanceof TryTree) {
      out.add((TryTree) statement);
    } else if (statement instanceof BlockTree) {
      for (StatementTree inner : ((BlockTree) statement).getStatements()) {
        collectTries(inner, out, depth + 1);
      }
    } else if (statement instanceof IfTree) {
      collectTries(((IfTree) statement).getThenStatement(), out, depth + 1);
      collectTries(((IfTree) statement).getElseStatement(), out, depth + 1);
    } else if (statement instanceof LabeledStatementTree) {
      collectTries(((LabeledStatementTree) statement).getStatement(), out, depth + 1);
    } else if (statement instanceof SynchronizedTree) {
      collectTries(((SynchronizedTree) statement).getBlock(), out, depth + 1);
    }
  }

  private static boolean makesCall(TryTree attempt) {
    CallScanner calls = new CallScanner();
    calls.scan(attempt.getResources(), null);
    calls.scan(attempt.getBlock(), null);
    return calls.found;
  }

  /** Whether a catch block (or a statement in it) always leaves the loop, point 6. */
  private static boolean alwaysExits(StatementTree statement, Name loopLabel, Symbol flag, Set<Name> innerLabels,
      int depth) {
    if (statement == null || depth > MAX_DEPTH) {
      return false;
    }
    switch (statement.getKind()) {
      case BLOCK:
        List<? extends StatementTree> statements = ((BlockTree) statement).getStatements();
        return !statements.isEmpty()
            && alwaysExits(statements.get(statements.size() - 1), loopLabel, flag, innerLabels, depth + 1);
      case THROW:
      case RETURN:
        return true;
      case BREAK:
        Name breakLabel = ((BreakTree) statement).getLabel();
        return breakLabel == null || !innerLabels.contains(breakLabel);
      case CONTINUE:
        Name continueLabel = ((ContinueTree) statement).getLabel();
        return continueLabel != null && !continueLabel.equals(loopLabel) && !innerLabels.contains(continueLabel);
      case IF:
        IfTree branch = (IfTree) statement;
        return branch.getElseStatement() != null
            && alwaysExits(branch.getThenStatement(), loopLabel, flag, innerLabels, depth + 1)
            && alwaysExits(branch.getElseStatement(), loopLabel, flag, innerLabels, depth + 1);
      case LABELED_STATEMENT:
        LabeledStatementTree labeled = (LabeledStatementTree) statement;
        Set<Name> labels = new HashSet<>(innerLabels);
        labels.add(labeled.getLabel());
        return alwaysExits(labeled.getStatement(), loopLabel, flag, labels, depth + 1);
      case SYNCHRONIZED:
        return alwaysExits(((SynchronizedTree) statement).getBlock(), loopLabel, flag, innerLabels, depth + 1);
      case EXPRESSION_STATEMENT:
        ExpressionTree expression = ((ExpressionStatementTree) statement).getExpression();
        if (expression instanceof MethodInvocationTree && isProcessExit((MethodInvocationTree) expression)) {
          return true;
        }
        return flag != null && expression instanceof AssignmentTree
            && flag.equals(ASTHelpers.getSymbol(((AssignmentTree) expression).getVariable()));
      default:
        return false;
    }
  }

  /** A call to {@code System.exit} or {@code Runtime#exit/halt} ({@link RetryCatalog#PROCESS_EXIT_CALLS}). */
  private static boolean isProcessExit(MethodInvocationTree call) {
    MethodSymbol symbol = ASTHelpers.getSymbol(call);
    return symbol != null && BoundScanner.isNamedIn(symbol, RetryCatalog.PROCESS_EXIT_CALLS);
  }

  private static Name labelOf(TreePath loopPath) {
    TreePath parent = loopPath.getParentPath();
    if (parent != null && parent.getLeaf() instanceof LabeledStatementTree) {
      return ((LabeledStatementTree) parent.getLeaf()).getLabel();
    }
    return null;
  }

  private static boolean isTrueLiteral(ExpressionTree condition) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(condition);
    return stripped instanceof LiteralTree && Boolean.TRUE.equals(((LiteralTree) stripped).getValue());
  }

  private static Symbol flagInConjunction(ExpressionTree condition, int depth) {
    if (condition == null || depth > MAX_DEPTH) {
      return null;
    }
    ExpressionTree stripped = ASTHelpers.stripParentheses(condition);
    if (stripped.getKind() != Tree.Kind.CONDITIONAL_AND) {
      return flagOf(stripped);
    }
    BinaryTree and = (BinaryTree) stripped;
    Symbol left = flagInConjunction(and.getLeftOperand(), depth + 1);
    return left != null ? left : flagInConjunction(and.getRightOperand(), depth + 1);
  }

  /** The local boolean of a flag loop: {@code while (!done)}, {@code while (done == false)}, {@code while (pending)}. */
  private static Symbol flagOf(ExpressionTree condition) {
    if (condition == null) {
      return null;
    }
    ExpressionTree stripped = ASTHelpers.stripParentheses(condition);
    if (stripped.getKind() == Tree.Kind.LOGICAL_COMPLEMENT) {
      stripped = ASTHelpers.stripParentheses(((UnaryTree) stripped).getExpression());
    } else if (stripped.getKind() == Tree.Kind.EQUAL_TO || stripped.getKind() == Tree.Kind.NOT_EQUAL_TO) {
      BinaryTree comparison = (BinaryTree) stripped;
      if (comparison.getRightOperand() instanceof LiteralTree) {
        stripped = ASTHelpers.stripParentheses(comparison.getLeftOperand());
      } else if (comparison.getLeftOperand() instanceof LiteralTree) {
        stripped = ASTHelpers.stripParentheses(comparison.getRightOperand());
      } else {
        return null;
      }
    }
    if (!(stripped instanceof IdentifierTree)) {
      return null;
    }
    Symbol symbol = ASTHelpers.getSymbol(stripped);
    if (symbol == null || symbol.getKind() != ElementKind.LOCAL_VARIABLE) {
      return null;
    }
    Type type = symbol.type;
    return type != null && type.getTag() == TypeTag.BOOLEAN ? symbol : null;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Recursive retries

  /**
   * The recursive retry {@code call} makes, or {@code null}: the call must name the enclosing method itself (no
   * receiver or {@code this}) and sit in one of its catch blocks, not inside a loop, lambda or nested class.
   */
  static RecursiveRetry recursiveRetry(MethodInvocationTree call, VisitorState state) {
    MethodSymbol callee = ASTHelpers.getSymbol(call);
    if (callee == null || !isOnThis(call)) {
      return null;
    }
    boolean inCatch = false;
    boolean guarded = false;
    List<String> caught = List.of();
    Tree previous = call;
    for (TreePath path = state.getPath().getParentPath(); path != null; path = path.getParentPath()) {
      Tree leaf = path.getLeaf();
      if (leaf instanceof LambdaExpressionTree || leaf instanceof ClassTree || isLoop(leaf)) {
        return null;
      }
      if (leaf instanceof CatchTree && !inCatch) {
        inCatch = true;
        caught = caughtSimpleNames((CatchTree) leaf);
        if (caught.stream().allMatch(RetryCatalog::isInterruption) || delegatesFailure((CatchTree) leaf)) {
          return null;
        }
      } else if (!inCatch && leaf instanceof IfTree && ((IfTree) leaf).getCondition() != previous) {
        guarded |= boundsByCondition(((IfTree) leaf).getCondition());
      } else if (!inCatch && leaf instanceof ConditionalExpressionTree
          && ((ConditionalExpressionTree) leaf).getCondition() != previous) {
        guarded |= boundsByCondition(((ConditionalExpressionTree) leaf).getCondition());
      } else if (leaf instanceof MethodTree) {
        MethodTree method = (MethodTree) leaf;
        if (!inCatch || !callee.equals(ASTHelpers.getSymbol(method))) {
          return null;
        }
        return new RecursiveRetry(method, !guarded && !boundedByParameter(call, method, callee),
            caught.stream().allMatch(RetryCatalog::isImmediateRetryException));
      }
      previous = leaf;
    }
    return null;
  }

  private static boolean isOnThis(MethodInvocationTree call) {
    ExpressionTree select = call.getMethodSelect();
    if (select instanceof IdentifierTree) {
      return true;
    }
    if (select instanceof MemberSelectTree) {
      ExpressionTree receiver = ((MemberSelectTree) select).getExpression();
      return receiver instanceof IdentifierTree && ((IdentifierTree) receiver).getName().contentEquals("this");
    }
    return false;
  }

  private static boolean isLoop(Tree tree) {
    return tree instanceof WhileLoopTree || tree instanceof DoWhileLoopTree || tree instanceof ForLoopTree
        || tree instanceof EnhancedForLoopTree;
  }

  private static boolean boundsByCondition(ExpressionTree condition) {
    BoundScanner scanner = new BoundScanner(Set.of());
    scanner.scan(condition, null);
    return scanner.found || scanner.tooDeep;
  }

  /** A numeric parameter changed on the way down, or compared anywhere in the method. */
  private static boolean boundedByParameter(MethodInvocationTree call, MethodTree method, MethodSymbol callee) {
    Set<Symbol> numeric = new HashSet<>();
    List<? extends VariableTree> parameters = method.getParameters();
    for (VariableTree parameter : parameters) {
      Symbol symbol = ASTHelpers.getSymbol(parameter);
      if (symbol != null && isCount(symbol.type)) {
        numeric.add(symbol);
      }
    }
    if (numeric.isEmpty()) {
      return false;
    }
    List<? extends ExpressionTree> arguments = call.getArguments();
    for (int i = 0; i < arguments.size() && i < parameters.size(); i++) {
      Symbol parameter = ASTHelpers.getSymbol(parameters.get(i));
      if (!numeric.contains(parameter)) {
        continue;
      }
      ExpressionTree argument = ASTHelpers.stripParentheses(arguments.get(i));
      boolean unchanged = argument instanceof IdentifierTree && parameter.equals(ASTHelpers.getSymbol(argument));
      MentionScanner mentions = new MentionScanner(numeric);
      mentions.scan(argument, null);
      if (!unchanged && mentions.found) {
        return true;
      }
    }
    BoundScanner comparisons = new BoundScanner(numeric);
    comparisons.scan(method.getBody(), null);
    return comparisons.foundOnSymbols || comparisons.tooDeep;
  }

  private static boolean isCount(Type type) {
    if (type == null) {
      return false;
    }
    switch (type.getTag()) {
      case INT:
      case LONG:
      case SHORT:
      case BYTE:
        return true;
      default:
        String name = type.tsym == null ? "" : type.tsym.getQualifiedName().toString();
        return name.equals("java.lang.Integer") || name.equals("java.lang.Long");
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Waits

  /** Whether a wait call (see RetryWithoutBackoff.md) appears in {@code scope}, following same-class helpers once. */
  static boolean containsWait(Tree scope, RetryCatalog catalog, VisitorState state) {
    WaitScanner waits = new WaitScanner(catalog, state, true);
    waits.scan(scope, null);
    return waits.found || waits.tooDeep;
  }

  static boolean isWait(MethodInvocationTree call, MethodSymbol symbol, RetryCatalog catalog, VisitorState state) {
    String name = symbol.getSimpleName().toString();
    if (RetryCatalog.isBackoffHelperName(name)) {
      return true;
    }
    for (WaitCall wait : catalog.waitCallsNamed(name)) {
      if (call.getArguments().size() >= wait.minArguments() && isOwnedBy(symbol, wait.method(), state)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code symbol} is declared by the reference's owner or a subtype of it. */
  static boolean isOwnedBy(Symbol symbol, MethodRef ref, VisitorState state) {
    Symbol owner = symbol.owner;
    if (owner == null) {
      return false;
    }
    if (owner.getQualifiedName().contentEquals(ref.owner())) {
      return true;
    }
    Type target = state.getTypeFromString(ref.owner());
    if (target == null) {
      target = state.getTypeFromString(ref.ownerBinaryName());
    }
    return target != null && owner.type != null && ASTHelpers.isSubtype(owner.type, target, state);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Scanners

  /** A scanner that skips lambdas and nested classes, stops once it has found, and gives up when nested too deep. */
  private abstract static class BoundedScanner extends TreeScanner<Void, Void> {
    boolean found;
    boolean tooDeep;
    private int depth;

    @Override
    public Void scan(Tree tree, Void unused) {
      if (tree == null || found || tooDeep) {
        return null;
      }
      if (++depth > MAX_DEPTH) {
        tooDeep = true;
      } else {
        super.scan(tree, unused);
      }
      depth--;
      return null;
    }

    @Override
    public Void scan(Iterable<? extends Tree> trees, Void unused) {
      if (trees != null) {
        for (Tree tree : trees) {
          scan(tree, unused);
        }
      }
      return null;
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
      return null;
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
      return null;
    }
  }

  /** Exits from the loop: return, throw, a break or labelled continue that leaves it, an assignment to its flag. */
  private static final class ExitScanner extends BoundedScanner {
    private final Name loopLabel;
    private final Symbol flag;
    private final boolean countThrow;
    private final Set<Tree> skip;
    private final Deque<Tree> breakables = new ArrayDeque<>();
    private final Set<Name> innerLabels = new HashSet<>();
    boolean onlyThrows;

    ExitScanner(Name loopLabel, Symbol flag, boolean countThrow, Set<Tree> skip) {
      this.loopLabel = loopLabel;
      this.flag = flag;
      this.countThrow = countThrow;
      this.skip = skip;
    }

    @Override
    public Void scan(Tree tree, Void unused) {
      return tree != null && skip.contains(tree) ? null : super.scan(tree, unused);
    }

    private Void nested(Tree breakable, Runnable inside) {
      breakables.push(breakable);
      inside.run();
      breakables.pop();
      return null;
    }

    @Override
    public Void visitWhileLoop(WhileLoopTree tree, Void unused) {
      return nested(tree, () -> super.visitWhileLoop(tree, null));
    }

    @Override
    public Void visitDoWhileLoop(DoWhileLoopTree tree, Void unused) {
      return nested(tree, () -> super.visitDoWhileLoop(tree, null));
    }

    @Override
    public Void visitForLoop(ForLoopTree tree, Void unused) {
      return nested(tree, () -> super.visitForLoop(tree, null));
    }

    @Override
    public Void visitEnhancedForLoop(EnhancedForLoopTree tree, Void unused) {
      return nested(tree, () -> super.visitEnhancedForLoop(tree, null));
    }

    @Override
    public Void visitSwitch(SwitchTree tree, Void unused) {
      return nested(tree, () -> super.visitSwitch(tree, null));
    }

    @Override
    public Void visitLabeledStatement(LabeledStatementTree tree, Void unused) {
      boolean added = innerLabels.add(tree.getLabel());
      super.visitLabeledStatement(tree, null);
      if (added) {
        innerLabels.remove(tree.getLabel());
      }
      return null;
    }

    @Override
    public Void visitBreak(BreakTree tree, Void unused) {
      if (onlyThrows) {
        return null;
      }
      Name label = tree.getLabel();
      found |= label == null ? breakables.isEmpty() : !innerLabels.contains(label);
      return null;
    }

    @Override
    public Void visitContinue(ContinueTree tree, Void unused) {
      Name label = tree.getLabel();
      found |= !onlyThrows && label != null && !label.equals(loopLabel) && !innerLabels.contains(label);
      return null;
    }

    @Override
    public Void visitReturn(ReturnTree tree, Void unused) {
      found |= !onlyThrows;
      return null;
    }

    @Override
    public Void visitThrow(ThrowTree tree, Void unused) {
      found |= countThrow;
      return null;
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
      // System.exit ends the loop as surely as a throw
      if (countThrow && isProcessExit(tree)) {
        found = true;
        return null;
      }
      return super.visitMethodInvocation(tree, null);
    }

    @Override
    public Void visitAssignment(AssignmentTree tree, Void unused) {
      if (!onlyThrows && flag != null && flag.equals(ASTHelpers.getSymbol(tree.getVariable()))) {
        found = true;
        return null;
      }
      return super.visitAssignment(tree, null);
    }
  }

  /** A {@code continue} of the loop itself (unlabelled outside nested loops, or with the loop's label). */
  private static final class ContinueScanner extends BoundedScanner {
    private final Name loopLabel;
    private int loops;

    ContinueScanner(Name loopLabel) {
      this.loopLabel = loopLabel;
    }

    @Override
    public Void visitWhileLoop(WhileLoopTree tree, Void unused) {
      loops++;
      super.visitWhileLoop(tree, null);
      loops--;
      return null;
    }

    @Override
    public Void visitDoWhileLoop(DoWhileLoopTree tree, Void unused) {
      loops++;
      super.visitDoWhileLoop(tree, null);
      loops--;
      return null;
    }

    @Override
    public Void visitForLoop(ForLoopTree tree, Void unused) {
      loops++;
      super.visitForLoop(tree, null);
      loops--;
      return null;
    }

    @Override
    public Void visitEnhancedForLoop(EnhancedForLoopTree tree, Void unused) {
      loops++;
      super.visitEnhancedForLoop(tree, null);
      loops--;
      return null;
    }

    @Override
    public Void visitContinue(ContinueTree tree, Void unused) {
      found |= tree.getLabel() == null ? loops == 0 : tree.getLabel().equals(loopLabel);
      return null;
    }
  }

  /** A call, not nested in another call's arguments, that passes the caught exception to a failure handler. */
  private static final class HandOverScanner extends BoundedScanner {
    private final Symbol caught;
    private int inArguments;

    HandOverScanner(Symbol caught) {
      this.caught = caught;
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
      if (inArguments == 0 && RetryCatalog.isFailureHandlerName(calledName(tree)) && passesCaught(tree.getArguments())) {
        found = true;
        return null;
      }
      scan(tree.getMethodSelect(), null);
      scanArguments(tree.getArguments());
      return null;
    }

    @Override
    public Void visitNewClass(NewClassTree tree, Void unused) {
      scan(tree.getEnclosingExpression(), null);
      scanArguments(tree.getArguments());
      return null;
    }

    private void scanArguments(List<? extends ExpressionTree> arguments) {
      inArguments++;
      scan(arguments, null);
      inArguments--;
    }

    private boolean passesCaught(List<? extends ExpressionTree> arguments) {
      for (ExpressionTree argument : arguments) {
        ExpressionTree stripped = ASTHelpers.stripParentheses(argument);
        if (stripped instanceof IdentifierTree && caught.equals(ASTHelpers.getSymbol(stripped))) {
          return true;
        }
      }
      return false;
    }

    private static String calledName(MethodInvocationTree tree) {
      ExpressionTree select = tree.getMethodSelect();
      if (select instanceof IdentifierTree) {
        return ((IdentifierTree) select).getName().toString();
      }
      if (select instanceof MemberSelectTree) {
        return ((MemberSelectTree) select).getIdentifier().toString();
      }
      return "";
    }
  }

  /** Any method or constructor call: the attempt of point 4. */
  private static final class CallScanner extends BoundedScanner {
    @Override
    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
      found = true;
      return null;
    }

    @Override
    public Void visitNewClass(NewClassTree tree, Void unused) {
      found = true;
      return null;
    }
  }

  /** Points 2 and 3: work taken on each turn, or an index stepping through items. */
  private static final class IntakeScanner extends BoundedScanner {
    private final Set<Symbol> stepped = new HashSet<>();
    private final List<ExpressionTree> indexUses = new ArrayList<>();
    private final List<ExpressionTree> callArguments = new ArrayList<>();
    boolean takesWork;

    IntakeScanner(StatementTree loop) {
      if (loop instanceof ForLoopTree) {
        for (StatementTree initializer : ((ForLoopTree) loop).getInitializer()) {
          Symbol symbol = ASTHelpers.getSymbol(initializer);
          if (symbol != null) {
            stepped.add(symbol);
          }
        }
      }
    }

    @Override
    public Void visitCatch(CatchTree tree, Void unused) {
      // what a catch block calls is failure handling, not intake
      return null;
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
      MethodSymbol symbol = ASTHelpers.getSymbol(tree);
      if (symbol != null) {
        String name = symbol.getSimpleName().toString();
        if (RetryCatalog.isWorkIntakeName(name)) {
          takesWork = true;
        }
        if (name.equals("get") && tree.getArguments().size() == 1) {
          indexUses.add(tree.getArguments().get(0));
        }
        if (!RetryCatalog.isReportingName(name)) {
          callArguments.addAll(tree.getArguments());
        }
      }
      return super.visitMethodInvocation(tree, null);
    }

    @Override
    public Void visitNewClass(NewClassTree tree, Void unused) {
      callArguments.addAll(tree.getArguments());
      return super.visitNewClass(tree, null);
    }

    @Override
    public Void visitArrayAccess(ArrayAccessTree tree, Void unused) {
      indexUses.add(tree.getIndex());
      return super.visitArrayAccess(tree, null);
    }

    @Override
    public Void visitUnary(UnaryTree tree, Void unused) {
      switch (tree.getKind()) {
        case POSTFIX_INCREMENT:
        case POSTFIX_DECREMENT:
        case PREFIX_INCREMENT:
        case PREFIX_DECREMENT:
          Symbol symbol = ASTHelpers.getSymbol(tree.getExpression());
          if (symbol != null) {
            stepped.add(symbol);
          }
          break;
        default:
          break;
      }
      return super.visitUnary(tree, null);
    }

    @Override
    public Void visitCompoundAssignment(CompoundAssignmentTree tree, Void unused) {
      Symbol symbol = ASTHelpers.getSymbol(tree.getVariable());
      if (symbol != null) {
        stepped.add(symbol);
      }
      return super.visitCompoundAssignment(tree, null);
    }

    boolean stepsThroughItems() {
      for (ExpressionTree argument : callArguments) {
        // for (int port = first; ...; port++) { try { bind(port); ... } }: each turn tries a new candidate
        ExpressionTree stripped = ASTHelpers.stripParentheses(argument);
        Symbol symbol = stripped instanceof IdentifierTree ? ASTHelpers.getSymbol(stripped) : null;
        if (symbol != null && stepped.contains(symbol)
            && !RetryCatalog.isAttemptCounterName(symbol.getSimpleName().toString())) {
          return true;
        }
      }
      for (ExpressionTree index : indexUses) {
        MentionScanner mentions = new MentionScanner(stepped);
        mentions.scan(index, null);
        if (mentions.found) {
          return true;
        }
      }
      return false;
    }
  }

  /** A reference to one of the given variables. */
  private static final class MentionScanner extends BoundedScanner {
    private final Set<Symbol> symbols;

    MentionScanner(Set<Symbol> symbols) {
      this.symbols = symbols;
    }

    @Override
    public Void visitIdentifier(IdentifierTree tree, Void unused) {
      found |= symbols.contains(ASTHelpers.getSymbol(tree));
      return null;
    }
  }

  /**
   * Evidence that a condition bounds a retry: a relational comparison, or a deadline or interruption call. With
   * {@code symbols}, {@link #foundOnSymbols} says whether a comparison involves one of them.
   */
  private static final class BoundScanner extends BoundedScanner {
    private final Set<Symbol> symbols;
    boolean foundOnSymbols;

    BoundScanner(Set<Symbol> symbols) {
      this.symbols = symbols;
    }

    @Override
    public Void visitBinary(BinaryTree tree, Void unused) {
      switch (tree.getKind()) {
        case LESS_THAN:
        case LESS_THAN_EQUAL:
        case GREATER_THAN:
        case GREATER_THAN_EQUAL:
        case EQUAL_TO:
        case NOT_EQUAL_TO:
          if (symbols.isEmpty()) {
            found = tree.getKind() != Tree.Kind.EQUAL_TO && tree.getKind() != Tree.Kind.NOT_EQUAL_TO;
          } else {
            MentionScanner mentions = new MentionScanner(symbols);
            mentions.scan(tree, null);
            foundOnSymbols |= mentions.found;
            found = foundOnSymbols;
          }
          break;
        default:
          break;
      }
      return super.visitBinary(tree, null);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
      MethodSymbol symbol = ASTHelpers.getSymbol(tree);
      if (symbol != null && symbols.isEmpty() && (isNamedIn(symbol, RetryCatalog.DEADLINE_CALLS)
          || isNamedIn(symbol, RetryCatalog.INTERRUPTION_CALLS))) {
        found = true;
        return null;
      }
      return super.visitMethodInvocation(tree, null);
    }

    private static boolean isNamedIn(MethodSymbol symbol, List<MethodRef> refs) {
      for (MethodRef ref : refs) {
        if (symbol.getSimpleName().contentEquals(ref.method()) && symbol.owner != null
            && symbol.owner.getQualifiedName().contentEquals(ref.owner())) {
          return true;
        }
      }
      return false;
    }
  }

  /** Wait calls, and same-class helpers whose body waits (one level). */
  private static final class WaitScanner extends BoundedScanner {
    private final RetryCatalog catalog;
    private final VisitorState state;
    private final boolean followHelpers;

    WaitScanner(RetryCatalog catalog, VisitorState state, boolean followHelpers) {
      this.catalog = catalog;
      this.state = state;
      this.followHelpers = followHelpers;
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
      MethodSymbol symbol = ASTHelpers.getSymbol(tree);
      if (symbol != null) {
        if (isWait(tree, symbol, catalog, state)) {
          found = true;
          return null;
        }
        if (followHelpers && isOnThis(tree)) {
          MethodTree helper = ASTHelpers.findMethod(symbol, state);
          if (helper != null && helper.getBody() != null) {
            WaitScanner inner = new WaitScanner(catalog, state, false);
            inner.scan(helper.getBody(), null);
            if (inner.found) {
              found = true;
              return null;
            }
          }
        }
      }
      return super.visitMethodInvocation(tree, null);
    }
  }
}
