package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.SourceUnit;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.TypeRef;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.RetryCatalog;
import dev.tracelint.catalog.RetryCatalog.WaitCall;
import java.util.Set;

/**
 * Whether code waits between retry attempts, as {@code docs/rules/RetryWithoutBackoff.md} lists the waits: a catalogued
 * wait on its owner or a subtype (kind 1), a call whose name reads as a backoff helper, or a function object named as a
 * wait and run ({@code waitTask.apply(item)}) (kind 2), an in-house helper of
 * the {@code BackoffMethods} option (kind 3), and a call on {@code this} to a method of the same unit whose own body,
 * one level deep, holds one of those (kind 4). Code inside lambdas and nested classes does not count. Kind 5 is asked
 * of one attempt only ({@link #waitsOnABudget}): a call given a time budget paces the retry when what is caught is
 * that budget running out. Kind 6 is asked of the calls a polling loop repeats ({@link #longPolls}): a poll given a
 * time budget is held up to it while the answer is "not yet".
 */
final class RetryWaits {
  private final RetryCatalog catalog;

  RetryWaits(RetryCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * Whether a wait call appears anywhere in {@code scope}; a timed wait for an outcome counts only where it may have
   * waited before the next attempt ({@link #returnsBeforeItsBudget}).
   */
  boolean appearIn(Node scope) {
    return appearIn(scope, Set.of());
  }

  /** Whether a wait other than the calls of {@code except} appears in {@code scope}. */
  boolean appearIn(Node scope, Set<Expr.Call> except) {
    return Nodes.anyInline(scope, node -> node instanceof Expr.Call && !except.contains(node)
        && (waitsIn((Expr.Call) node, scope) || helperWaits((Expr.Call) node)));
  }

  /**
   * Kinds 1 to 3, made in {@code scope}: a wait unless it returns before its budget there, or only works out an amount
   * of waiting that nothing but a log reads ({@link #computesAnAmountOnlyReported}).
   */
  private boolean waitsIn(Expr.Call call, Node scope) {
    return isWait(call) && !returnsBeforeItsBudget(call, scope) && !computesAnAmountOnlyReported(call);
  }

  /**
   * A call that works out how long to wait, whose value nothing but a log line or a comparison reads: {@code long
   * delay = backoff.delayFor(attempt); log.warn("retrying in {} ms", delay);} and nothing sleeps it. The call works
   * out an amount when it is a catalogued one ({@link RetryCatalog#WAIT_AMOUNT_CALLS}: {@code nextBackOff()}), is
   * named for one ({@link RetryCatalog#isWaitAmountName}: {@code computeBackoff}, {@code delayFor}), or is a method of
   * the unit whose own body makes no wait. Its value is only reported when the call is an argument of a logging or
   * reporting call (through string building and arithmetic), or initialises a local whose every read is such an
   * argument or an operand of a comparison ({@code if (delay > MAX)}). A value slept, scheduled, returned, stored or
   * passed to any other call may pace the retry: the call stays a wait.
   */
  private boolean computesAnAmountOnlyReported(Expr.Call call) {
    boolean amount = RetryCatalog.WAIT_AMOUNT_CALLS.stream().anyMatch(ref -> TypeEvidence.isCallTo(call, ref))
        || RetryCatalog.isWaitAmountName(call.name()) || unitMethodWithoutAWait(call);
    if (!amount) {
      return false;
    }
    Node parent = call.parent();
    if (parent instanceof Stmt.LocalVar && ((Stmt.LocalVar) parent).initializer() == call) {
      Variable local = ((Stmt.LocalVar) parent).variable();
      Node owner = Nodes.enclosingCodeOwner(call);
      if (local == null || owner == null) {
        return false;
      }
      for (Node node : Nodes.all(owner)) {
        if (node instanceof Expr && Nodes.isName((Expr) node, local) && !reportedOrCompared((Expr) node, false)) {
          return false;
        }
      }
      return true;
    }
    return reportedOrCompared(call, true);
  }

  /** A call of the unit whose own body (one level) makes no wait of kinds 1 to 3. */
  private boolean unitMethodWithoutAWait(Expr.Call call) {
    MethodDecl method = SameClassHelpers.inUnit(call);
    return method != null && method.body() != null
        && !Nodes.anyInline(method.body(), inner -> inner instanceof Expr.Call && isWait((Expr.Call) inner));
  }

  /**
   * Whether {@code value} reaches a logging, reporting or formatting call's argument ({@link LoggingCalls#isSink},
   * {@link RetryCatalog#isReportingName}), through {@code +} and the other arithmetic, a conditional's branch, a
   * cast or a formatting call ({@link RetryCatalog#FORMATTING_METHOD_NAMES}: {@code String.format}), or, unless {@code logOnly}, is an operand of a comparison.
   */
  private static boolean reportedOrCompared(Expr value, boolean logOnly) {
    Node child = value;
    for (Node parent = value.parent(); parent instanceof Expr; child = parent, parent = parent.parent()) {
      if (parent instanceof Expr.Binary) {
        Expr.Binary.Op operator = ((Expr.Binary) parent).operator();
        if (operator.isRelational() || operator.isEquality()) {
          return !logOnly;
        }
        if (operator == Expr.Binary.Op.AND || operator == Expr.Binary.Op.OR) {
          return false;
        }
        continue;
      }
      if (parent instanceof Expr.Conditional && ((Expr.Conditional) parent).condition() != child
          || parent instanceof Expr.Cast) {
        continue;
      }
      if (!(parent instanceof Expr.Call) || !((Expr.Call) parent).arguments().contains(child)) {
        return false;
      }
      Expr.Call call = (Expr.Call) parent;
      if (RetryCatalog.FORMATTING_METHOD_NAMES.contains(call.name())) {
        continue;
      }
      return LoggingCalls.isSink(call) || RetryCatalog.isReportingName(call.name())
          || RetryCatalog.isRecordingName(call.name());
    }
    return false;
  }

  /**
   * Whether {@code call} is a timed wait for an outcome ({@link RetryCatalog#OUTCOME_WAITS}: {@code future.get(30,
   * SECONDS)}) made in the {@code try} block of an attempt within {@code scope}, none of whose catches, nor those of
   * the attempts around it in {@code scope}, may catch its timeout ({@link #mayCatchATimeout}). Only the work's own
   * outcome then leads to the next attempt: a failure ({@code ExecutionException}) that the get throws as soon as the
   * work failed, often at once (a refused connection), with no wait at all. When its budget runs out, the timeout
   * leaves the retry. A catch that may take the timeout goes round after the wait: that wait paces the retry.
   */
  private static boolean returnsBeforeItsBudget(Expr.Call call, Node scope) {
    if (RetryCatalog.OUTCOME_WAITS.stream().noneMatch(wait -> TypeEvidence.isCallTo(call, wait))) {
      return false;
    }
    boolean inAnAttempt = false;
    Node child = call;
    for (Node parent = call.parent(); parent != null && child != scope; child = parent, parent = parent.parent()) {
      if (parent instanceof Stmt.Try && ((Stmt.Try) parent).block() == child) {
        for (Stmt.Catch handler : ((Stmt.Try) parent).catches()) {
          if (mayCatchATimeout(handler)) {
            return false;
          }
          inAnAttempt = true;
        }
      }
    }
    return inAnAttempt;
  }

  /** A catch of a timeout, of a type named for an expired budget, or of one of the supertypes of a timeout. */
  private static boolean mayCatchATimeout(Stmt.Catch handler) {
    return handler.caughtSimpleNames().stream().anyMatch(caught -> RetryCatalog.isExpiredBudgetException(caught)
        || RetryCatalog.TIMEOUT_SUPERTYPE_NAMES.contains(caught));
  }

  /**
   * Whether {@code attempt} makes a call given a time budget (kind 5): an argument of a {@code Duration},
   * {@code TimeUnit} or timer type ({@link RetryCatalog#TIME_BUDGET_TYPES},
   * {@link RetryCatalog#TIME_BUDGET_TYPE_SIMPLE_NAMES}), or named like one ({@code syncCommitTimeout},
   * {@code getDeadline()}), or a call to a method of the unit that makes a timed wait ({@link TimedWait}). Such a call
   * waits up to its budget before it fails; a call that only reports or records a duration
   * ({@code timer.record(elapsed, MILLISECONDS)}) does not.
   */
  static boolean waitsOnABudget(Node attempt) {
    return Nodes.anyInline(attempt, node -> node instanceof Expr.Call && (givenABudget((Expr.Call) node)
        || Boolean.TRUE.equals(MethodSummaries.of(node.unit()).of(SameClassHelpers.inUnit((Expr.Call) node),
            TIMED_WAIT))));
  }

  /**
   * Whether {@code poll}, a call whose result a polling loop tests, is a long poll (kind 6): it is given a time budget
   * ({@code getQueryResults(jobId, timeoutMs)}, {@code getOperation(name, Duration.ofSeconds(20))}), or a lambda it is
   * given runs a call that is ({@code runWithRetries(() -> rpc.getQueryResults(jobId, timeoutMs), settings)}: the
   * lambda has run by the time the helper returns the result the loop tests). The call, or the server behind it, holds
   * the request up to that budget while the answer is "not yet", so each round of the loop has waited. A budget given
   * to another call of the loop, or to a lambda the poll only stores or submits elsewhere, paces nothing.
   */
  static boolean longPolls(Expr.Call poll) {
    return Nodes.inline(poll, lambda -> lambda.parent() == poll).stream()
        .anyMatch(node -> node instanceof Expr.Call && givenABudget((Expr.Call) node));
  }

  /** The one instance of the "makes a timed wait" fact: it keys the summaries' cache. */
  private static final MethodSummaries.Fact<Boolean> TIMED_WAIT = new TimedWait();

  /**
   * The {@link MethodSummaries} fact "makes a timed wait": the method (outside lambdas and nested classes) makes a
   * default catalogued wait ({@code future.get(100, MILLISECONDS)}), a call given a time budget, or a call to a method
   * of the unit that does ({@link SameClassHelpers#inUnit}), up to {@link MethodSummaries#MAX_DEPTH} calls deep. An
   * attempt that calls such a helper ({@code resultOf(future)} with {@code future.get(timeout, unit)} two helpers
   * down) waited before the timeout it catches.
   */
  private static final class TimedWait implements MethodSummaries.Fact<Boolean> {
    @Override
    public Boolean unknown() {
      return false;
    }

    @Override
    public Boolean compute(MethodDecl method, MethodSummaries.Callees<Boolean> callees) {
      for (Node node : Nodes.inline(method.body())) {
        if (node instanceof Expr.Call) {
          Expr.Call call = (Expr.Call) node;
          if (givenABudget(call) || isDefaultWait(call)
              || Boolean.TRUE.equals(callees.of(SameClassHelpers.inUnit(call)))) {
            return true;
          }
        }
      }
      return false;
    }
  }

  private static final RetryCatalog DEFAULT_WAITS = RetryCatalog.defaults();

  /**
   * Whether {@code call} is a wait of the default catalogue, a self-paced client call included
   * ({@code consumer.commitSync()}, {@code container.createItem(item)}); the user's {@code BackoffMethods} are not.
   */
  static boolean isDefaultWait(Expr.Call call) {
    return isCatalogued(call, DEFAULT_WAITS);
  }

  private static boolean isCatalogued(Expr.Call call, RetryCatalog catalog) {
    for (WaitCall wait : catalog.waitCallsNamed(call.name())) {
      if (call.arguments().size() >= wait.minArguments() && TypeEvidence.isCallTo(call, wait.method())) {
        return true;
      }
    }
    return false;
  }

  private static boolean givenABudget(Expr.Call call) {
    String name = call.name();
    if (RetryCatalog.isReportingName(name) || RetryCatalog.isRecordingName(name)
        || RetryCatalog.FAILURE_REPORTING_METHOD_NAMES.contains(name)) {
      return false;
    }
    for (Expr argument : call.arguments()) {
      if (isBudget(argument.type(), call.unit()) || RetryCatalog.isTimeBudgetName(Nodes.memberName(argument))
          || isShareOfABudget(argument)) {
        return true;
      }
      Variable variable = Nodes.variableOf(argument);
      if (variable != null && isBudget(variable.type(), call.unit())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A share of a budget worked out by arithmetic ({@code QUERY_TIMEOUT / CHECKS * round}, {@code timeoutMs - elapsed}):
   * operators and names only, one of them named like a time budget. A call inside computes something else.
   */
  private static boolean isShareOfABudget(Expr argument) {
    if (!(argument instanceof Expr.Binary) || !isArithmetic(((Expr.Binary) argument).operator())) {
      return false;
    }
    boolean named = false;
    for (Node node : Nodes.inline(argument)) {
      if (node instanceof Expr.Binary && !isArithmetic(((Expr.Binary) node).operator())
          || !(node instanceof Expr.Binary || node instanceof Expr.Name || node instanceof Expr.FieldAccess
              || node instanceof Expr.Literal || node instanceof Expr.TypeName)) {
        return false;
      }
      named |= (node instanceof Expr.Name || node instanceof Expr.FieldAccess)
          && RetryCatalog.isTimeBudgetName(Nodes.memberName((Expr) node));
    }
    return named;
  }

  private static boolean isArithmetic(Expr.Binary.Op operator) {
    return operator == Expr.Binary.Op.PLUS || operator == Expr.Binary.Op.MINUS || operator == Expr.Binary.Op.TIMES
        || operator == Expr.Binary.Op.DIVIDE;
  }

  /**
   * Whether a method's parameter gives it a time budget, as an argument does: of a budget type ({@code Duration},
   * {@code TimeUnit}, a timer) or named like one ({@code int timeout}, {@code long timeoutMillis}).
   */
  static boolean isBudgetParameter(Variable parameter, SourceUnit unit) {
    return isBudget(parameter.type(), unit) || RetryCatalog.isTimeBudgetName(parameter.name());
  }

  private static boolean isBudget(TypeRef type, SourceUnit unit) {
    if (type == null) {
      return false;
    }
    for (String budget : RetryCatalog.TIME_BUDGET_TYPES) {
      if (TypeEvidence.isExactly(type, budget, unit)) {
        return true;
      }
    }
    return RetryCatalog.TIME_BUDGET_TYPE_SIMPLE_NAMES.contains(type.simpleName());
  }

  /** Kinds 1 to 3; kind 2 also holds a function object named as a wait and run ({@code waitTask.apply(item)}). */
  private boolean isWait(Expr.Call call) {
    return RetryCatalog.isWaitHelperName(call.name()) || isCatalogued(call, catalog)
        || (call.receiver() != null
            && RetryCatalog.runsAWaitingFunction(Nodes.memberName(call.receiver()), call.name()));
  }

  /** Kind 4: a helper of the same unit that waits in its own body; a helper of a helper does not count. */
  private boolean helperWaits(Expr.Call call) {
    if (!call.isOnThis()) {
      return false;
    }
    for (Node node : UnitIndex.of(call.unit()).all(Node.Kind.METHOD)) {
      MethodDecl helper = (MethodDecl) node;
      if (helper.body() != null && TypeEvidence.invokes(call, helper) && Nodes.anyInline(helper.body(),
          inner -> inner instanceof Expr.Call && waitsIn((Expr.Call) inner, helper.body()))) {
        return true;
      }
    }
    return false;
  }
}
