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
import java.util.Locale;
import java.util.Set;

/**
 * Polling loops ("Polling and result-checked loops" in {@code docs/rules/UnboundedRetry.md}): a {@code while} or
 * {@code do ... while} loop whose condition asks only whether the result of a call the loop makes again is there yet
 * ({@code while (answer == null) answer = client.call(q)}, {@code while (!op.isDone()) op =
 * client.getOperation(op.getName())}, {@code while (response.hasToolCalls()) response = model.chat(messages)}). It
 * retries until the remote side says done; it is unbounded when nothing else in its condition bounds it and nothing in
 * its body leaves it. An endless loop ({@code while (true)}, {@code for (;;)}) whose only exits are done tests among its
 * own statements is read as the loop those tests negate ({@code if (!reply.hasToolCalls()) return reply;}). Syntax and
 * local variables only: every engine sees the same, with or without types.
 */
final class RetryPolls {
  private RetryPolls() {}

  /** The polling retry {@code loop} is, or {@code null}. */
  static RetryLoop pollingRetry(Stmt.Loop loop) {
    if (loop.body() == null) {
      return null;
    }
    String label = loop.parent() instanceof Stmt.Labeled ? ((Stmt.Labeled) loop.parent()).label() : null;
    LoopExits exits = new LoopExits(label, null);
    Set<Variable> polled = new HashSet<>();
    List<Expr.Call> polls = new ArrayList<>();
    Set<Variable> statusCopies = new HashSet<>();
    boolean boundedByCondition;
    Set<Node> doneTests;
    if (isEndless(loop)) {
      // while (true) { reply = model.chat(messages); if (!reply.hasToolCalls()) return reply; ... }: the loop goes on
      // while no done test holds, as while (reply.hasToolCalls()) does
      doneTests = doneTestsOf(loop.body(), exits);
      if (doneTests == null) {
        return null;
      }
      boundedByCondition = false;
      for (Node doneTest : doneTests) {
        Boolean bounded = keepGoingTests(((Stmt.If) doneTest).condition(), false, polled, polls, statusCopies);
        if (bounded == null) {
          return null;
        }
        boundedByCondition |= bounded;
      }
    } else if ((loop.loopKind() == Stmt.Loop.LoopKind.WHILE || loop.loopKind() == Stmt.Loop.LoopKind.DO_WHILE)
        && loop.condition() != null) {
      doneTests = Set.of();
      Boolean bounded = keepGoingTests(loop.condition(), true, polled, polls, statusCopies);
      if (bounded == null) {
        return null;
      }
      boundedByCondition = bounded;
    } else {
      return null;
    }
    // remaining = Duration.between(Instant.now(), end): a clock reading the loop tests is its deadline, not a poll
    if (polled.removeIf(variable -> readsTheClock(loop, variable))) {
      boundedByCondition = true;
    }
    if ((polled.isEmpty() && polls.isEmpty()) || Nodes.nestsDeeperThan(loop, RetryLoops.MAX_DEPTH)
        || RetryLoops.takesWork(loop) || !statusCopies.stream().allMatch(copy -> copiesAStatusQuery(loop, copy))) {
      return null;
    }
    Set<Variable> refetched = new HashSet<>();
    for (Variable variable : polled) {
      if (!repolls(loop, variable, polls, refetched, new HashSet<>())) {
        return null;
      }
    }
    LoopState state = new LoopState(loop, refetched, polled);
    if (polls.stream().anyMatch(state::readsACountedCandidate)) {
      // addFilter(name + "#" + counter): each turn asks for another candidate, not the same result again
      return null;
    }
    if (state.stepsThroughCandidates() || state.drainsASource(exits)) {
      return null;
    }
    Set<Node> skipped = RetryLoops.interruptionCatches(loop.body());
    skipped.addAll(doneTests);
    boolean leaves = exits.anyIn(loop.body(), Kind.ANY, skipped) || checksABound(loop.body());
    // a long poll has waited in each round, as a changed question needs no wait
    boolean waitWouldNotHelp = state.changesInputOf(polls, polled) || polls.stream().anyMatch(RetryWaits::longPolls);
    return new RetryLoop(loop, !boundedByCondition && !leaves, waitWouldNotHelp, true);
  }

  /**
   * Adds to {@code polled} the variables the tests that keep the loop going ask about, and answers whether one of them
   * bounds the loop, or {@code null} when another test decides it (a stop flag, a field, a call). The tests are
   * {@code condition}'s operands as they keep the loop going when the condition is {@code whenTrue}: a loop condition's
   * {@code &&} chain of {@code ||} alternatives, or, negated, a done test's {@code ||} chain of {@code &&} parts. A
   * test that asks the remote side itself ({@link #remoteQueryOf}) is added to {@code queries}: the loop makes that
   * call again each turn.
   */
  private static Boolean keepGoingTests(Expr condition, boolean whenTrue, Set<Variable> polled,
      List<Expr.Call> queries, Set<Variable> statusCopies) {
    Expr.Binary.Op conjunction = whenTrue ? Expr.Binary.Op.AND : Expr.Binary.Op.OR;
    Expr.Binary.Op alternative = whenTrue ? Expr.Binary.Op.OR : Expr.Binary.Op.AND;
    boolean bounds = false;
    for (Expr operand : Nodes.operands(condition, conjunction)) {
      Set<Variable> asked = new HashSet<>();
      List<Expr.Call> queried = new ArrayList<>();
      for (Expr test : Nodes.operands(operand, alternative)) {
        Variable variable = notYetTestOf(test, whenTrue, statusCopies);
        Expr.Call query = variable == null ? remoteQueryOf(test, whenTrue) : null;
        if (variable == null && query == null) {
          asked = null;
          break;
        }
        if (variable != null) {
          asked.add(variable);
        } else {
          queried.add(query);
        }
      }
      if (asked != null) {
        polled.addAll(asked);
        queries.addAll(queried);
      } else if (bounds(operand)) {
        bounds = true;
      } else {
        return null;
      }
    }
    return bounds;
  }

  /**
   * Whether every value the loop gives {@code variable} reads a clock or a deadline ({@link RetryCatalog#DEADLINE_CALLS}:
   * {@code remaining = Duration.between(Instant.now(), end)}), and it gives it one at least.
   */
  private static boolean readsTheClock(Stmt.Loop loop, Variable variable) {
    boolean assigned = false;
    for (Node node : Nodes.inline(loop)) {
      if (node instanceof Expr.Assign && Nodes.isName(((Expr.Assign) node).target(), variable)) {
        if (!Nodes.anyInline(((Expr.Assign) node).value(), inner -> inner instanceof Expr.Call
            && RetryLoops.callsExactly((Expr.Call) inner, RetryCatalog.DEADLINE_CALLS))) {
          return false;
        }
        assigned = true;
      }
    }
    return assigned;
  }

  /** {@code while (true)} or {@code for (;;)}: only what its body does ends it. */
  private static boolean isEndless(Stmt.Loop loop) {
    boolean noCondition = loop.condition() == null && loop.loopKind() == Stmt.Loop.LoopKind.FOR
        && loop.initializers().isEmpty() && loop.updates().isEmpty();
    boolean trueCondition = loop.loopKind() == Stmt.Loop.LoopKind.WHILE && Nodes.isTrue(loop.condition());
    return noCondition || trueCondition;
  }

  /**
   * The done tests of an endless loop's body: the {@code if}s without {@code else} among its own statements whose
   * branch leaves the loop, when the body leaves it nowhere else (a catch of {@code InterruptedException} alone
   * aside); {@code null} when there are none or another exit decides too.
   */
  private static Set<Node> doneTestsOf(Stmt body, LoopExits exits) {
    if (!(body instanceof Stmt.Block)) {
      return null;
    }
    Set<Node> doneTests = new HashSet<>();
    for (Stmt statement : ((Stmt.Block) body).statements()) {
      if (statement instanceof Stmt.If && ((Stmt.If) statement).elseStatement() == null
          && exits.anyIn(((Stmt.If) statement).thenStatement(), Kind.ANY, Set.of())) {
        doneTests.add(statement);
      }
    }
    Set<Node> skipped = RetryLoops.interruptionCatches(body);
    skipped.addAll(doneTests);
    return doneTests.isEmpty() || exits.anyIn(body, Kind.ANY, skipped) ? null : doneTests;
  }

  /**
   * Whether the loop gives {@code variable}, a local, a new result of a call each turn, outside its catch blocks and
   * every time it assigns it: a call (its chain making at least one argument, or a refresh of the variable itself,
   * {@code job = job.reload()}) that reads the variable, if at all, only through identity getters
   * ({@code client.getOperation(op.getName())}). The calls are added to {@code polls}; a variable read back that way
   * to {@code refetched}. A value read from another local of the loop that is itself re-polled so (a {@code done}
   * flag set from the result: {@code op = client.getOperation(op.getName()); done = op.isDone();}, a chain of calls
   * without arguments on it) is a new result too.
   */
  private static boolean repolls(Stmt.Loop loop, Variable variable, List<Expr.Call> polls, Set<Variable> refetched,
      Set<Variable> seen) {
    if (!isLocalOfTheLoop(variable) || !seen.add(variable)) {
      return false;
    }
    boolean assigned = false;
    for (Node node : Nodes.inline(loop)) {
      Expr value = null;
      if (node instanceof Expr.Assign && Nodes.isName(((Expr.Assign) node).target(), variable)) {
        if (((Expr.Assign) node).isCompound()) {
          return false;
        }
        value = ((Expr.Assign) node).value();
      } else if (node instanceof Stmt.LocalVar && ((Stmt.LocalVar) node).variable() == variable
          && ((Stmt.LocalVar) node).initializer() != null) {
        value = ((Stmt.LocalVar) node).initializer();
      }
      if (value instanceof Expr.Conditional) {
        // body = api.isReady(id) ? api.fetch(id) : null: the readiness query is asked again each turn too;
        // body = response.code() == 200 ? response.body().string() : null reads the status of the response
        Expr condition = ((Expr.Conditional) value).condition();
        value = withoutANotYetBranch((Expr.Conditional) value);
        if (value == null) {
          return false;
        }
        if (isRemoteQuery(condition)) {
          polls.add((Expr.Call) condition);
        } else if (Nodes.anyInline(condition, inner -> inner instanceof Expr.Call
            && !((Expr.Call) inner).arguments().isEmpty())) {
          return false;
        }
      }
      if (value == null) {
        continue;
      }
      if (Nodes.enclosing(node, Stmt.Catch.class) != null
          && Nodes.isWithin(Nodes.enclosing(node, Stmt.Catch.class), loop)) {
        return false;
      }
      Variable result = readFrom(value, variable);
      if (result != null) {
        // done = op.isDone(): set from a result the loop fetches again itself
        if (!repolls(loop, result, polls, refetched, seen)) {
          return false;
        }
        assigned = true;
        continue;
      }
      if (!(value instanceof Expr.Call)) {
        return false;
      }
      Expr.Call call = (Expr.Call) value;
      if (RetryCatalog.isReportingName(call.name()) || RetryCatalog.isBackoffHelperName(call.name())) {
        return false;
      }
      boolean refresh = Nodes.isName(call.receiver(), variable) && call.arguments().isEmpty()
          && RetryCatalog.REFRESH_METHOD_NAMES.contains(call.name());
      // a call on another object (a client, a job), or a helper of the class that only wraps one; any other helper
      // of the class computes, it does not ask
      boolean remote = call.receiver() != null && !(call.receiver() instanceof Expr.This)
          || AsksAnotherObject.through(call);
      if (!refresh && (!remote || !hasArguments(call) || !readsOnlyIdentity(call, variable))) {
        return false;
      }
      if (refresh || Nodes.anyInline(call, inner -> inner instanceof Expr && Nodes.isName((Expr) inner, variable))) {
        refetched.add(variable);
      }
      polls.add(call);
      assigned = true;
    }
    return assigned;
  }

  /**
   * A local of the loop's code: a local variable, or the resource of a {@code try}-with-resources, which holds the
   * attempt's response as a local does ({@code try (Response r = client.newCall(request).execute())}).
   */
  static boolean isLocalOfTheLoop(Variable variable) {
    return variable.kind() == Variable.VarKind.LOCAL || variable.kind() == Variable.VarKind.RESOURCE;
  }

  /**
   * The branch of a conditional that gives the result when the other gives {@code null}, "not yet"
   * ({@code body = api.isReady(id) ? api.fetch(id) : null}), or {@code null} when neither branch is {@code null}.
   */
  private static Expr withoutANotYetBranch(Expr.Conditional choice) {
    return Nodes.isNull(choice.ifFalse()) ? choice.ifTrue() : Nodes.isNull(choice.ifTrue()) ? choice.ifFalse() : null;
  }

  /** A call on another object given arguments ({@code api.isReady(id)}): it asks the remote side. */
  private static boolean isRemoteQuery(Expr condition) {
    return condition instanceof Expr.Call && ((Expr.Call) condition).receiver() != null
        && !(((Expr.Call) condition).receiver() instanceof Expr.This) && hasArguments((Expr.Call) condition);
  }

  /**
   * The one local {@code value} reads the result from, when {@code value} only asks about it: chains of calls without
   * arguments on another local than {@code variable} ({@code op.isDone()}, {@code op.getStatus().isTerminal()}),
   * compared with constants, tested with {@code equals} against one or for a constant marker, and combined by
   * operators ({@code current.getState() == State.DONE || current.isDone()}, {@code "SUCCEEDED".equals(job.status())},
   * {@code step.contains("Final Answer:")});
   * otherwise {@code null}.
   */
  private static Variable readFrom(Expr value, Variable variable) {
    Variable root = null;
    boolean asks = false;
    for (Node node : Nodes.inline(value)) {
      if (node instanceof Expr.Call) {
        Expr.Call call = (Expr.Call) node;
        if (!call.arguments().isEmpty() && testedAgainstAConstant(call) == null) {
          return null;
        }
        if (call.receiver() == null || call.receiver() instanceof Expr.This) {
          return null;
        }
        asks = true;
      } else if (node instanceof Expr.Name) {
        Variable read = ((Expr.Name) node).variable();
        if (read == null || !isLocalOfTheLoop(read)) {
          if (!isConstant((Expr) node)) {
            return null;
          }
        } else if (read == variable || (root != null && root != read)) {
          return null;
        } else {
          root = read;
        }
      } else if (!(node instanceof Expr.Binary || node instanceof Expr.Unary || node instanceof Expr.Literal
          || node instanceof Expr.FieldAccess || node instanceof Expr.TypeName)) {
        return null;
      }
    }
    return asks ? root : null;
  }

  static boolean hasArguments(Expr.Call call) {
    for (Expr link = call; link instanceof Expr.Call; link = ((Expr.Call) link).receiver()) {
      if (!((Expr.Call) link).arguments().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Whether every read of {@code variable} in {@code call} is the receiver of an identity getter. */
  private static boolean readsOnlyIdentity(Expr.Call call, Variable variable) {
    for (Node node : Nodes.inline(call)) {
      if (node instanceof Expr && Nodes.isName((Expr) node, variable)) {
        Node parent = node.parent();
        if (!(parent instanceof Expr.Call) || ((Expr.Call) parent).receiver() != node
            || !((Expr.Call) parent).arguments().isEmpty()
            || !RetryCatalog.isIdentityGetterName(((Expr.Call) parent).name())) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The variable whose result {@code test} asks about, when its being {@code whenTrue} says "not there yet" (a loop
   * condition's test is read as {@code true}, a done test's as {@code false}: {@code if (v != null) return v;} asks
   * as {@code while (v == null)} does): {@code v == null},
   * {@code !v.isDone()}, {@code !v.toolCalls().isEmpty()}, {@code v.hasToolCalls()}, {@code !ok} for a boolean,
   * {@code v.getState() == State.RUNNING}, {@code v.status() != READY}, {@code !"DONE".equals(v.status())}, an HTTP
   * status that says failure ({@code r.statusCode() == 503}, {@code r.code() != 200}: {@link RetryStatusChecks}); a
   * presence test ({@code v != null}, a count) or a value compared with a sentinel ({@code event != END_DOCUMENT}) is
   * a source being read, never a poll.
   */
  private static Variable notYetTestOf(Expr test, boolean whenTrue, Set<Variable> statusCopies) {
    // while (response.statusCode() == 503), while (response.code() >= 500): an HTTP status that says failure (a
    // success exit in a body is a status-checked retry's, RetryStatusChecks)
    Variable failed = whenTrue ? RetryStatusChecks.failedResponseOf(test) : null;
    if (failed != null) {
      return failed;
    }
    if (test instanceof Expr.Unary && ((Expr.Unary) test).operator() == Expr.Unary.Op.NOT) {
      return notYetTestOf(((Expr.Unary) test).operand(), !whenTrue, statusCopies);
    }
    if (test instanceof Expr.Name) {
      // !ok for a local boolean
      Variable flag = Nodes.variableOf(test);
      return !whenTrue && flag != null && isBoolean(flag) ? flag : null;
    }
    if (test instanceof Expr.Call) {
      Expr.Call call = (Expr.Call) test;
      // v.hasToolCalls() goes on while the result asks for more; !v.isDone() and !v.toolCalls().isEmpty() until done
      if (call.arguments().isEmpty() && (!whenTrue || isHasName(call.name()))) {
        return getterRoot(call);
      }
      return constantTestOf(call);
    }
    if (test instanceof Expr.Binary && ((Expr.Binary) test).operator().isEquality()) {
      Expr.Binary comparison = (Expr.Binary) test;
      Expr asked = isConstant(comparison.right()) ? comparison.left()
          : isConstant(comparison.left()) ? comparison.right() : null;
      Expr constant = asked == comparison.left() ? comparison.right() : comparison.left();
      if (asked == null) {
        return null;
      }
      boolean equal = (comparison.operator() == Expr.Binary.Op.EQ) == whenTrue;
      if (Nodes.isNull(constant)) {
        // v == null: not there yet; v != null goes on while a value is there
        return equal ? getterRoot(asked) : null;
      }
      if (constant instanceof Expr.Literal && ((Expr.Literal) constant).value() instanceof Boolean) {
        Variable flag = Nodes.variableOf(asked);
        boolean untilTrue = equal != ((Expr.Literal) constant).isTrue();
        return untilTrue && asked instanceof Expr.Name && flag != null && isBoolean(flag) ? flag : null;
      }
      // a status read from the result compared with a named constant or a string: the state it waits for or waits
      // out; the value itself compared with one is a sentinel (event != END_DOCUMENT), read until the end, unless it
      // is a copy of a status query (status = client.getStatus(id)), which copiesAStatusQuery asks of the loop
      if (asked instanceof Expr.Name && Nodes.variableOf(asked) != null
          && Nodes.variableOf(asked).kind() != Variable.VarKind.FIELD) {
        statusCopies.add(Nodes.variableOf(asked));
        return Nodes.variableOf(asked);
      }
      return asked instanceof Expr.Call && ((Expr.Call) asked).arguments().isEmpty() ? getterRoot(asked) : null;
    }
    return null;
  }

  /**
   * The call of {@code test} that asks another object directly whether what it names is there yet, when {@code test}
   * being {@code whenTrue} says "not yet": {@code !client.isReady(id)}, {@code jobs.isRunning(jobId)},
   * {@code client.getStatus(id) != Status.DONE}, {@code !"SUCCEEDED".equals(batches.getState(batchId))}. The call names
   * what it asks about in an argument, on a receiver that is neither {@code this} nor a type ({@code future.isDone()}
   * asks a local object, a helper of the class computes); its name says readiness or a status
   * ({@link RetryCatalog#readinessQuerySense}, {@link RetryCatalog#isStatusQueryName}), so a compare-and-set,
   * {@code tryLock} or {@code awaitTermination} spin is none. {@code null} otherwise.
   */
  private static Expr.Call remoteQueryOf(Expr test, boolean whenTrue) {
    if (test instanceof Expr.Unary && ((Expr.Unary) test).operator() == Expr.Unary.Op.NOT) {
      return remoteQueryOf(((Expr.Unary) test).operand(), !whenTrue);
    }
    if (test instanceof Expr.Call) {
      Expr.Call call = (Expr.Call) test;
      Boolean readySense = RetryCatalog.readinessQuerySense(call.name());
      if (readySense != null && readySense != whenTrue && asksAnotherObject(call)) {
        return call;
      }
      // !"DONE".equals(client.getStatus(id)), client.getStatus(id).equals(RUNNING)
      if ("equals".equals(call.name()) && call.arguments().size() == 1 && call.receiver() != null) {
        Expr argument = call.arguments().get(0);
        Expr receiver = call.receiver();
        Expr asked = isConstant(receiver) && !Nodes.isNull(receiver) ? argument
            : isConstant(argument) && !Nodes.isNull(argument) ? receiver : null;
        return statusQuery(asked);
      }
      return null;
    }
    if (test instanceof Expr.Binary && ((Expr.Binary) test).operator().isEquality()) {
      Expr.Binary comparison = (Expr.Binary) test;
      // a status compared with the state it waits for or waits out, as a status read from a local is
      if (isConstant(comparison.right()) && !Nodes.isNull(comparison.right())) {
        return statusQuery(comparison.left());
      }
      return isConstant(comparison.left()) && !Nodes.isNull(comparison.left()) ? statusQuery(comparison.right()) : null;
    }
    return null;
  }

  /** {@code expression} when it is a status read about an argument on another object, or {@code null}. */
  private static Expr.Call statusQuery(Expr expression) {
    return expression instanceof Expr.Call && RetryCatalog.isStatusQueryName(((Expr.Call) expression).name())
        && asksAnotherObject((Expr.Call) expression) ? (Expr.Call) expression : null;
  }

  /**
   * Whether every value the loop gives {@code variable} outside its catches, and it gives it one at least, is a status
   * query of another object about what its arguments name ({@code status = client.getStatus(jobId)}): the copy says
   * what the query says, so {@code while (status != Status.DONE)} polls as {@code while (client.getStatus(jobId) !=
   * Status.DONE)} does. A value read otherwise ({@code event = reader.nextEvent()}) is a sentinel read until the end.
   */
  private static boolean copiesAStatusQuery(Stmt.Loop loop, Variable variable) {
    boolean assigned = false;
    for (Node node : Nodes.inlineExcept(loop, Stmt.Catch.class::isInstance)) {
      Expr value = null;
      if (node instanceof Stmt.LocalVar && ((Stmt.LocalVar) node).variable() == variable) {
        value = ((Stmt.LocalVar) node).initializer();
      } else if (node instanceof Expr.Assign && Nodes.isName(((Expr.Assign) node).target(), variable)) {
        value = ((Expr.Assign) node).isCompound() ? null : ((Expr.Assign) node).value();
      } else {
        continue;
      }
      if (value == null || statusQuery(value) == null) {
        return false;
      }
      assigned = true;
    }
    return assigned;
  }

  /** A call about what its arguments name, made on a variable or a chain that is neither {@code this} nor a type. */
  private static boolean asksAnotherObject(Expr.Call call) {
    Expr receiver = call.receiver();
    return !call.arguments().isEmpty() && receiver != null && !(receiver instanceof Expr.This)
        && receiver.kind() != Node.Kind.TYPE_NAME && !isConstant(receiver);
  }

  /**
   * {@code CONSTANT.equals(v.status())}, {@code v.status().equals("DONE")} or a marker tested in a text result
   * ({@code !answer.contains("Final Answer:")}, {@code reply.startsWith("CALL ")}: {@link
   * RetryCatalog#MARKER_TEST_NAMES}): the variable asked, or {@code null}.
   */
  private static Variable constantTestOf(Expr expression) {
    Expr tested = expression instanceof Expr.Call ? testedAgainstAConstant((Expr.Call) expression) : null;
    return tested == null ? null : getterRoot(tested);
  }

  /**
   * What {@code call} compares with a constant: {@code v.status()} of {@code CONSTANT.equals(v.status())},
   * {@code v.status().equals("DONE")} or {@code reply.contains("Action:")} ({@link RetryCatalog#MARKER_TEST_NAMES});
   * {@code null} when it is no such test.
   */
  private static Expr testedAgainstAConstant(Expr.Call call) {
    if (call.arguments().size() != 1 || !RetryCatalog.MARKER_TEST_NAMES.contains(call.name())
        || call.receiver() == null) {
      return null;
    }
    Expr argument = call.arguments().get(0);
    Expr receiver = call.receiver();
    if ("equals".equals(call.name()) && isConstant(receiver) && !Nodes.isNull(receiver)) {
      return argument;
    }
    return isConstant(argument) && !Nodes.isNull(argument) ? receiver : null;
  }

  /**
   * The local variable at the root of {@code v} or a chain of calls without arguments on it ({@code v.status()},
   * {@code v.getResult().getOutput()}), or {@code null}.
   */
  private static Variable getterRoot(Expr expression) {
    // while ((answer = client.call(q)) == null): the assigned variable is asked
    Expr current = expression instanceof Expr.Assign && !((Expr.Assign) expression).isCompound()
        ? ((Expr.Assign) expression).target() : expression;
    while (current instanceof Expr.Call && ((Expr.Call) current).arguments().isEmpty()
        && ((Expr.Call) current).receiver() != null) {
      current = ((Expr.Call) current).receiver();
    }
    Variable variable = current instanceof Expr.Name ? ((Expr.Name) current).variable() : null;
    return variable != null && variable.kind() == Variable.VarKind.LOCAL ? variable : null;
  }

  /** {@code null}, a boolean or string literal, or a name in upper case ({@code READY}, {@code State.RUNNING}). */
  private static boolean isConstant(Expr expression) {
    if (expression instanceof Expr.Literal) {
      Expr.Literal literal = (Expr.Literal) expression;
      return literal.isNull() || literal.value() instanceof Boolean || literal.value() instanceof String;
    }
    String name = expression instanceof Expr.FieldAccess ? ((Expr.FieldAccess) expression).name()
        : expression instanceof Expr.Name ? ((Expr.Name) expression).name() : null;
    if (name == null) {
      return false;
    }
    name = name.substring(name.lastIndexOf('.') + 1);
    if (name.isEmpty()) {
      return false;
    }
    return Character.isUpperCase(name.charAt(0)) && name.equals(name.toUpperCase(Locale.ROOT));
  }

  private static boolean isHasName(String name) {
    return name.startsWith("has") && name.length() > 3 && Character.isUpperCase(name.charAt(3))
        && !"hasNext".equals(name);
  }

  private static boolean isBoolean(Variable variable) {
    return variable.type().isPrimitive() && "boolean".equals(variable.type().qualifiedName());
  }

  /**
   * An {@code if} in the body that compares a count or reads the clock ({@code if (System.currentTimeMillis() >
   * end) assertPathExists(..)}): what it runs may end the loop from a helper (a failed assertion), so it bounds it.
   */
  private static boolean checksABound(Stmt body) {
    return Nodes.anyInline(body, node -> node instanceof Stmt.If && bounds(((Stmt.If) node).condition()));
  }

  /** A bound in the condition: a relational comparison (an attempt count, a clock) or a deadline check. */
  private static boolean bounds(Expr operand) {
    return Nodes.anyInline(operand, node -> (node instanceof Expr.Binary
        && ((Expr.Binary) node).operator().isRelational())
        || (node instanceof Expr.Call && (RetryLoops.callsExactly((Expr.Call) node, RetryCatalog.DEADLINE_CALLS)
            || RetryLoops.callsExactly((Expr.Call) node, RetryCatalog.INTERRUPTION_CALLS))));
  }
}
