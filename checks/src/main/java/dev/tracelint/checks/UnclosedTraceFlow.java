package dev.tracelint.checks;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.AssertTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
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
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
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
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import dev.tracelint.catalog.HarmlessCalls;
import dev.tracelint.catalog.TraceLifecycle;
import dev.tracelint.catalog.TraceLifecycle.EndStyle;
import dev.tracelint.checks.UnclosedTrace.Obligation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Name;

/**
 * UnclosedTrace's structural decision procedure (steps 4 to 8 of {@code docs/rules/UnclosedTrace.md}) for one
 * obligation. Unexpected shapes classify as {@link Flow#UNKNOWN}, which never reports.
 */
final class UnclosedTraceFlow {

  /** How a statement, or a walk over statements, treats the obligation. */
  enum Flow {
    /** Every path through it ends the obligation, with nothing harmful before the end. */
    ENDED,
    /** Harmless and no end: the statements after it decide. */
    CONTINUE,
    /** A path can throw or leave before the end. */
    LEAKS,
    /** A shape this rule does not model: no finding. */
    UNKNOWN
  }

  /** Deeply nested code is rare and costly to walk; past this depth the verdict is "no finding". */
  private static final int MAX_DEPTH = 64;

  private final Obligation obligation;
  private final TraceLifecycle lifecycle;
  private final Symbol holder;
  private final VisitorState state;
  private int depth;

  UnclosedTraceFlow(Obligation obligation, VisitorState state) {
    this.obligation = obligation;
    this.lifecycle = obligation.lifecycle();
    this.holder = obligation.holder();
    this.state = state;
  }

  /** Steps 5 to 8: LEAKS means report. */
  Flow verdict() {
    if (holder != null) {
      HolderUses uses = new HolderUses();
      uses.scan(obligation.bodyPath(), null);
      if (uses.handedOff || uses.reassigned) {
        return Flow.UNKNOWN;
      }
    }
    if (coveredByFinally()) {
      return Flow.ENDED;
    }
    return walkFromStart();
  }

  // Step 7.
  private boolean coveredByFinally() {
    Tree below = obligation.statement().getLeaf();
    for (TreePath path = obligation.statement().getParentPath(); path != null; path = path.getParentPath()) {
      Tree leaf = path.getLeaf();
      if (leaf instanceof TryTree) {
        TryTree tryTree = (TryTree) leaf;
        if (tryTree.getBlock() == below && tryTree.getFinallyBlock() != null && containsEnd(tryTree.getFinallyBlock())) {
          return true;
        }
      }
      if (leaf == obligation.body()) {
        return false;
      }
      below = leaf;
    }
    return false;
  }

  // Step 8, including the climb out of the start's statement list.
  private Flow walkFromStart() {
    TreePath containerPath = obligation.statement().getParentPath();
    Tree exited = obligation.statement().getLeaf();
    while (true) {
      Tree container = containerPath.getLeaf();
      if (!(container instanceof BlockTree)) {
        if (container instanceof CaseTree && ((CaseTree) container).getStatements() != null) {
          return walkRestOfCase(((CaseTree) container).getStatements(), exited);
        }
        return Flow.UNKNOWN;
      }
      List<? extends StatementTree> statements = ((BlockTree) container).getStatements();
      Flow flow = walk(statements, statements.indexOf(exited) + 1);
      if (flow != Flow.CONTINUE) {
        return flow;
      }
      if (obligation.isDeclaration() || (holder == null ? container == obligation.body() : declares(statements))) {
        return Flow.LEAKS;
      }
      if (container == obligation.body()) {
        return Flow.UNKNOWN;
      }
      // Climb to the statement list that holds the enclosing statement.
      exited = container;
      TreePath up = containerPath.getParentPath();
      while (up != null && !(up.getLeaf() instanceof BlockTree)) {
        Tree parent = up.getLeaf();
        boolean transparent =
            parent instanceof IfTree
                || parent instanceof LabeledStatementTree
                || parent instanceof SynchronizedTree
                || parent instanceof CatchTree
                || (parent instanceof TryTree && ((TryTree) parent).getFinallyBlock() == null);
        if (!transparent) {
          return Flow.UNKNOWN;
        }
        exited = parent;
        up = up.getParentPath();
      }
      if (up == null) {
        return Flow.UNKNOWN;
      }
      containerPath = up;
    }
  }

  /**
   * After a start among a {@code case ...:}'s statements: a top-level {@code break;} leaves the switch, where a variable
   * declared in the case is dead; falling through to the next case is not followed.
   */
  private Flow walkRestOfCase(List<? extends StatementTree> statements, Tree start) {
    for (int i = statements.indexOf(start) + 1; i < statements.size(); i++) {
      StatementTree statement = statements.get(i);
      if (statement instanceof BreakTree && ((BreakTree) statement).getLabel() == null) {
        return obligation.isDeclaration() ? Flow.LEAKS : Flow.UNKNOWN;
      }
      Flow flow = classify(statement);
      if (flow != Flow.CONTINUE) {
        return flow;
      }
    }
    return Flow.UNKNOWN;
  }

  private boolean declares(List<? extends StatementTree> statements) {
    for (StatementTree statement : statements) {
      if (statement instanceof VariableTree && ASTHelpers.getSymbol((VariableTree) statement) == holder) {
        return true;
      }
    }
    return false;
  }

  private Flow walk(List<? extends StatementTree> statements, int from) {
    for (int i = from; i < statements.size(); i++) {
      Flow flow = classify(statements.get(i));
      if (flow != Flow.CONTINUE) {
        return flow;
      }
    }
    return Flow.CONTINUE;
  }

  /** A switch case's statements: an unlabeled top-level {@code break;} ends the case. */
  private Flow walkCase(List<? extends StatementTree> statements) {
    for (StatementTree statement : statements) {
      if (statement instanceof BreakTree && ((BreakTree) statement).getLabel() == null) {
        return Flow.CONTINUE;
      }
      Flow flow = classify(statement);
      if (flow != Flow.CONTINUE) {
        return flow;
      }
    }
    return Flow.CONTINUE;
  }

  private Flow classify(StatementTree statement) {
    if (depth > MAX_DEPTH) {
      return Flow.UNKNOWN;
    }
    depth++;
    try {
      return classifyUnguarded(statement);
    } finally {
      depth--;
    }
  }

  private Flow classifyUnguarded(StatementTree statement) {
    if (statement instanceof ExpressionStatementTree
        && ((ExpressionStatementTree) statement).getExpression() instanceof MethodInvocationTree) {
      MethodInvocationTree call = (MethodInvocationTree) ((ExpressionStatementTree) statement).getExpression();
      if (isEndCall(call)) {
        return Flow.ENDED;
      }
    }
    if (statement instanceof TryTree) {
      return classifyTry((TryTree) statement);
    }
    if (statement instanceof BlockTree) {
      return walk(((BlockTree) statement).getStatements(), 0);
    }
    if (statement instanceof LabeledStatementTree && containsEnd(statement)) {
      return classify(((LabeledStatementTree) statement).getStatement());
    }
    if (statement instanceof SynchronizedTree) {
      SynchronizedTree sync = (SynchronizedTree) statement;
      return harmless(sync.getExpression()) ? walk(sync.getBlock().getStatements(), 0) : Flow.LEAKS;
    }
    if (statement instanceof IfTree) {
      return classifyIf((IfTree) statement);
    }
    if (!containsEnd(statement)) {
      return harmless(statement) ? Flow.CONTINUE : Flow.LEAKS;
    }
    if (statement instanceof SwitchTree) {
      return classifySwitch((SwitchTree) statement);
    }
    return Flow.UNKNOWN;
  }

  private Flow classifyTry(TryTree tryTree) {
    if (tryTree.getFinallyBlock() != null && containsEnd(tryTree.getFinallyBlock())) {
      return Flow.ENDED;
    }
    if (isEndAndRethrowInCatchThrowable(tryTree)) {
      return Flow.ENDED;
    }
    if (!containsEnd(tryTree)) {
      return harmless(tryTree) ? Flow.CONTINUE : Flow.LEAKS;
    }
    for (Tree resource : tryTree.getResources()) {
      if (!harmless(resource)) {
        return Flow.LEAKS;
      }
    }
    Flow body = walk(tryTree.getBlock().getStatements(), 0);
    if (body != Flow.CONTINUE) {
      return body;
    }
    return tryTree.getFinallyBlock() == null ? Flow.CONTINUE : walk(tryTree.getFinallyBlock().getStatements(), 0);
  }

  /** ENDED rule 3: end on the normal path as the try block's last statement, and in every catch. */
  private boolean isEndAndRethrowInCatchThrowable(TryTree tryTree) {
    if (tryTree.getFinallyBlock() != null || tryTree.getCatches().isEmpty()) {
      return false;
    }
    boolean catchesThrowable = false;
    for (CatchTree catchTree : tryTree.getCatches()) {
      if (!containsEnd(catchTree.getBlock())) {
        return false;
      }
      Tree type = catchTree.getParameter().getType();
      Symbol typeSymbol = ASTHelpers.getSymbol(type);
      if (typeSymbol != null && typeSymbol.getQualifiedName().contentEquals("java.lang.Throwable")) {
        catchesThrowable = true;
      }
    }
    List<? extends StatementTree> statements = tryTree.getBlock().getStatements();
    if (!catchesThrowable || statements.isEmpty()) {
      return false;
    }
    StatementTree last = statements.get(statements.size() - 1);
    return last instanceof ExpressionStatementTree
        && ((ExpressionStatementTree) last).getExpression() instanceof MethodInvocationTree
        && isEndCall((MethodInvocationTree) ((ExpressionStatementTree) last).getExpression())
        && !containsJump(tryTree.getBlock());
  }

  private Flow classifyIf(IfTree ifTree) {
    if (ifTree.getElseStatement() == null && isNonNullCheckOfHolder(ifTree.getCondition())) {
      return classify(ifTree.getThenStatement());
    }
    if (!containsEnd(ifTree)) {
      return harmless(ifTree) ? Flow.CONTINUE : Flow.LEAKS;
    }
    if (!harmless(ifTree.getCondition())) {
      return Flow.LEAKS;
    }
    Flow then = classify(ifTree.getThenStatement());
    Flow otherwise = ifTree.getElseStatement() == null ? Flow.CONTINUE : classify(ifTree.getElseStatement());
    return combine(List.of(then, otherwise), true);
  }

  private Flow classifySwitch(SwitchTree switchTree) {
    if (!harmless(switchTree.getExpression())) {
      return Flow.LEAKS;
    }
    boolean hasDefault = false;
    List<Flow> flows = new java.util.ArrayList<>();
    for (CaseTree caseTree : switchTree.getCases()) {
      hasDefault |= ASTHelpers.isSwitchDefault(caseTree);
      if (caseTree.getCaseKind() == CaseTree.CaseKind.RULE) {
        Tree body = caseTree.getBody();
        if (body instanceof BlockTree) {
          flows.add(walkCase(((BlockTree) body).getStatements()));
        } else if (body instanceof StatementTree) {
          flows.add(classify((StatementTree) body));
        } else {
          flows.add(harmless(body) ? Flow.CONTINUE : Flow.LEAKS);
        }
      } else {
        flows.add(walkCase(caseTree.getStatements()));
      }
    }
    return combine(flows, hasDefault);
  }

  private static Flow combine(List<Flow> flows, boolean exhaustive) {
    if (flows.contains(Flow.LEAKS)) {
      return Flow.LEAKS;
    }
    if (flows.contains(Flow.UNKNOWN)) {
      return Flow.UNKNOWN;
    }
    boolean allEnded = flows.stream().allMatch(flow -> flow == Flow.ENDED);
    return allEnded && exhaustive && !flows.isEmpty() ? Flow.ENDED : Flow.CONTINUE;
  }

  private boolean isNonNullCheckOfHolder(ExpressionTree condition) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(condition);
    if (holder == null || stripped.getKind() != Tree.Kind.NOT_EQUAL_TO) {
      return false;
    }
    BinaryTree binary = (BinaryTree) stripped;
    return (isHolder(binary.getLeftOperand()) && isNullLiteral(binary.getRightOperand()))
        || (isNullLiteral(binary.getLeftOperand()) && isHolder(binary.getRightOperand()));
  }

  private static boolean isNullLiteral(ExpressionTree tree) {
    return ASTHelpers.stripParentheses(tree).getKind() == Tree.Kind.NULL_LITERAL;
  }

  private boolean isHolder(Tree tree) {
    Tree stripped = tree instanceof ExpressionTree ? ASTHelpers.stripParentheses((ExpressionTree) tree) : tree;
    return holder != null && stripped instanceof IdentifierTree && ASTHelpers.getSymbol(stripped) == holder;
  }

  /** Receiver is the holder, or a call chain starting at it ({@code span.tag("k", v).finish()}). */
  private boolean isRootedAtHolder(ExpressionTree receiver) {
    ExpressionTree current = receiver;
    for (int i = 0; current != null && i < MAX_DEPTH; i++) {
      current = ASTHelpers.stripParentheses(current);
      if (isHolder(current)) {
        return true;
      }
      if (!(current instanceof MethodInvocationTree)) {
        return false;
      }
      current = ASTHelpers.getReceiver(current);
    }
    return false;
  }

  /** Step 4. */
  boolean isEndCall(MethodInvocationTree call) {
    String name = UnclosedTrace.methodName(call);
    if (name == null || !lifecycle.isEndMethod(name)) {
      return false;
    }
    if (lifecycle.style() == EndStyle.END_ON_OWNER && lifecycle.endMethods().contains(name)) {
      return true;
    }
    ExpressionTree receiver = ASTHelpers.getReceiver(call);
    return receiver != null && isRootedAtHolder(receiver);
  }

  boolean containsEnd(Tree tree) {
    Boolean found =
        new TreeScanner<Boolean, Void>() {
          @Override
          public Boolean visitMethodInvocation(MethodInvocationTree node, Void unused) {
            return isEndCall(node) || Boolean.TRUE.equals(super.visitMethodInvocation(node, null));
          }

          @Override
          public Boolean visitLambdaExpression(LambdaExpressionTree node, Void unused) {
            return false;
          }

          @Override
          public Boolean visitClass(ClassTree node, Void unused) {
            return false;
          }

          @Override
          public Boolean reduce(Boolean a, Boolean b) {
            return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
          }
        }.scan(tree, null);
    return Boolean.TRUE.equals(found);
  }

  private static boolean containsJump(Tree tree) {
    Boolean found =
        new TreeScanner<Boolean, Void>() {
          @Override
          public Boolean visitReturn(ReturnTree node, Void unused) {
            return true;
          }

          @Override
          public Boolean visitBreak(BreakTree node, Void unused) {
            return true;
          }

          @Override
          public Boolean visitContinue(ContinueTree node, Void unused) {
            return true;
          }

          @Override
          public Boolean visitYield(YieldTree node, Void unused) {
            return true;
          }

          @Override
          public Boolean visitLambdaExpression(LambdaExpressionTree node, Void unused) {
            return false;
          }

          @Override
          public Boolean visitClass(ClassTree node, Void unused) {
            return false;
          }

          @Override
          public Boolean reduce(Boolean a, Boolean b) {
            return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
          }
        }.scan(tree, null);
    return Boolean.TRUE.equals(found);
  }

  /** Cannot throw nor leave, in this rule's simple model (see "Harmless" in the docs page). */
  boolean harmless(Tree tree) {
    HarmScanner scanner = new HarmScanner();
    scanner.scan(tree, null);
    return !scanner.harmful;
  }

  /** A call on a bare simple name that the catalogue deems harmless (its arguments are judged by the caller). */
  private static boolean isHarmlessCall(MethodInvocationTree call) {
    if (!(call.getMethodSelect() instanceof MemberSelectTree)) {
      return false;
    }
    MemberSelectTree select = (MemberSelectTree) call.getMethodSelect();
    return select.getExpression() instanceof IdentifierTree
        && HarmlessCalls.isHarmless(
            ((IdentifierTree) select.getExpression()).getName().toString(),
            select.getIdentifier().toString(),
            call.getArguments().size());
  }

  private final class HarmScanner extends TreeScanner<Void, Void> {
    boolean harmful;
    private int loops;
    private int switches;
    private final Set<Name> labels = new HashSet<>();

    @Override
    public Void scan(Tree tree, Void unused) {
      return harmful ? null : super.scan(tree, unused);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
      ExpressionTree receiver = ASTHelpers.getReceiver(node);
      boolean onHolder = holder != null && receiver != null && isRootedAtHolder(receiver);
      if (!onHolder && !isHarmlessCall(node)) {
        harmful = true;
        return null;
      }
      return super.visitMethodInvocation(node, null);
    }

    @Override
    public Void visitNewClass(NewClassTree node, Void unused) {
      harmful = true;
      return null;
    }

    @Override
    public Void visitReturn(ReturnTree node, Void unused) {
      harmful = true;
      return null;
    }

    @Override
    public Void visitThrow(ThrowTree node, Void unused) {
      harmful = true;
      return null;
    }

    @Override
    public Void visitAssert(AssertTree node, Void unused) {
      harmful = true;
      return null;
    }

    @Override
    public Void visitYield(YieldTree node, Void unused) {
      harmful |= switches == 0;
      return null;
    }

    @Override
    public Void visitBreak(BreakTree node, Void unused) {
      harmful |= node.getLabel() == null ? loops == 0 && switches == 0 : !labels.contains(node.getLabel());
      return null;
    }

    @Override
    public Void visitContinue(ContinueTree node, Void unused) {
      harmful |= node.getLabel() == null ? loops == 0 : !labels.contains(node.getLabel());
      return null;
    }

    @Override
    public Void visitLabeledStatement(LabeledStatementTree node, Void unused) {
      boolean added = labels.add(node.getLabel());
      try {
        return super.visitLabeledStatement(node, null);
      } finally {
        if (added) {
          labels.remove(node.getLabel());
        }
      }
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
      return null;
    }

    @Override
    public Void visitClass(ClassTree node, Void unused) {
      return null;
    }

    @Override
    public Void visitForLoop(ForLoopTree node, Void unused) {
      loops++;
      try {
        return super.visitForLoop(node, null);
      } finally {
        loops--;
      }
    }

    @Override
    public Void visitEnhancedForLoop(EnhancedForLoopTree node, Void unused) {
      loops++;
      try {
        return super.visitEnhancedForLoop(node, null);
      } finally {
        loops--;
      }
    }

    @Override
    public Void visitWhileLoop(WhileLoopTree node, Void unused) {
      loops++;
      try {
        return super.visitWhileLoop(node, null);
      } finally {
        loops--;
      }
    }

    @Override
    public Void visitDoWhileLoop(DoWhileLoopTree node, Void unused) {
      loops++;
      try {
        return super.visitDoWhileLoop(node, null);
      } finally {
        loops--;
      }
    }

    @Override
    public Void visitSwitch(SwitchTree node, Void unused) {
      switches++;
      try {
        return super.visitSwitch(node, null);
      } finally {
        switches--;
      }
    }

    @Override
    public Void visitSwitchExpression(SwitchExpressionTree node, Void unused) {
      switches++;
      try {
        return super.visitSwitchExpression(node, null);
      } finally {
        switches--;
      }
    }
  }

  /** Steps 5 and 6: every use of the holder's name in the body, classified. */
  private final class HolderUses extends TreePathScanner<Void, Void> {
    boolean handedOff;
    boolean reassigned;
    private int capturedDepth;

    @Override
    public Void scan(Tree tree, Void unused) {
      return tree == null || handedOff ? null : super.scan(tree, unused);
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
      capturedDepth++;
      try {
        return super.visitLambdaExpression(node, null);
      } finally {
        capturedDepth--;
      }
    }

    @Override
    public Void visitClass(ClassTree node, Void unused) {
      capturedDepth++;
      try {
        return super.visitClass(node, null);
      } finally {
        capturedDepth--;
      }
    }

    @Override
    public Void visitIdentifier(IdentifierTree node, Void unused) {
      if (ASTHelpers.getSymbol(node) == holder) {
        classifyUse(getCurrentPath());
      }
      return null;
    }

    private void classifyUse(TreePath use) {
      if (capturedDepth > 0) {
        handedOff = true;
        return;
      }
      TreePath parentPath = use.getParentPath();
      Tree child = use.getLeaf();
      while (parentPath.getLeaf() instanceof ParenthesizedTree) {
        child = parentPath.getLeaf();
        parentPath = parentPath.getParentPath();
      }
      Tree parent = parentPath.getLeaf();
      if (parent instanceof MemberSelectTree) {
        return;
      }
      if ((parent.getKind() == Tree.Kind.EQUAL_TO || parent.getKind() == Tree.Kind.NOT_EQUAL_TO)
          && (isNullLiteral(((BinaryTree) parent).getLeftOperand())
              || isNullLiteral(((BinaryTree) parent).getRightOperand()))) {
        return;
      }
      if (parent instanceof AssignmentTree && ((AssignmentTree) parent).getVariable() == child) {
        // Another start assigned to the same variable is its own obligation, judged on its own.
        ExpressionTree value = ASTHelpers.stripParentheses(((AssignmentTree) parent).getExpression());
        boolean anotherStart =
            value instanceof MethodInvocationTree
                && UnclosedTrace.startedLifecycle(obligation.catalog(), (MethodInvocationTree) value, state) != null;
        reassigned |= !anotherStart;
        return;
      }
      if (parent instanceof MethodInvocationTree && ((MethodInvocationTree) parent).getArguments().contains(child)) {
        MethodInvocationTree call = (MethodInvocationTree) parent;
        if (isScopeStart(call) || isReceiverOfScopeStart(parentPath)) {
          return;
        }
        if (lifecycle.style() == EndStyle.END_ON_OWNER && isEndCall(call)) {
          return;
        }
      }
      handedOff = true;
    }

    private boolean isScopeStart(MethodInvocationTree call) {
      TraceLifecycle started = UnclosedTrace.startedLifecycle(obligation.catalog(), call, state);
      return started != null && started.style() == EndStyle.CLOSE_SCOPE;
    }

    /** {@code Context.current().with(span).makeCurrent()}: the span only goes into scope. */
    private boolean isReceiverOfScopeStart(TreePath callPath) {
      Tree select = callPath.getParentPath().getLeaf();
      if (!(select instanceof MemberSelectTree)) {
        return false;
      }
      Tree outer = callPath.getParentPath().getParentPath().getLeaf();
      return outer instanceof MethodInvocationTree
          && ((MethodInvocationTree) outer).getMethodSelect() == select
          && isScopeStart((MethodInvocationTree) outer);
    }
  }
}
