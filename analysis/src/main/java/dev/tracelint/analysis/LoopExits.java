package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.catalog.RetryCatalog;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where control leaves one retry loop (points 5, 6, 8 and 9 of {@code docs/rules/UnboundedRetry.md}): a
 * {@code return}, a {@code throw}, a {@code break} or labelled {@code continue} that leaves the loop, an assignment to
 * the loop's flag, a call that ends the process. Lambdas and nested classes are not looked into: their code does not
 * run in the loop. The walks recurse; {@link RetryLoops} gives up on loops nested deeper than
 * {@link RetryLoops#MAX_DEPTH} before asking, which bounds them.
 */
final class LoopExits {

  /** Which exits a question counts. */
  enum Kind {
    /** The success exits of point 5: a {@code return}, a jump that leaves the loop, setting the flag. */
    SUCCESS(false, true),
    /** Every exit of points 8 and 9, a {@code throw} and ending the process included. */
    ANY(true, true),
    /** Only a {@code throw} (that may escape the catch clauses) or ending the process. */
    THROW(true, false);

    private final boolean throwsCount;
    private final boolean jumpsCount;

    Kind(boolean throwsCount, boolean jumpsCount) {
      this.throwsCount = throwsCount;
      this.jumpsCount = jumpsCount;
    }
  }

  private final String loopLabel;
  private final RetryLoops.LoopFlag flag;

  /**
   * @param loopLabel the label of the loop statement, or {@code null}
   * @param flag the loop's local boolean flag, or {@code null}
   */
  LoopExits(String loopLabel, RetryLoops.LoopFlag flag) {
    this.loopLabel = loopLabel;
    this.flag = flag;
  }

  /** Whether anything in {@code root}, outside the {@code skipped} statements, leaves the loop as {@code kind} counts. */
  boolean anyIn(Node root, Kind kind, Set<Node> skipped) {
    return search(root, root, kind, skipped, 0, Set.of());
  }

  private boolean search(Node node, Node root, Kind kind, Set<Node> skipped, int breakables, Set<String> innerLabels) {
    if (skipped.contains(node) || (node != root && Nodes.isDeferred(node))) {
      return false;
    }
    switch (node.kind()) {
      case RETURN:
        return kind.jumpsCount;
      case THROW:
        return kind.throwsCount;
      case BREAK:
        String breakLabel = ((Stmt.Branch) node).label();
        return kind.jumpsCount && (breakLabel == null ? breakables == 0 : !innerLabels.contains(breakLabel));
      case CONTINUE:
        return kind.jumpsCount && continuesElsewhere(((Stmt.Branch) node).label(), innerLabels);
      case CALL:
        if (kind.throwsCount && endsProcess((Expr.Call) node)) {
          return true;
        }
        break;
      case ASSIGN:
        if (kind.jumpsCount && setsFlag((Expr.Assign) node)) {
          return true;
        }
        break;
      default:
        break;
    }
    // a break inside a nested loop or switch statement ends that, not this loop
    int innerBreakables = breakables + (node.kind() == Node.Kind.LOOP || node.kind() == Node.Kind.SWITCH ? 1 : 0);
    Set<String> labels = node instanceof Stmt.Labeled ? with(innerLabels, ((Stmt.Labeled) node).label())
        : innerLabels;
    for (Node child : node.children()) {
      if (search(child, root, kind, skipped, innerBreakables, labels)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a catch block always leaves the loop (point 6): it ends in a {@code throw}, a {@code return}, a jump out of
   * the loop, setting the flag to its stop value or ending the process, or in an {@code if}/{@code else} whose
   * branches both do; and holds no {@code continue} of this loop anywhere, which goes round before the end.
   */
  boolean alwaysLeaves(Stmt statement) {
    // if (e.getCode() >= 500) continue; throw e;: the continue goes round however the block ends
    return !continuesLoop(statement) && alwaysLeaves(statement, Set.of(), true);
  }

  /**
   * Whether {@code statement} always leaves the loop the way a loop that is done leaves it (point 2): as
   * {@link #alwaysLeaves}, but a {@code throw} or ending the process does not count.
   */
  boolean alwaysLeavesWithoutFailing(Stmt statement) {
    return !continuesLoop(statement) && alwaysLeaves(statement, Set.of(), false);
  }

  private boolean alwaysLeaves(Stmt statement, Set<String> innerLabels, boolean failing) {
    if (statement == null) {
      return false;
    }
    switch (statement.kind()) {
      case BLOCK:
        List<Stmt> statements = ((Stmt.Block) statement).statements();
        return !statements.isEmpty() && alwaysLeaves(statements.get(statements.size() - 1), innerLabels, failing);
      case THROW:
        return failing;
      case RETURN:
        return true;
      case BREAK:
        String breakLabel = ((Stmt.Branch) statement).label();
        return breakLabel == null || !innerLabels.contains(breakLabel);
      case CONTINUE:
        return continuesElsewhere(((Stmt.Branch) statement).label(), innerLabels);
      case IF:
        Stmt.If branch = (Stmt.If) statement;
        return branch.elseStatement() != null && alwaysLeaves(branch.thenStatement(), innerLabels, failing)
            && alwaysLeaves(branch.elseStatement(), innerLabels, failing);
      case LABELED:
        Stmt.Labeled labeled = (Stmt.Labeled) statement;
        return alwaysLeaves(labeled.statement(), with(innerLabels, labeled.label()), failing);
      case SYNCHRONIZED:
        return alwaysLeaves(((Stmt.Synchronized) statement).block(), innerLabels, failing);
      case EXPRESSION_STATEMENT:
        Expr expression = ((Stmt.ExprStmt) statement).expression();
        // a flag given a computed value (retry = ++attempts < 3) may stop the loop or send it round again
        return (failing && expression instanceof Expr.Call && endsProcess((Expr.Call) expression))
            || (expression instanceof Expr.Assign && lowersFlag((Expr.Assign) expression));
      default:
        return false;
    }
  }

  /** Whether {@code root} holds a {@code continue} of this loop: unlabelled outside nested loops, or with its label. */
  boolean continuesLoop(Node root) {
    return continues(root, root, 0);
  }

  private boolean continues(Node node, Node root, int loops) {
    if (node != root && Nodes.isDeferred(node)) {
      return false;
    }
    if (node.kind() == Node.Kind.CONTINUE) {
      String label = ((Stmt.Branch) node).label();
      return label == null ? loops == 0 : label.equals(loopLabel);
    }
    int innerLoops = loops + (node.kind() == Node.Kind.LOOP ? 1 : 0);
    for (Node child : node.children()) {
      if (continues(child, root, innerLoops)) {
        return true;
      }
    }
    return false;
  }

  /** A {@code continue} to an enclosing loop's label: it leaves this loop. */
  private boolean continuesElsewhere(String label, Set<String> innerLabels) {
    return label != null && !label.equals(loopLabel) && !innerLabels.contains(label);
  }

  /**
   * An assignment to the flag that may stop the loop: any value but the constant that keeps it going
   * ({@code retry = true;} in {@code while (retry)} sends the loop round again).
   */
  private boolean setsFlag(Expr.Assign assignment) {
    return assignsFlag(assignment) && !Boolean.valueOf(flag.keepGoing()).equals(flagValue(assignment));
  }

  /** {@code retry = false;} in {@code while (retry)}: the flag set to the constant that stops the loop. */
  boolean lowersFlag(Expr.Assign assignment) {
    return assignsFlag(assignment) && Boolean.valueOf(!flag.keepGoing()).equals(flagValue(assignment));
  }

  /**
   * Whether {@code root} may set the flag to the value that keeps the loop going: that constant or a value it computes
   * ({@code retry = ++attempts < 3}), outside lambdas and nested classes.
   */
  boolean mayKeepFlagUp(Node root) {
    return Nodes.anyInline(root, node -> node instanceof Expr.Assign && assignsFlag((Expr.Assign) node)
        && !lowersFlag((Expr.Assign) node));
  }

  private boolean assignsFlag(Expr.Assign assignment) {
    return flag != null && !assignment.isCompound() && Nodes.isName(assignment.target(), flag.variable());
  }

  private static Object flagValue(Expr.Assign assignment) {
    return assignment.value() instanceof Expr.Literal ? ((Expr.Literal) assignment.value()).value() : null;
  }

  /** {@code System.exit(1)} ends the loop as surely as a {@code throw}. */
  private static boolean endsProcess(Expr.Call call) {
    return RetryLoops.callsExactly(call, RetryCatalog.PROCESS_EXIT_CALLS);
  }

  private static Set<String> with(Set<String> labels, String label) {
    Set<String> out = new HashSet<>(labels);
    out.add(label);
    return out;
  }
}
