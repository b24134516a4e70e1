package dev.tracelint.analysis;

import dev.tracelint.analysis.LoopExits.Kind;
import dev.tracelint.analysis.RetryLoops.RetryLoop;
import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.RetryCatalog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Status-checked retries ("Status-checked retries" in {@code docs/rules/UnboundedRetry.md}): a loop that sends the
 * same request each turn and goes round again when the response's status says it failed, with no exception involved:
 * {@code if (response.statusCode() == 200) return response.body();} or {@code if (response.code() == 429) continue;}
 * after {@code response = http.send(request, ..)}. A failure status is a failure like a thrown one, so the loop is a
 * retry; a loop that leaves on a failure status and goes round on success (a load loop, a pager) is not. Syntax and
 * local variables only: every engine sees the same, with or without types.
 */
final class RetryStatusChecks {
  private RetryStatusChecks() {}

  /** What a status test says when it holds. */
  private enum Outcome { SUCCESS, FAILURE, UNKNOWN }

  /** The status-checked retry {@code loop} is, or {@code null}. */
  static RetryLoop statusRetry(Stmt.Loop loop) {
    if (loop.loopKind() == Stmt.Loop.LoopKind.FOREACH || loop.body() == null
        || Nodes.nestsDeeperThan(loop, RetryLoops.MAX_DEPTH) || RetryLoops.takesWork(loop)) {
      return null;
    }
    String label = loop.parent() instanceof Stmt.Labeled ? ((Stmt.Labeled) loop.parent()).label() : null;
    LoopExits exits = new LoopExits(label, null);
    Set<Variable> responses = new HashSet<>();
    List<Expr.Call> requests = new ArrayList<>();
    Set<Node> successExits = new HashSet<>();
    boolean retriesOnFailure = false;
    for (Node node : Nodes.inline(loop.body())) {
      if (!(node instanceof Stmt.If || node instanceof Stmt.Switch) || Nodes.enclosing(node, Stmt.Loop.class) != loop
          || Nodes.enclosing(node, Stmt.Catch.class) != null && Nodes.isWithin(Nodes.enclosing(node, Stmt.Catch.class),
              loop)) {
        continue;
      }
      if (node instanceof Stmt.Switch) {
        // switch (response.statusCode()) { case 200: return ..; case 429: continue; }: each case is a status test
        Set<Variable> asked = new HashSet<>();
        Expr.Call status = statusReadOf(((Stmt.Switch) node).selector(), loop);
        if (status == null || !addResponse(status.receiver(), asked) || !sentEachTurn(loop, asked, requests)) {
          continue;
        }
        List<Stmt.Case> cases = ((Stmt.Switch) node).cases();
        for (int i = 0; i < cases.size(); i++) {
          Outcome outcome = outcomeOfCase(cases.get(i));
          List<Stmt> statements = statementsRunBy(cases, i);
          if (outcome == Outcome.SUCCESS && leavesTheLoopFromACase(statements, exits)) {
            successExits.add(cases.get(i));
            responses.addAll(asked);
          } else if (outcome == Outcome.FAILURE && statements.stream().anyMatch(exits::continuesLoop)
              && statements.stream().noneMatch(statement -> exits.anyIn(statement, Kind.ANY, Set.of()))) {
            retriesOnFailure = true;
            responses.addAll(asked);
          }
        }
        continue;
      }
      Stmt.If check = (Stmt.If) node;
      Set<Variable> asked = new HashSet<>();
      Outcome outcome = outcomeOf(check.condition(), loop, asked);
      if (outcome == Outcome.UNKNOWN || asked.isEmpty() || !sentEachTurn(loop, asked, requests)) {
        continue;
      }
      boolean leaves = exits.alwaysLeavesWithoutFailing(check.thenStatement());
      if (outcome == Outcome.SUCCESS && leaves) {
        successExits.add(check);
      } else if (outcome == Outcome.FAILURE && exits.continuesLoop(check.thenStatement())
          && !exits.anyIn(check.thenStatement(), Kind.ANY, Set.of())) {
        retriesOnFailure = true;
      } else {
        continue;
      }
      responses.addAll(asked);
    }
    // round again after a failure: past a success exit the body goes on to the loop head, or a failure continues (a
    // condition that goes on while the status says failure is a polling loop's, RetryPolls)
    if (responses.isEmpty() || !(retriesOnFailure || !successExits.isEmpty() && !exits.alwaysLeaves(loop.body()))) {
      return null;
    }
    LoopState state = new LoopState(loop, responses, Set.of());
    if (state.stepsThroughCandidates() || state.drainsASource(exits)
        || requests.stream().anyMatch(state::readsACountedCandidate) || state.changesInputOf(requests, responses)) {
      return null;
    }
    boolean endless = loop.condition() == null || Nodes.isTrue(loop.condition());
    Set<Node> skipped = RetryLoops.interruptionCatches(loop.body());
    skipped.addAll(successExits);
    if (retriesOnFailure) {
      // if (response.statusCode() == 429) continue; return response.body();: what the body does after its failure
      // tests is the success path
      skipped.addAll(successPathAfterTheFailureTests(loop.body(), exits));
    }
    boolean unbounded = endless && (retriesOnFailure || !successExits.isEmpty())
        && !exits.anyIn(loop.body(), Kind.ANY, skipped);
    return new RetryLoop(loop, unbounded, false, false);
  }

  /**
   * The statements of the loop's body after its last statement that holds a {@code continue} of this loop, when they
   * are a {@code return} or a {@code break} of this loop alone: reached only when no failure test sent the loop round,
   * they leave on success. A {@code throw} there, or a conditional exit, still bounds the loop.
   */
  private static Set<Node> successPathAfterTheFailureTests(Stmt body, LoopExits exits) {
    Set<Node> after = new HashSet<>();
    if (!(body instanceof Stmt.Block)) {
      return after;
    }
    List<Stmt> statements = ((Stmt.Block) body).statements();
    int lastContinuing = -1;
    for (int i = 0; i < statements.size(); i++) {
      if (exits.continuesLoop(statements.get(i))) {
        lastContinuing = i;
      }
    }
    for (int i = lastContinuing + 1; lastContinuing >= 0 && i < statements.size(); i++) {
      Stmt statement = statements.get(i);
      if (statement.kind() == Node.Kind.RETURN
          || statement.kind() == Node.Kind.BREAK && ((Stmt.Branch) statement).label() == null) {
        after.add(statement);
      }
    }
    return after;
  }

  /**
   * What a case of a {@code switch} on a status says when it is taken: every constant label a success code, or every
   * one a failure code ({@code case 429: case 503:}, grouped or written {@code case 429, 503 ->}); a {@code default}
   * or anything else says neither.
   */
  private static Outcome outcomeOfCase(Stmt.Case label) {
    if (label.isDefault() || label.labels().isEmpty()) {
      return Outcome.UNKNOWN;
    }
    Outcome said = null;
    for (Expr constant : label.labels()) {
      Object code = constant.constant();
      if (!(code instanceof Integer || code instanceof Short)) {
        return Outcome.UNKNOWN;
      }
      Outcome one = outcomeOfCode(((Number) code).intValue());
      if (one == Outcome.UNKNOWN || said != null && said != one) {
        return Outcome.UNKNOWN;
      }
      said = one;
    }
    return said;
  }

  /** What a response with this status code says: {@code 2xx} success, {@code 4xx} and {@code 5xx} failure. */
  private static Outcome outcomeOfCode(int code) {
    return code >= 200 && code < 300 ? Outcome.SUCCESS : code >= 400 ? Outcome.FAILURE : Outcome.UNKNOWN;
  }

  /**
   * The statements taking case {@code index} runs: a rule case's body, or the statements of the first statement group
   * from it on that has any ({@code case 429: case 503: continue;} falls through to the {@code continue}).
   */
  private static List<Stmt> statementsRunBy(List<Stmt.Case> cases, int index) {
    for (int i = index; i < cases.size(); i++) {
      Stmt.Case next = cases.get(i);
      if (next.isRule()) {
        return i == index && next.body() != null ? List.of(next.body()) : List.of();
      }
      if (!next.statements().isEmpty()) {
        return next.statements();
      }
    }
    return List.of();
  }

  /**
   * Whether the statements of a case always leave the loop as a loop that is done does: they end in a {@code return},
   * a jump out of the loop or an {@code if}/{@code else} whose branches both do; an unlabelled {@code break} in them
   * ends the switch, not the loop, and the case does not count.
   */
  private static boolean leavesTheLoopFromACase(List<Stmt> statements, LoopExits exits) {
    if (statements.isEmpty() || statements.stream().anyMatch(statement -> Nodes.anyInline(statement,
        inner -> inner.kind() == Node.Kind.BREAK && ((Stmt.Branch) inner).label() == null))) {
      return false;
    }
    return exits.alwaysLeavesWithoutFailing(statements.get(statements.size() - 1));
  }

  /**
   * The local variable {@code test} says has failed, when it is a status test on a response that says failure
   * ({@code response.statusCode() == 503}, {@code r.code() >= 500}, {@code !r.isSuccessful()},
   * {@code r.getStatusCode().is5xxServerError()}), or {@code null}: for a polling loop's condition, the result is not
   * there yet while the status says it failed.
   */
  static Variable failedResponseOf(Expr test) {
    Set<Variable> asked = new HashSet<>();
    if (outcomeOf(test, null, asked) != Outcome.FAILURE || asked.size() != 1) {
      return null;
    }
    Variable response = asked.iterator().next();
    return response.kind() == Variable.VarKind.LOCAL ? response : null;
  }

  /**
   * Whether every variable in {@code asked} is a local (or a try-with-resources variable) the loop gives the result of
   * a call on another object each turn ({@code response = http.send(request, handler)}, {@code conn =
   * url.openConnection()}): the request the status answers. The calls are added to {@code requests}.
   */
  private static boolean sentEachTurn(Stmt.Loop loop, Set<Variable> asked, List<Expr.Call> requests) {
    for (Variable variable : asked) {
      if (!RetryPolls.isLocalOfTheLoop(variable)) {
        return false;
      }
      boolean sent = false;
      for (Node node : Nodes.inline(loop.body())) {
        Expr value = node instanceof Stmt.LocalVar && ((Stmt.LocalVar) node).variable() == variable
            ? ((Stmt.LocalVar) node).initializer()
            : node instanceof Expr.Assign && Nodes.isName(((Expr.Assign) node).target(), variable)
                ? ((Expr.Assign) node).value() : null;
        while (value instanceof Expr.Cast) {
          value = ((Expr.Cast) value).expression();
        }
        if (value instanceof Expr.Call && ((Expr.Call) value).receiver() != null
            && !(((Expr.Call) value).receiver() instanceof Expr.This)
            && !RetryCatalog.isReportingName(((Expr.Call) value).name())) {
          requests.add((Expr.Call) value);
          sent = true;
        }
      }
      if (!sent) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code test} says the request succeeded or failed, adding the response variables it reads to
   * {@code asked}: {@code r.isSuccessful()}, {@code r.statusCode() == 200}, {@code r.code() >= 500},
   * {@code r.getStatusCode() == 429 || r.getStatusCode() == 503}, {@code !r.is2xxSuccessful()}; {@code !=} says the
   * opposite of {@code ==} ({@code r.code() != 503}: anything but that failure). Anything else, a status
   * compared with what the catalogue cannot place among successes and failures included, is unknown.
   */
  private static Outcome outcomeOf(Expr test, Stmt.Loop loop, Set<Variable> asked) {
    if (test instanceof Expr.Unary && ((Expr.Unary) test).operator() == Expr.Unary.Op.NOT) {
      Outcome inner = outcomeOf(((Expr.Unary) test).operand(), loop, asked);
      return inner == Outcome.SUCCESS ? Outcome.FAILURE : inner == Outcome.FAILURE ? Outcome.SUCCESS : inner;
    }
    if (test instanceof Expr.Binary && (((Expr.Binary) test).operator() == Expr.Binary.Op.OR
        || ((Expr.Binary) test).operator() == Expr.Binary.Op.AND)) {
      // a || b fails when either says failure; a && b succeeds when both say success (200 <= code && code < 300)
      Expr.Binary both = (Expr.Binary) test;
      Outcome want = both.operator() == Expr.Binary.Op.OR ? Outcome.FAILURE : Outcome.SUCCESS;
      Outcome left = outcomeOf(both.left(), loop, asked);
      Outcome right = outcomeOf(both.right(), loop, asked);
      return left == want && right == want ? want : Outcome.UNKNOWN;
    }
    if (test instanceof Expr.Call && ((Expr.Call) test).arguments().isEmpty()) {
      Boolean succeeded = RetryCatalog.statusVerdictOf(((Expr.Call) test).name());
      Outcome said = succeeded == null ? Outcome.UNKNOWN : succeeded ? Outcome.SUCCESS : Outcome.FAILURE;
      return said != Outcome.UNKNOWN && addResponse(((Expr.Call) test).receiver(), asked) ? said : Outcome.UNKNOWN;
    }
    if (!(test instanceof Expr.Binary)) {
      return Outcome.UNKNOWN;
    }
    Expr.Binary comparison = (Expr.Binary) test;
    Expr.Call status = statusReadOf(comparison.left(), loop);
    boolean statusLeft = status != null;
    if (status == null) {
      status = statusReadOf(comparison.right(), loop);
    }
    Object code = status == null ? null : (statusLeft ? comparison.right() : comparison.left()).constant();
    if (!(code instanceof Integer || code instanceof Short) || !addResponse(status.receiver(), asked)) {
      return Outcome.UNKNOWN;
    }
    int value = ((Number) code).intValue();
    Expr.Binary.Op operator = statusLeft ? comparison.operator() : comparison.operator().mirrored();
    switch (operator) {
      case EQ:
        return outcomeOfCode(value);
      case NE:
        // the negation of ==, as !(code == 503) is: != 200 says failure, != 503 "anything but that failure"
        Outcome equal = outcomeOfCode(value);
        return equal == Outcome.SUCCESS ? Outcome.FAILURE : equal == Outcome.FAILURE ? Outcome.SUCCESS : Outcome.UNKNOWN;
      case GE:
      case GT:
        return value >= 300 ? Outcome.FAILURE : Outcome.UNKNOWN;
      case LT:
      case LE:
        return value <= 300 && value > 200 ? Outcome.SUCCESS : Outcome.UNKNOWN;
      default:
        return Outcome.UNKNOWN;
    }
  }

  /**
   * The status read {@code expression} is or holds: the read itself, or a local the loop declares with one as its
   * value and never assigns again ({@code int code = response.statusCode();}); {@code null} otherwise.
   */
  private static Expr.Call statusReadOf(Expr expression, Stmt.Loop loop) {
    if (isStatusRead(expression)) {
      return (Expr.Call) expression;
    }
    Variable local = expression instanceof Expr.Name ? ((Expr.Name) expression).variable() : null;
    Expr value = loop == null ? null : Nodes.soleValueOf(local, loop.body());
    return isStatusRead(value) ? (Expr.Call) value : null;
  }

  /**
   * {@code response.statusCode()}, {@code response.getStatusLine().getStatusCode()},
   * {@code entity.getStatusCode().value()}: a status read with no argument.
   */
  private static boolean isStatusRead(Expr expression) {
    if (!(expression instanceof Expr.Call) || !((Expr.Call) expression).arguments().isEmpty()) {
      return false;
    }
    Expr.Call read = (Expr.Call) expression;
    return RetryCatalog.STATUS_CODE_READER_NAMES.contains(read.name())
        || ("value".equals(read.name()) && isStatusRead(read.receiver()));
  }

  /** Adds the local at the root of {@code receiver}'s chain of no-argument calls; {@code false} when there is none. */
  private static boolean addResponse(Expr receiver, Set<Variable> asked) {
    Expr current = receiver;
    while (current instanceof Expr.Call && ((Expr.Call) current).arguments().isEmpty()
        && ((Expr.Call) current).receiver() != null) {
      current = ((Expr.Call) current).receiver();
    }
    Variable variable = current instanceof Expr.Name ? ((Expr.Name) current).variable() : null;
    if (variable == null) {
      return false;
    }
    asked.add(variable);
    return true;
  }
}
