package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.RetryCatalog;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which failures a retry goes round on, when those are failures a retry may follow at once (docs/rules/
 * RetryWithoutBackoff.md, "What is not flagged"): a caught type named like a lost race or an expired credential
 * ({@link RetryCatalog#isImmediateRetryException}), or an HTTP 409 Conflict told by its status code
 * ({@code e.getCode() == HttpURLConnection.HTTP_CONFLICT}, {@code status == 409}). A conflict says another writer got
 * there first; the remedy is to read the new state and try again, which no wait improves. Read the same way for a
 * Reactor spec's {@code filter(..)}, a loop's catch and a self-call's catch. An HTTP 401 Unauthorized told by its
 * status code is one too, in a catch that renews a credential before the next attempt ({@link CredentialRenewals}):
 * the request goes again with the new credential, and no wait makes the old one valid.
 */
final class ImmediateRetryFailures {
  private ImmediateRetryFailures() {}

  private static final int MAX_OPERANDS = 16;

  /** An HTTP status a retry may follow at once: its number and the names of constants that hold it. */
  private record Status(int code, Set<String> names) {}

  private static final Status CONFLICT =
      new Status(RetryCatalog.CONFLICT_STATUS_CODE, RetryCatalog.CONFLICT_STATUS_NAMES);

  private static final Status UNAUTHORIZED =
      new Status(RetryCatalog.UNAUTHORIZED_STATUS_CODE, RetryCatalog.UNAUTHORIZED_STATUS_NAMES);

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
      return isTest((Expr) body, CONFLICT);
    }
    boolean returnsSomething = false;
    for (Node node : Nodes.inline(body)) {
      if (node.kind() == Node.Kind.RETURN) {
        Expr value = ((Stmt.Jump) node).expression();
        if (!isFalse(value) && !isTest(value, CONFLICT)
            && !(Nodes.isTrue(value) && insideATestedBranch(node, body, CONFLICT))) {
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
    return goesRoundOnlyOn(handler, leaves, CONFLICT);
  }

  /**
   * {@link #goesRoundOnlyOnConflict} for a rejected credential: the catch goes round only on a 401 status
   * ({@code if (e.status != 401 || attempt > 0) throw e;}) and renews a credential ({@link CredentialRenewals}:
   * {@code token = auth.newToken();}).
   */
  static boolean goesRoundOnlyOnARenewedCredential(Stmt.Catch handler, Predicate<Stmt> leaves) {
    return CredentialRenewals.renewsBefore(handler, null) && goesRoundOnlyOn(handler, leaves, UNAUTHORIZED);
  }

  private static boolean goesRoundOnlyOn(Stmt.Catch handler, Predicate<Stmt> leaves, Status status) {
    return goesRoundOnly(handler, leaves, test -> isTest(test, status),
        condition -> excludesAllBut(condition, status));
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

  /**
   * Whether {@code test} holds only when the caught failure is one a retry may follow at once: in every alternative of
   * an {@code ||}, an operand of {@code &&} that asks it of {@code caught}, by an {@code instanceof} test against a type
   * so named ({@link RetryCatalog#isImmediateRetryException}) or by a predicate so named that takes it
   * ({@code FileUtils.isStaleFileHandle(e)}, {@code e.isConcurrentModification()}).
   */
  static boolean asksForAnImmediateRetryFailure(Expr test, Variable caught) {
    List<Expr> alternatives = Nodes.operands(test, Expr.Binary.Op.OR);
    return alternatives.size() <= MAX_OPERANDS && alternatives.stream().allMatch(alternative ->
        Nodes.operands(alternative, Expr.Binary.Op.AND).stream().anyMatch(condition ->
            namesAnImmediateRetryFailure(condition, caught)));
  }

  private static boolean namesAnImmediateRetryFailure(Expr condition, Variable caught) {
    if (condition instanceof Expr.InstanceOf) {
      Expr.InstanceOf test = (Expr.InstanceOf) condition;
      return Nodes.isName(test.expression(), caught) && test.writtenType() != null
          && RetryCatalog.isImmediateRetryException(simpleNameOf(test.writtenType()));
    }
    if (!(condition instanceof Expr.Call)) {
      return false;
    }
    Expr.Call predicate = (Expr.Call) condition;
    boolean asksTheFailure = predicate.arguments().size() == 1 && Nodes.isName(predicate.arguments().get(0), caught)
        || predicate.arguments().isEmpty() && Nodes.isName(predicate.receiver(), caught);
    return asksTheFailure && predicate.name().startsWith("is")
        && RetryCatalog.isImmediateRetryException(predicate.name());
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
    return reachedOnlyOn(call, handler, CONFLICT);
  }

  /**
   * {@link #reachedOnlyOnConflict} for a rejected credential: {@code call} runs only on a 401 status, after the catch
   * renewed a credential or while it passes a new one ({@link CredentialRenewals}).
   */
  static boolean reachedOnlyOnARenewedCredential(Expr.Call call, Stmt.Catch handler) {
    return CredentialRenewals.renewsBefore(handler, call) && reachedOnlyOn(call, handler, UNAUTHORIZED);
  }

  private static boolean reachedOnlyOn(Expr.Call call, Stmt.Catch handler, Status status) {
    if (insideATestedBranch(call, handler.block(), status)) {
      return true;
    }
    for (Stmt statement : handler.block().statements()) {
      if (Nodes.isWithin(call, statement)) {
        return false;
      }
      if (statement instanceof Stmt.If && ((Stmt.If) statement).elseStatement() == null
          && excludesAllBut(((Stmt.If) statement).condition(), status)
          && RetryLoops.alwaysEnds(((Stmt.If) statement).thenStatement())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A test that holds only for such a failure (a type so named, or {@code status}): an {@code ||} of such tests, or an
   * {@code &&} with one.
   */
  private static boolean isTest(Expr test, Status status) {
    if (test instanceof Expr.Binary && ((Expr.Binary) test).operator() == Expr.Binary.Op.OR) {
      List<Expr> alternatives = Nodes.operands(test, Expr.Binary.Op.OR);
      return alternatives.size() <= MAX_OPERANDS
          && alternatives.stream().allMatch(alternative -> isTest(alternative, status));
    }
    if (test instanceof Expr.Binary && ((Expr.Binary) test).operator() == Expr.Binary.Op.AND) {
      List<Expr> conditions = Nodes.operands(test, Expr.Binary.Op.AND);
      return conditions.size() <= MAX_OPERANDS && conditions.stream().anyMatch(condition -> isTest(condition, status));
    }
    if (test instanceof Expr.InstanceOf) {
      return RetryCatalog.isImmediateRetryException(simpleNameOf(((Expr.InstanceOf) test).writtenType()));
    }
    return isStatusTest(test, Expr.Binary.Op.EQ, status);
  }

  /**
   * A condition that holds for every status but {@code status}: {@code code != HTTP_CONFLICT}, alone or in an
   * {@code ||}.
   */
  private static boolean excludesAllBut(Expr condition, Status status) {
    List<Expr> alternatives = Nodes.operands(condition, Expr.Binary.Op.OR);
    return alternatives.size() <= MAX_OPERANDS && alternatives.stream().anyMatch(alternative ->
        isStatusTest(alternative, Expr.Binary.Op.NE, status)
            || alternative instanceof Expr.Unary && ((Expr.Unary) alternative).operator() == Expr.Unary.Op.NOT
                && isStatusTest(((Expr.Unary) alternative).operand(), Expr.Binary.Op.EQ, status));
  }

  /**
   * {@code status == 409}, {@code e.getCode() == HttpURLConnection.HTTP_CONFLICT} (with {@code operator} EQ; NE for
   * the negation), or {@code HttpStatus.CONFLICT.equals(status)} for EQ; likewise for another {@code status}.
   */
  private static boolean isStatusTest(Expr test, Expr.Binary.Op operator, Status status) {
    if (test instanceof Expr.Binary && ((Expr.Binary) test).operator() == operator) {
      Expr.Binary comparison = (Expr.Binary) test;
      return isStatus(comparison.left(), status) || isStatus(comparison.right(), status);
    }
    if (operator == Expr.Binary.Op.EQ && test instanceof Expr.Call && "equals".equals(((Expr.Call) test).name())
        && ((Expr.Call) test).arguments().size() == 1) {
      Expr.Call equals = (Expr.Call) test;
      return isStatus(equals.receiver(), status) || isStatus(equals.arguments().get(0), status);
    }
    return false;
  }

  /**
   * {@code 409}, a constant named for it ({@link RetryCatalog#CONFLICT_STATUS_NAMES}), or its {@code value()};
   * likewise for another {@code status}.
   */
  private static boolean isStatus(Expr expression, Status status) {
    if (expression instanceof Expr.Literal) {
      Object value = ((Expr.Literal) expression).value();
      return value instanceof Number && ((Number) value).longValue() == status.code();
    }
    if (expression instanceof Expr.Call && ((Expr.Call) expression).arguments().isEmpty()
        && RetryCatalog.STATUS_CONSTANT_VALUE_NAMES.contains(((Expr.Call) expression).name())) {
      return isStatus(((Expr.Call) expression).receiver(), status);
    }
    String name = expression instanceof Expr.FieldAccess || expression instanceof Expr.Name
        ? Nodes.memberName(expression) : null;
    if (name != null && name.indexOf('.') >= 0) {
      name = name.substring(name.lastIndexOf('.') + 1);
    }
    return name != null && status.names().contains(name);
  }

  /**
   * Whether {@code node} is in the then-branch of an {@code if} within {@code root} whose condition is such a test.
   */
  private static boolean insideATestedBranch(Node node, Node root, Status status) {
    Node child = node;
    for (Node parent = node.parent(); parent != null && child != root; parent = parent.parent()) {
      if (parent instanceof Stmt.If && ((Stmt.If) parent).thenStatement() == child
          && isTest(((Stmt.If) parent).condition(), status)) {
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
