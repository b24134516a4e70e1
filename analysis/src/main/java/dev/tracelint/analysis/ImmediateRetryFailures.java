package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.catalog.RetryCatalog;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which failures a retry goes round on, when those are failures a retry may follow at once (docs/rules/
 * RetryWithoutBackoff.md, "What is not flagged"): a caught type named like a lost race or an expired credential
 * ({@link RetryCatalog#isImmediateRetryException}), or an HTTP 409 Conflict told by its status code
 * ({@code e.getCode() == HttpURLConnection.HTTP_CONFLICT}, {@code status == 409}). A conflict says another writer got
 * there first; the remedy is to read the new state and try again, which no wait improves. Read the same way for a
 * Reactor spec's {@code filter(..)}, a loop's catch and a self-call's catch.
 */
final class ImmediateRetryFailures {
  private ImmediateRetryFailures() {}

  private static final int MAX_OPERANDS = 16;

  /**
   * Whether a retry filter lets only such failures through: {@code X.class::isInstance}, or a one-parameter lambda
   * whose body is such a test, or a block whose every {@code return} gives {@code false}, such a test, or
   * {@code true} inside an {@code if} whose condition is such a test ({@code if (e instanceof LeaseConflictException)
   * { log.info(..); return true; } return false;}).
   */
  static boolean admitsOnly(Expr predicate) {
    if (predicate instanceof Expr.MethodRef) {
      String admitted = Nodes.typeAdmittedByIsInstance(predicate);
      return admitted != null && RetryCatalog.isImmediateRetryException(simpleNameOf(admitted));
    }
    if (!(predicate instanceof Expr.Lambda) || ((Expr.Lambda) predicate).parameters().size() != 1) {
      return false;
    }
    Node body = ((Expr.Lambda) predicate).body();
    if (body instanceof Expr) {
      return isTest((Expr) body);
    }
    boolean returnsSomething = false;
    for (Node node : Nodes.inline(body)) {
      if (node.kind() == Node.Kind.RETURN) {
        Expr value = ((Stmt.Jump) node).expression();
        if (!isFalse(value) && !isTest(value) && !(Nodes.isTrue(value) && insideATestedBranch(node, body))) {
          return false;
        }
        returnsSomething = true;
      }
    }
    return returnsSomething;
  }

  /**
   * Whether a catch goes round only on a conflict status: before anything in it can go round, a statement leaves
   * the loop unless the status says conflict ({@code if (e.getCode() != HTTP_CONFLICT || ++retries >= max) throw e;}),
   * or an {@code if} tests for the conflict and its {@code else}, or everything after it, leaves
   * ({@code if (e.getCode() == 409) continue; throw e;}). {@code leaves} says whether a statement
   * always leaves the loop.
   */
  static boolean goesRoundOnlyOnConflict(Stmt.Catch handler, Predicate<Stmt> leaves) {
    return goesRoundOnly(handler, leaves, ImmediateRetryFailures::isTest,
        ImmediateRetryFailures::excludesAllButConflicts);
  }

  /**
   * {@link #goesRoundOnlyOnConflict} for another kind of failure, told by {@code holdsOnlyForThem}: before anything in
   * the catch can go round, an {@code if} leaves unless the test holds ({@code if (!(t instanceof TimeoutException))
   * return false;}, the negated test as an alternative of {@code ||}), or an {@code if} tests for them and its
   * {@code else}, or everything after it, leaves ({@code if (t instanceof TimeoutException) continue; throw t;}).
   */
  static boolean goesRoundOnlyWhen(Stmt.Catch handler, Predicate<Stmt> leaves, Predicate<Expr> holdsOnlyForThem) {
    return goesRoundOnly(handler, leaves, holdsOnlyForThem, condition -> {
      List<Expr> alternatives = Nodes.operands(condition, Expr.Binary.Op.OR);
      return alternatives.size() <= MAX_OPERANDS && alternatives.stream().anyMatch(alternative ->
          alternative instanceof Expr.Unary && ((Expr.Unary) alternative).operator() == Expr.Unary.Op.NOT
              && holdsOnlyForThem.test(((Expr.Unary) alternative).operand()));
    });
  }

  private static boolean goesRoundOnly(Stmt.Catch handler, Predicate<Stmt> leaves, Predicate<Expr> isTest,
      Predicate<Expr> excludesAllBut) {
    List<Stmt> statements = handler.block().statements();
    for (int i = 0; i < statements.size(); i++) {
      Stmt statement = statements.get(i);
      if (statement instanceof Stmt.If) {
        Stmt.If branch = (Stmt.If) statement;
        if (branch.elseStatement() == null && excludesAllBut.test(branch.condition())
            && leaves.test(branch.thenStatement())) {
          return true;
        }
        if (branch.elseStatement() != null && isTest.test(branch.condition())
            && leaves.test(branch.elseStatement())) {
          return true;
        }
        // if (e.getCode() == 409) continue; throw e;: only the tested branch goes round
        if (branch.elseStatement() == null && isTest.test(branch.condition()) && i < statements.size() - 1
            && leaves.test(statements.get(statements.size() - 1))
            && statements.subList(i + 1, statements.size()).stream().noneMatch(ImmediateRetryFailures::jumps)) {
          return true;
        }
      }
      if (jumps(statement)) {
        return false;
      }
    }
    return false;
  }

  private static boolean jumps(Stmt statement) {
    return Nodes.anyInline(statement, node -> node.kind() == Node.Kind.CONTINUE || node.kind() == Node.Kind.BREAK);
  }

  /**
   * Whether {@code call}, in {@code handler}, runs only on a conflict: it sits in the then-branch of an {@code if}
   * whose condition is such a test, or an earlier statement of the catch leaves unless the status says conflict.
   */
  static boolean reachedOnlyOnConflict(Expr.Call call, Stmt.Catch handler) {
    if (insideATestedBranch(call, handler.block())) {
      return true;
    }
    for (Stmt statement : handler.block().statements()) {
      if (Nodes.isWithin(call, statement)) {
        return false;
      }
      if (statement instanceof Stmt.If && ((Stmt.If) statement).elseStatement() == null
          && excludesAllButConflicts(((Stmt.If) statement).condition())
          && RetryLoops.alwaysEnds(((Stmt.If) statement).thenStatement())) {
        return true;
      }
    }
    return false;
  }

  /** A test that holds only for such a failure: an {@code ||} of such tests, or an {@code &&} with one. */
  private static boolean isTest(Expr test) {
    if (test instanceof Expr.Binary && ((Expr.Binary) test).operator() == Expr.Binary.Op.OR) {
      List<Expr> alternatives = Nodes.operands(test, Expr.Binary.Op.OR);
      return alternatives.size() <= MAX_OPERANDS && alternatives.stream().allMatch(ImmediateRetryFailures::isTest);
    }
    if (test instanceof Expr.Binary && ((Expr.Binary) test).operator() == Expr.Binary.Op.AND) {
      List<Expr> conditions = Nodes.operands(test, Expr.Binary.Op.AND);
      return conditions.size() <= MAX_OPERANDS && conditions.stream().anyMatch(ImmediateRetryFailures::isTest);
    }
    if (test instanceof Expr.InstanceOf) {
      return RetryCatalog.isImmediateRetryException(simpleNameOf(((Expr.InstanceOf) test).writtenType()));
    }
    return isConflictStatusTest(test, Expr.Binary.Op.EQ);
  }

  /** A condition that holds for every status but a conflict: {@code code != HTTP_CONFLICT}, alone or in an {@code ||}. */
  private static boolean excludesAllButConflicts(Expr condition) {
    List<Expr> alternatives = Nodes.operands(condition, Expr.Binary.Op.OR);
    return alternatives.size() <= MAX_OPERANDS && alternatives.stream().anyMatch(alternative ->
        isConflictStatusTest(alternative, Expr.Binary.Op.NE)
            || alternative instanceof Expr.Unary && ((Expr.Unary) alternative).operator() == Expr.Unary.Op.NOT
                && isConflictStatusTest(((Expr.Unary) alternative).operand(), Expr.Binary.Op.EQ));
  }

  /**
   * {@code status == 409}, {@code e.getCode() == HttpURLConnection.HTTP_CONFLICT} (with {@code operator} EQ; NE for
   * the negation), or {@code HttpStatus.CONFLICT.equals(status)} for EQ.
   */
  private static boolean isConflictStatusTest(Expr test, Expr.Binary.Op operator) {
    if (test instanceof Expr.Binary && ((Expr.Binary) test).operator() == operator) {
      Expr.Binary comparison = (Expr.Binary) test;
      return isConflictStatus(comparison.left()) || isConflictStatus(comparison.right());
    }
    if (operator == Expr.Binary.Op.EQ && test instanceof Expr.Call && "equals".equals(((Expr.Call) test).name())
        && ((Expr.Call) test).arguments().size() == 1) {
      Expr.Call equals = (Expr.Call) test;
      return isConflictStatus(equals.receiver()) || isConflictStatus(equals.arguments().get(0));
    }
    return false;
  }

  /** {@code 409}, a constant named for it ({@link RetryCatalog#CONFLICT_STATUS_NAMES}), or its {@code value()}. */
  private static boolean isConflictStatus(Expr expression) {
    if (expression instanceof Expr.Literal) {
      Object value = ((Expr.Literal) expression).value();
      return value instanceof Number && ((Number) value).longValue() == RetryCatalog.CONFLICT_STATUS_CODE;
    }
    if (expression instanceof Expr.Call && ((Expr.Call) expression).arguments().isEmpty()
        && RetryCatalog.STATUS_CONSTANT_VALUE_NAMES.contains(((Expr.Call) expression).name())) {
      return isConflictStatus(((Expr.Call) expression).receiver());
    }
    String name = expression instanceof Expr.FieldAccess || expression instanceof Expr.Name
        ? Nodes.memberName(expression) : null;
    if (name != null && name.indexOf('.') >= 0) {
      name = name.substring(name.lastIndexOf('.') + 1);
    }
    return name != null && RetryCatalog.CONFLICT_STATUS_NAMES.contains(name);
  }

  /** Whether {@code node} is in the then-branch of an {@code if} within {@code root} whose condition is such a test. */
  private static boolean insideATestedBranch(Node node, Node root) {
    Node child = node;
    for (Node parent = node.parent(); parent != null && child != root; parent = parent.parent()) {
      if (parent instanceof Stmt.If && ((Stmt.If) parent).thenStatement() == child
          && isTest(((Stmt.If) parent).condition())) {
        return true;
      }
      if (parent instanceof Expr.Lambda) {
        return false;
      }
      child = parent;
    }
    return false;
  }

  /** {@code SessionExpiredException} of {@code org.neo4j.driver.exceptions.SessionExpiredException}. */
  private static String simpleNameOf(String writtenType) {
    return writtenType == null ? "" : TypeEvidence.simpleNameOf(writtenType.trim());
  }

  private static boolean isFalse(Expr value) {
    return value instanceof Expr.Literal && Boolean.FALSE.equals(((Expr.Literal) value).value());
  }

}
