package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.TypeRef;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.RetryCatalog;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Retried work that gives up by a deadline: a Reactor retry spec filtered to named failure types, whose retried work
 * raises a failure of another type once a deadline test says the time is up ({@code throw deadline.exceeded() ? new
 * UnambiguousTimeoutException(..) : new NoSuchElementException()} under {@code filter(t -> t instanceof
 * NoSuchElementException)}). The filter lets that failure through to the subscriber, so the retry ends at the
 * deadline, as a loop ends at a deadline check. A spec with no filter, or one that does not name its types, retries
 * the timeout too; a give-up under any other test (a status code, an attempt the work cannot count) is judged as
 * before.
 */
final class DeadlineGiveUps {
  private DeadlineGiveUps() {}

  private static final int MAX_ALTERNATIVES = 16;

  /**
   * The simple names of the failure types {@code filter} lets through, when it names them all:
   * {@code X.class::isInstance}, or a one-parameter lambda whose body is an {@code instanceof} test of its parameter
   * or an {@code ||} of such tests; otherwise {@code null}.
   */
  static Set<String> admittedTypes(Expr filter) {
    String admitted = Nodes.typeAdmittedByIsInstance(filter);
    if (admitted != null) {
      return Set.of(TypeEvidence.simpleNameOf(admitted.trim()));
    }
    if (!(filter instanceof Expr.Lambda) || ((Expr.Lambda) filter).parameters().size() != 1
        || !(((Expr.Lambda) filter).body() instanceof Expr)) {
      return null;
    }
    Variable failure = ((Expr.Lambda) filter).parameters().get(0);
    List<Expr> alternatives = Nodes.operands((Expr) ((Expr.Lambda) filter).body(), Expr.Binary.Op.OR);
    Set<String> names = new HashSet<>();
    for (Expr alternative : alternatives) {
      if (alternatives.size() > MAX_ALTERNATIVES || !(alternative instanceof Expr.InstanceOf)
          || !Nodes.isName(((Expr.InstanceOf) alternative).expression(), failure)
          || ((Expr.InstanceOf) alternative).writtenType() == null) {
        return null;
      }
      names.add(TypeEvidence.simpleNameOf(((Expr.InstanceOf) alternative).writtenType().trim()));
    }
    return names;
  }

  /**
   * Whether {@code node} raises a failure of a type not {@code admitted}, only when a deadline test holds: a
   * {@code new} of another type, or a call that builds the failure ({@code throw operationFailed(..)}), thrown or
   * given to {@code error(..)}, directly or as a branch of a conditional, in a branch a deadline test of the same
   * lambda or method chooses; or a call of a same-class guard that does so ({@code throwIfExpired(stage)}, followed
   * {@link SameClassHelpers#MAX_DEPTH} calls deep).
   */
  static boolean givesUpByADeadline(Node node, Set<String> admitted) {
    return givesUpByADeadline(node, admitted, 0);
  }

  private static boolean givesUpByADeadline(Node node, Set<String> admitted, int depth) {
    if (node instanceof Expr.Call && depth < SameClassHelpers.MAX_DEPTH) {
      MethodDecl guard = SameClassHelpers.target((Expr.Call) node);
      if (guard != null && Nodes.anyInline(guard.body(),
          inner -> inner != node && givesUpByADeadline(inner, admitted, depth + 1))) {
        return true;
      }
    }
    Expr raised = raisedFailure(node);
    if (raised == null || admitted.contains(failureTypeName(raised))) {
      return false;
    }
    Node child = node;
    for (Node parent = node.parent(); parent != null && !(child instanceof Expr.Lambda)
        && !(child instanceof MethodDecl); parent = parent.parent()) {
      if (parent instanceof Expr.Conditional && ((Expr.Conditional) parent).condition() != child
          && testsADeadline(((Expr.Conditional) parent).condition())
          || parent instanceof Stmt.If && ((Stmt.If) parent).condition() != child
              && testsADeadline(((Stmt.If) parent).condition())) {
        return true;
      }
      child = parent;
    }
    return false;
  }

  /**
   * {@code node} when it is a failure being raised: a {@code new} with a written type, or a call (a factory of the
   * failure), thrown or given to {@code Mono.error(..)}; otherwise {@code null}.
   */
  private static Expr raisedFailure(Node node) {
    boolean failure = node instanceof Expr.New && ((Expr.New) node).writtenType() != null
        || node instanceof Expr.Call;
    return failure && isRaised((Expr) node) ? (Expr) node : null;
  }

  /** The simple name of the raised failure's type: the written one of a {@code new}, else as far as types are known. */
  private static String failureTypeName(Expr raised) {
    if (raised instanceof Expr.New) {
      return TypeEvidence.simpleNameOf(((Expr.New) raised).writtenType().trim());
    }
    TypeRef type = raised.type();
    return type != null && type.isResolved() ? type.simpleName() : null;
  }

  /** A failure that is thrown or given to {@code Mono.error(..)}, through conditionals and parentheses. */
  private static boolean isRaised(Expr failure) {
    Node value = failure;
    while (value.parent() instanceof Expr.Conditional && ((Expr.Conditional) value.parent()).condition() != value) {
      value = value.parent();
    }
    Node parent = value.parent();
    return parent != null && parent.kind() == Node.Kind.THROW
        || parent instanceof Expr.Call && RetryCatalog.PUBLISHER_ERROR_NAMES.contains(((Expr.Call) parent).name())
            && ((Expr.Call) parent).arguments().size() == 1;
  }

  /**
   * A condition that asks whether time is up: a clock or deadline call ({@link RetryCatalog#DEADLINE_CALLS}), a call
   * with no arguments on a time budget ({@code deadline.exceeded()}, {@code timer.isExpired()}: a variable of a timer
   * type or named like a budget), a call named as that question ({@code hasExpired(stage)}, {@code isTimedOut()}:
   * {@link RetryCatalog#isExpiryQuestionName}), or a comparison with a variable named like one ({@code now > deadlineNanos}).
   */
  static boolean testsADeadline(Expr condition) {
    return Nodes.anyInline(condition, node -> node instanceof Expr.Call
        && (RetryLoops.callsExactly((Expr.Call) node, RetryCatalog.DEADLINE_CALLS) || asksABudget((Expr.Call) node)
            || RetryCatalog.isExpiryQuestionName(((Expr.Call) node).name()))
        || node instanceof Expr.Binary && ((Expr.Binary) node).operator().isRelational()
            && (isBudget(((Expr.Binary) node).left()) || isBudget(((Expr.Binary) node).right())));
  }

  private static boolean asksABudget(Expr.Call call) {
    return call.arguments().isEmpty() && call.receiver() != null && isBudget(call.receiver());
  }

  private static boolean isBudget(Expr expression) {
    Variable variable = Nodes.variableOf(expression);
    return variable != null && (RetryCatalog.isTimeBudgetName(variable.name()) || variable.type() != null
        && RetryCatalog.TIME_BUDGET_TYPE_SIMPLE_NAMES.contains(variable.type().simpleName()));
  }
}
