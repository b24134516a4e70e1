package dev.tracelint.analysis;

import dev.tracelint.analysis.LoopExits.Kind;
import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.MethodInfo;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.SourceUnit;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.TypeRef;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.MethodRef;
import dev.tracelint.catalog.RetryCatalog;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The hand-written retries of a unit, for UnboundedRetry and RetryWithoutBackoff: retry loops (points 1 to 9 of
 * {@code docs/rules/UnboundedRetry.md}) and methods that call themselves from their own catch block. Found once per
 * unit and shared by both rules, which differ only in what they ask of a retry afterwards. Lambdas and nested classes
 * are never looked into (their code does not run as part of the loop or method), and a loop or method whose code nests
 * deeper than {@link #MAX_DEPTH} levels is not analysed: no finding.
 */
final class RetryLoops {
  /**
   * How deep a loop's or method's code may nest, in model levels. The model has no node for parentheses or qualifiers,
   * so this is about the 400 levels of a compiler's syntax tree that both engines gave up at before the procedure was
   * written once here.
   */
  static final int MAX_DEPTH = 200;

  /**
   * A loop recognised as a retry.
   *
   * @param unbounded nothing ends the loop while the call keeps failing (UnboundedRetry)
   * @param waitWouldNotHelp every catch that retries catches only failures a retry may follow at once, feeds the
   *     failure into the next attempt's input, catches the expiry of a time budget the attempt itself waited out, or
   *     catches a specific failure and repairs a stale cache ({@link CacheRepairs}) (RetryWithoutBackoff stays silent)
   * @param polls a polling loop ({@link RetryPolls}): it repeats a call until its result says done, not after a failure
   */
  record RetryLoop(Stmt.Loop loop, boolean unbounded, boolean waitWouldNotHelp, boolean polls) {}

  /**
   * A method's call to itself from its own catch block.
   *
   * @param unbounded no attempt count or guard limits the recursion (UnboundedRetry)
   * @param waitWouldNotHelp the catch around the call catches only failures a retry may follow at once or the expiry
   *     of a time budget its try waited out, or the call passes on a value computed from the failure
   *     (RetryWithoutBackoff stays silent)
   * @param asynchronous the call is in a function an asynchronous failure operator runs, not in a catch block
   */
  record RecursiveRetry(Expr.Call call, MethodDecl method, boolean unbounded, boolean waitWouldNotHelp,
      boolean asynchronous) {}

  private final List<RetryLoop> loops = new ArrayList<>();
  private final List<RecursiveRetry> recursions = new ArrayList<>();

  private RetryLoops(SourceUnit unit) {
    UnitIndex index = UnitIndex.of(unit);
    for (Node loop : index.all(Node.Kind.LOOP)) {
      if (spinsOnMemory((Stmt.Loop) loop)) {
        continue;
      }
      RetryLoop retry = retryLoop((Stmt.Loop) loop);
      if (retry == null) {
        retry = RetryPolls.pollingRetry((Stmt.Loop) loop);
      }
      if (retry == null) {
        retry = RetryStatusChecks.statusRetry((Stmt.Loop) loop);
      }
      if (retry != null) {
        loops.add(retry);
      }
    }
    Set<String> methodNames = new LinkedHashSet<>();
    for (Node method : index.all(Node.Kind.METHOD)) {
      methodNames.add(((MethodDecl) method).name());
    }
    for (String name : methodNames) {
      for (Expr.Call call : index.callsNamed(name)) {
        RecursiveRetry retry = recursiveRetry(call);
        if (retry != null) {
          recursions.add(retry);
        }
      }
    }
  }

  /** The retries of {@code unit}, found on first use. */
  static RetryLoops of(SourceUnit unit) {
    return unit.memo(RetryLoops.class, () -> new RetryLoops(unit));
  }

  List<RetryLoop> loops() {
    return loops;
  }

  List<RecursiveRetry> recursions() {
    return recursions;
  }

  /**
   * Whether {@code call} is a resolved call of one of {@code methods}, declared by that very owner. Process exits,
   * clocks and interruption checks are JDK calls that every engine resolves; a library one that does not resolve is
   * not taken on its name.
   */
  static boolean callsExactly(Expr.Call call, List<MethodRef> methods) {
    MethodInfo target = call.method();
    if (!target.isResolved()) {
      return false;
    }
    for (MethodRef method : methods) {
      if (method.method().equals(call.name()) && target.declaringType().is(method.owner())) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Retry loops

  /**
   * Point 1, a spin on memory: every call the loop makes (condition, update and body, outside lambdas and nested
   * classes) operates on an atomic variable in memory ({@link TypeEvidence#isInMemoryAtomicCall}:
   * {@code do { locked = lock.compareAndSet(false, true); } while (!locked);}) or only computes on numbers
   * ({@code Math.max(count - 1, 0)}), at least one the former, and it creates nothing. A spin lock or
   * a lock-free update waits for another thread of this process, it sends no request: no retry at all, whatever else
   * it reads. A loop that also calls anything else is judged as before.
   */
  static boolean spinsOnMemory(Stmt.Loop loop) {
    boolean spins = false;
    for (Node node : Nodes.inline(loop)) {
      if (node instanceof Expr.Invocation) {
        if (!(node instanceof Expr.Call)) {
          return false;
        }
        if (TypeEvidence.isInMemoryAtomicCall((Expr.Call) node)) {
          spins = true;
        } else if (!TypeEvidence.isPureArithmeticCall((Expr.Call) node)) {
          return false;
        }
      }
    }
    return spins;
  }

  private static RetryLoop retryLoop(Stmt.Loop loop) {
    // point 1: an enhanced for moves through items
    if (loop.loopKind() == Stmt.Loop.LoopKind.FOREACH || loop.body() == null) {
      return null;
    }
    List<Stmt.Try> attempts = new ArrayList<>();
    collectTries(loop.body(), attempts, 0);
    // most loops hold no try: look for one before walking the whole loop
    if (attempts.isEmpty() || Nodes.nestsDeeperThan(loop, MAX_DEPTH) || takesWork(loop)) {
      return null;
    }
    LoopState state = new LoopState(loop);
    if (state.stepsThroughCandidates()) {
      return null;
    }
    Expr condition = loop.condition();
    LoopFlag flag = flagOf(condition);
    // point 7: only an endless condition or the loop's own flag can keep a retry going forever
    boolean mayRunForever = condition == null || Nodes.isTrue(condition) || flag != null;
    if (flag == null) {
      // while (!sent && attempt < max): the flag is the success exit, the rest of the condition bounds the loop
      flag = flagInConjunction(condition);
    }
    String label = loop.parent() instanceof Stmt.Labeled ? ((Stmt.Labeled) loop.parent()).label() : null;
    LoopExits exits = new LoopExits(label, flag);
    if (state.drainsASource(exits)) {
      return null;
    }
    for (Stmt.Try attempt : attempts) {
      RetryLoop retry = asRetry(loop, attempt, label, exits, state, mayRunForever);
      if (retry != null) {
        return retry;
      }
    }
    return null;
  }

  private static RetryLoop asRetry(Stmt.Loop loop, Stmt.Try attempt, String label, LoopExits exits, LoopState state,
      boolean mayRunForever) {
    // point 4: the attempt makes a call and catches its failure
    if (attempt.catches().isEmpty() || !makesCall(attempt)) {
      return null;
    }
    // point 5: the success path leaves the loop
    Stmt successAfterTry = null;
    if (!exits.anyIn(attempt.block(), Kind.SUCCESS, Set.of())) {
      successAfterTry = exitAfterTry(loop.body(), attempt, label, exits);
      if (successAfterTry == null) {
        successAfterTry = flagResetBeforeTry(loop.body(), attempt, exits);
      }
      if (successAfterTry == null) {
        return null;
      }
    }
    // point 6: some catch goes back to the loop head
    List<Stmt.Catch> retrying = new ArrayList<>();
    boolean waitWouldNotHelp = true;
    for (Stmt.Catch handler : attempt.catches()) {
      // point 6, switching targets: the next attempt goes to another server or credential, it is not the same request;
      // nor is one that tries another name after the last one was taken
      if (!catchesOnlyInterruption(handler) && !catchesOnlyClassLoadingErrors(handler)
          && !exits.alwaysLeaves(handler.block()) && !handsOverFailure(handler)
          && !runsTheTaskTheFailureCarries(handler)
          && !handsOverTheDecision(loop, handler) && !state.switchesTarget(handler)
          && !(catchesOnlyTakenNames(handler) && state.changesAttemptInput(handler))
          && !CreatedWhenMissing.goesRoundAfterCreating(handler)
          && !(catchesOnlyBufferOverflows(handler) && state.replacesOrGrowsAttemptInput(handler))
          && !(catchesOnlyCancellation(handler)
              && CacheRepairs.goesRoundAfterRepairingACache(handler, exits::alwaysLeaves))) {
        retrying.add(handler);
        // "Repair loops": a conflict is resolved by trying again at once; a repaired request is a new request; an
        // attempt that waited out its own time budget has paced the loop already; a taken name stays taken however
        // long the loop waits (a get-or-create that lost the race finds the winner by reading again); room just freed
        // for work a full executor refused lets the next attempt in now; a stale cache refreshed after a specific
        // failure makes the next attempt read fresh metadata; a credential refused with a 401 and renewed makes the
        // next attempt a new request
        waitWouldNotHelp &= catchesOnlyConflicts(handler) || catchesOnlyTakenNames(handler)
            || ImmediateRetryFailures.goesRoundOnlyOnConflict(handler, exits::alwaysLeaves)
            || ImmediateRetryFailures.goesRoundOnlyOnARenewedCredential(handler, exits::alwaysLeaves)
            || state.feedsNextAttempt(handler) || usedUpItsBudget(attempt, handler)
            || goesRoundOnlyOnAnExpiredBudget(attempt, handler, exits)
            || goesRoundOnlyOnAnImmediateRetryFailure(handler, exits)
            || CapacityRepairs.goesRoundOnlyAfterFreeingRoom(handler)
            || CacheRepairs.goesRoundAfterRepairingACache(handler, exits::alwaysLeaves)
            || repairsAFilePermission(handler);
      }
    }
    if (retrying.isEmpty()) {
      return null;
    }
    boolean unbounded = mayRunForever && !failurePathLeaves(loop.body(), attempt, successAfterTry, exits, retrying)
        && !leavesOnACount(attempt, state, exits);
    return new RetryLoop(loop, unbounded, waitWouldNotHelp, false);
  }

  /** The tries of point 4: in the body, inside blocks, ifs, labels and synchronized, not in nested loops or lambdas. */
  private static void collectTries(Stmt statement, List<Stmt.Try> out, int depth) {
    if (statement == null || depth > MAX_DEPTH) {
      return;
    }
    switch (statement.kind()) {
      case TRY:
        out.add((Stmt.Try) statement);
        break;
      case BLOCK:
        for (Stmt inner : ((Stmt.Block) statement).statements()) {
          collectTries(inner, out, depth + 1);
        }
        break;
      case IF:
        collectTries(((Stmt.If) statement).thenStatement(), out, depth + 1);
        collectTries(((Stmt.If) statement).elseStatement(), out, depth + 1);
        break;
      case LABELED:
        collectTries(((Stmt.Labeled) statement).statement(), out, depth + 1);
        break;
      case SYNCHRONIZED:
        collectTries(((Stmt.Synchronized) statement).block(), out, depth + 1);
        break;
      default:
        break;
    }
  }

  private static boolean makesCall(Stmt.Try attempt) {
    List<Node> parts = new ArrayList<>(attempt.resources());
    parts.add(attempt.block());
    for (Node part : parts) {
      if (Nodes.anyInline(part, node -> node.kind() == Node.Kind.CALL || node.kind() == Node.Kind.NEW)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The alternative success exit of point 5: a catch continues the loop and an unconditional {@code break},
   * {@code return} or assignment of the flag's stop value ({@code stored = true;} in {@code while (!stored)}) follows
   * the attempt in the loop body's block.
   */
  private static Stmt exitAfterTry(Stmt body, Stmt.Try attempt, String label, LoopExits exits) {
    if (!(body instanceof Stmt.Block)) {
      return null;
    }
    List<Stmt> statements = ((Stmt.Block) body).statements();
    int index = statements.indexOf(attempt);
    if (index < 0 || attempt.catches().stream().noneMatch(handler -> exits.continuesLoop(handler.block()))) {
      return null;
    }
    for (Stmt statement : statements.subList(index + 1, statements.size())) {
      if (statement.kind() == Node.Kind.RETURN) {
        return statement;
      }
      // while (!stored) { try { put(..); } catch (IOException e) { continue; } stored = true; }
      if (statement instanceof Stmt.ExprStmt && ((Stmt.ExprStmt) statement).expression() instanceof Expr.Assign
          && exits.lowersFlag((Expr.Assign) ((Stmt.ExprStmt) statement).expression())) {
        return statement;
      }
      if (statement.kind() == Node.Kind.BREAK) {
        String breakLabel = ((Stmt.Branch) statement).label();
        if (breakLabel == null || breakLabel.equals(label)) {
          return statement;
        }
      }
    }
    return null;
  }

  /**
   * The other alternative success exit of point 5, a flag reset for each round: the loop body's block sets the flag to
   * its stop value before the attempt ({@code retry = false;} first in {@code do { .. } while (retry)}) and a catch
   * may set it back ({@code retry = true;}, {@code retry = ++attempts < 3;}), so the loop goes round again only after
   * a failure.
   */
  private static Stmt flagResetBeforeTry(Stmt body, Stmt.Try attempt, LoopExits exits) {
    if (!(body instanceof Stmt.Block)
        || attempt.catches().stream().noneMatch(handler -> exits.mayKeepFlagUp(handler.block()))) {
      return null;
    }
    List<Stmt> statements = ((Stmt.Block) body).statements();
    int index = statements.indexOf(attempt);
    for (Stmt statement : statements.subList(0, Math.max(index, 0))) {
      if (statement instanceof Stmt.ExprStmt && ((Stmt.ExprStmt) statement).expression() instanceof Expr.Assign
          && exits.lowersFlag((Expr.Assign) ((Stmt.ExprStmt) statement).expression())) {
        return statement;
      }
    }
    return null;
  }

  /**
   * Points 8 and 9: an exit in every catch that goes round, in the finally, a throw in the attempt, or an exit
   * elsewhere in the body; an exit in a catch of {@code InterruptedException} alone does not count.
   */
  private static boolean failurePathLeaves(Stmt body, Stmt.Try attempt, Stmt successAfterTry, LoopExits exits,
      List<Stmt.Catch> retrying) {
    // every catch that goes round must hold a way out: one with none retries its failures forever, whatever the other
    // catches do (catch (TimeoutException e) { log(e); } beside catch (IOException e) { throw e; }); a way out taken
    // only when another thread interrupts this one bounds nothing
    if (retrying.stream().allMatch(handler -> holdsAWayOut(handler, exits))) {
      return true;
    }
    if (attempt.finallyBlock() != null
        && exits.anyIn(attempt.finallyBlock(), Kind.ANY, interruptionCatches(attempt.finallyBlock()))) {
      return true;
    }
    // a throw inside the attempt may escape the catch clauses: count it as a bound, precision first
    if (exits.anyIn(attempt.block(), Kind.THROW, Set.of())) {
      return true;
    }
    Set<Node> successPath = interruptionCatches(body);
    successPath.add(attempt);
    if (successAfterTry != null) {
      successPath.add(successAfterTry);
    }
    return exits.anyIn(body, Kind.ANY, successPath);
  }

  /**
   * Whether the attempt itself leaves the loop on a count the loop keeps ({@code try { if (currentTry > maxRetries)
   * return; send(); } catch (IOException e) { currentTry++; }}): an exit under a relational test of a variable the loop
   * counts ({@code ++}, {@code +=}) is the loop's bound, taken before the next try, not its success exit. A count the
   * loop starts again for each new batch of work still bounds the tries of each batch.
   */
  private static boolean leavesOnACount(Stmt.Try attempt, LoopState state, LoopExits exits) {
    return Nodes.anyInline(attempt.block(), node -> node instanceof Stmt.If
        && state.comparesACount(((Stmt.If) node).condition())
        && exits.anyIn(((Stmt.If) node).thenStatement(), Kind.ANY, Set.of()));
  }

  /**
   * Whether a catch that goes round holds a way out on that way round: an exit anywhere in it, and, when it goes round
   * with {@code continue}, an exit before or inside the statement that continues, or a condition on that statement
   * that reads more than the caught exception (an attempt count, a deadline). {@code if (e.getCode() >= 500)
   * continue; throw e;} leaves only on the failures it does not retry: the server errors go round forever.
   */
  private static boolean holdsAWayOut(Stmt.Catch handler, LoopExits exits) {
    Set<Node> interruptions = interruptionCatches(handler.block());
    if (!exits.continuesLoop(handler.block())) {
      return exits.anyIn(handler.block(), Kind.ANY, interruptions);
    }
    for (Stmt statement : handler.block().statements()) {
      if (exits.anyIn(statement, Kind.ANY, interruptions)) {
        return true;
      }
      if (exits.continuesLoop(statement)) {
        return statement instanceof Stmt.If && Nodes.all(((Stmt.If) statement).condition()).stream()
            .anyMatch(node -> node instanceof Expr && Nodes.variableOf((Expr) node) != null
                && Nodes.variableOf((Expr) node) != handler.parameter());
      }
    }
    return false;
  }

  /**
   * Point 2: a call named like work intake anywhere in the loop outside its catch blocks (what a catch block calls is
   * failure handling, not intake), or a call of a same-class helper that begins by taking work
   * ({@link StartsByTakingWork}).
   */
  static boolean takesWork(Stmt.Loop loop) {
    return Nodes.inlineExcept(loop, Stmt.Catch.class::isInstance).stream().anyMatch(node -> node instanceof Expr.Call
        && (isWorkIntake((Expr.Call) node) && !readsTheAttemptsOwnAnswer((Expr.Call) node, loop)
            || StartsByTakingWork.through((Expr.Call) node)));
  }

  /**
   * An intake-named call that reads this pass's own answer: its receiver is a local declared in the loop's body (a
   * try resource of the attempt included: {@code try (ResultSet rs = ps.executeQuery()) { rs.next(); .. }},
   * {@code return in.readLine();}), and no loop inside the body runs the call. The pass made what it reads, so the
   * read takes the answer to this attempt, not the next item of a source. A pass that reads what it opened in an
   * inner loop ({@code while ((line = in.readLine()) != null)}) drains it: still intake.
   */
  private static boolean readsTheAttemptsOwnAnswer(Expr.Call call, Stmt.Loop loop) {
    Variable receiver = call.receiver() == null ? null : Nodes.variableOf(call.receiver());
    if (receiver == null || receiver.kind() == Variable.VarKind.FIELD || receiver.declaration() == null
        || !Nodes.isWithin(receiver.declaration(), loop.body())
        || !(receiver.declaration() instanceof Stmt.LocalVar)) {
      return false;
    }
    for (Node parent = call.parent(); parent != null && parent != loop; parent = parent.parent()) {
      if (parent instanceof Stmt.Loop || parent instanceof Expr.Lambda) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code loop} is the body of the untimed overload of a blocking method: the method it is written in takes no
   * time budget, and its class declares a method of the same name that takes one ({@code request(Object)} beside
   * {@code request(Object, int timeout)}, as {@code Future#get()} beside {@code get(long, TimeUnit)}). Waiting until the
   * answer comes, however long, is that overload's contract; a caller who wants a bound calls the other one.
   */
  static boolean inUntimedOverload(Stmt.Loop loop) {
    Node code = Nodes.enclosingCodeOwner(loop);
    if (!(code instanceof MethodDecl) || ((MethodDecl) code).owner() == null) {
      return false;
    }
    MethodDecl method = (MethodDecl) code;
    Predicate<Variable> budget = parameter -> RetryWaits.isBudgetParameter(parameter, loop.unit());
    if (method.parameters().stream().anyMatch(budget)) {
      return false;
    }
    return method.owner().methods().stream().anyMatch(overload -> overload != method
        && overload.name().equals(method.name()) && overload.parameters().stream().anyMatch(budget));
  }

  /**
   * A call that takes the next piece of work: named like one ({@link RetryCatalog#isWorkIntakeName}), a queue's
   * {@code remove()} with no argument, or a catalogued intake such as {@code ReferenceQueue#remove(timeout)}. A random
   * draw ({@link #isRandomDraw}) never is.
   */
  static boolean isWorkIntake(Expr.Call call) {
    if (isRandomDraw(call)) {
      return false;
    }
    if (RetryCatalog.isWorkIntakeName(call.name()) && !readsANamedTarget(call)
        || (call.arguments().isEmpty() && RetryCatalog.WORK_INTAKE_NO_ARGUMENT_NAMES.contains(call.name()))
        || takesItemsByQuantity(call)) {
      return true;
    }
    for (MethodRef intake : RetryCatalog.WORK_INTAKE_CALLS) {
      if (TypeEvidence.isCallTo(call, intake)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A random draw ({@link RetryCatalog#RANDOM_DRAW_NAMES}: {@code ThreadLocalRandom.current().nextLong(250)},
   * {@code random.nextInt(100)}) on any receiver but a text scanner, whose {@code nextInt()} reads the next token of its
   * input ({@link RetryCatalog#INPUT_TOKEN_READER_TYPE_NAMES}). It picks a number, often to spread a pause; it takes no
   * work.
   */
  static boolean isRandomDraw(Expr.Call call) {
    return RetryCatalog.RANDOM_DRAW_NAMES.contains(call.name()) && (call.receiver() == null
        || !RetryCatalog.INPUT_TOKEN_READER_TYPE_NAMES.contains(TypeEvidence.simpleTypeName(call.receiver())));
  }

  /**
   * An intake name that takes a target ({@link RetryCatalog#WORK_INTAKE_NAMES_TAKING_A_TARGET}) given an argument named
   * for the one thing it reads ({@link RetryCatalog#isReadTargetName}: {@code store.read(key)},
   * {@code files.read(path)}): a request for that thing, not the next item of a source. So is a {@code poll} given
   * what identifies the thing it asks about ({@link RetryCatalog#isAskedIdentityName}: {@code client.poll(runId)}).
   */
  private static boolean readsANamedTarget(Expr.Call call) {
    return RetryCatalog.WORK_INTAKE_NAMES_TAKING_A_TARGET.contains(call.name())
        && call.arguments().stream().anyMatch(argument -> RetryCatalog.isReadTargetName(Nodes.memberName(argument)))
        || "poll".equals(call.name())
            && call.arguments().stream().anyMatch(argument -> RetryCatalog.isAskedIdentityName(Nodes.memberName(argument)));
  }

  /**
   * An intake named for what it takes, given only how many or how long ({@code processQueue.takeMessages(batchSize)},
   * {@code consumer.pollRecords(MAX_RECORDS, timeout)}): an intake verb followed by a noun
   * ({@link RetryCatalog#isIntakeOfItemsName}) and at least one argument, each a number written out, a value named
   * for a quantity or a time budget ({@link RetryCatalog#isIntakeQuantityName}, {@link RetryCatalog#isTimeBudgetName};
   * {@code getConsumeMessageBatchMaxSize()}), or a {@code Duration} or {@code TimeUnit}. None of them names what is
   * taken, so each call takes the next items of the source. An argument that does ({@code pollStatus(jobId)},
   * {@code takeSnapshot(volume)}) makes the call a request for that thing.
   */
  private static boolean takesItemsByQuantity(Expr.Call call) {
    if (call.arguments().isEmpty() || !RetryCatalog.isIntakeOfItemsName(call.name())) {
      return false;
    }
    for (Expr argument : call.arguments()) {
      boolean number = argument instanceof Expr.Literal && ((Expr.Literal) argument).value() instanceof Number;
      String name = Nodes.memberName(argument);
      String type = TypeEvidence.simpleTypeName(argument);
      if (!number && !RetryCatalog.isIntakeQuantityName(name) && !RetryCatalog.isTimeBudgetName(name)
          && RetryCatalog.TIME_BUDGET_TYPES.stream().noneMatch(budget -> TypeEvidence.simpleNameOf(budget).equals(type))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A flag loop's local boolean and the value that keeps the loop going: {@code false} for {@code while (!done)} and
   * {@code while (done == false)}, {@code true} for {@code while (pending)} and {@code while (retry != false)}.
   */
  record LoopFlag(Variable variable, boolean keepGoing) {}

  /**
   * The local boolean of a flag loop: {@code while (!done)}, {@code while (done == false)}, {@code while (pending)}. A
   * parameter or a field is a stop flag set from elsewhere, never the loop's own flag.
   */
  private static LoopFlag flagOf(Expr condition) {
    Expr operand = condition;
    boolean keepGoing = true;
    if (operand instanceof Expr.Unary && ((Expr.Unary) operand).operator() == Expr.Unary.Op.NOT) {
      operand = ((Expr.Unary) operand).operand();
      keepGoing = false;
    } else if (operand instanceof Expr.Binary && ((Expr.Binary) operand).operator().isEquality()) {
      Expr.Binary comparison = (Expr.Binary) operand;
      Expr literal;
      if (comparison.right() instanceof Expr.Literal) {
        operand = comparison.left();
        literal = comparison.right();
      } else if (comparison.left() instanceof Expr.Literal) {
        operand = comparison.right();
        literal = comparison.left();
      } else {
        return null;
      }
      keepGoing = ((Expr.Literal) literal).isTrue() == (comparison.operator() == Expr.Binary.Op.EQ);
    }
    Variable variable = operand instanceof Expr.Name ? ((Expr.Name) operand).variable() : null;
    if (variable == null
        || (variable.kind() != Variable.VarKind.LOCAL && variable.kind() != Variable.VarKind.FOREACH)) {
      return null;
    }
    TypeRef type = variable.type();
    return type.isPrimitive() && "boolean".equals(type.qualifiedName()) ? new LoopFlag(variable, keepGoing) : null;
  }

  /** The first flag among the operands of a chain of {@code &&}, left to right. */
  private static LoopFlag flagInConjunction(Expr condition) {
    Deque<Expr> pending = new ArrayDeque<>();
    if (condition != null) {
      pending.push(condition);
    }
    while (!pending.isEmpty()) {
      Expr operand = pending.pop();
      if (operand instanceof Expr.Binary && ((Expr.Binary) operand).operator() == Expr.Binary.Op.AND) {
        pending.push(((Expr.Binary) operand).right());
        pending.push(((Expr.Binary) operand).left());
      } else {
        LoopFlag flag = flagOf(operand);
        if (flag != null) {
          return flag;
        }
      }
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Catch clauses, for loops and self-calls alike

  /**
   * The catch blocks in {@code root} (outside lambdas and nested classes) that catch only {@code InterruptedException}:
   * an exit there stops the loop only when another thread interrupts it, it bounds nothing by itself.
   */
  static Set<Node> interruptionCatches(Node root) {
    Set<Node> out = new HashSet<>();
    for (Node node : Nodes.inline(root)) {
      if (node instanceof Stmt.Catch && catchesOnlyInterruption((Stmt.Catch) node)) {
        out.add(node);
      }
    }
    return out;
  }

  /**
   * A catch of {@code InterruptedException} alone is the sleep-until-done idiom, not the retry of a failed call; so is
   * a catch of {@code InterruptedIOException} alone that clears the interrupt ({@code Thread.interrupted()}) to block
   * again, remembering to restore it later: the "uninterruptibly" idiom of reading a resource that must be read.
   */
  static boolean catchesOnlyInterruption(Stmt.Catch handler) {
    return handler.catchesOnly(RetryCatalog::isInterruption)
        || (handler.catchesOnly(RetryCatalog::isInterruptedIo) && Nodes.anyInline(handler.block(),
            node -> node instanceof Expr.Call && RetryCatalog.INTERRUPT_CLEARING_CALLS.stream()
                .anyMatch(clearing -> TypeEvidence.isCallTo((Expr.Call) node, clearing))));
  }

  /**
   * Whether the catch runs work that the caught failure carries ({@code catch (NeedsTaskException e) {
   * e.getTask().run(); }}): the failure says what must be done before the attempt can go on and hands it over, and
   * the catch does it, so the next attempt meets a changed state, as after a repair. A functional method
   * ({@link RetryCatalog#FUNCTION_RUN_NAMES}) called on what a call on the caught exception returns.
   */
  private static boolean runsTheTaskTheFailureCarries(Stmt.Catch handler) {
    Variable caught = handler.parameter();
    return caught != null && Nodes.anyInline(handler.block(), node -> node instanceof Expr.Call
        && RetryCatalog.FUNCTION_RUN_NAMES.contains(((Expr.Call) node).name())
        && ((Expr.Call) node).receiver() instanceof Expr.Call
        && Nodes.isName(Nodes.chainRoot(((Expr.Call) node).receiver()), caught));
  }

  /**
   * Whether the attempt waited before this failure ("Attempts that wait"): it makes a call given a time budget
   * ({@link RetryWaits#waitsOnABudget}) and the catch catches only that budget running out
   * ({@link RetryCatalog#isExpiredBudgetException}). A connection refused at once (an {@code IOException}) waited for
   * nothing.
   */
  private static boolean usedUpItsBudget(Stmt.Try attempt, Stmt.Catch handler) {
    return handler.catchesOnly(RetryCatalog::isExpiredBudgetException) && RetryWaits.waitsOnABudget(attempt.block());
  }

  /**
   * {@link #usedUpItsBudget} written as a test inside a broader catch: the self-call runs only under an {@code if} that
   * asks whether the caught failure, or its cause, is an expired budget ({@code catch (Throwable t) { if (t.getCause()
   * instanceof OperationTimeoutException) return commit(..); }}), and the attempt made a call given a time budget
   * ({@code setCallTimeout(heartbeatTimeoutMillis)}): each failed attempt has waited out that budget.
   */
  private static boolean retriesOnlyAnExpiredBudget(Stmt.Try attempt, Stmt.Catch handler, List<Expr> guards) {
    Variable caught = handler.parameter();
    for (Expr guard : guards) {
      if (asksForAnExpiredBudget(guard, caught)) {
        return RetryWaits.waitsOnABudget(attempt.block());
      }
    }
    return false;
  }

  /**
   * {@link #retriesOnlyAnExpiredBudget} for a loop's broader catch: it goes round only when the caught failure, or its
   * cause, is the attempt's budget running out, and leaves otherwise ({@code catch (Throwable t) { if (!(t instanceof
   * RemotingTimeoutException)) { log..; return false; } }}, {@code if (t instanceof TimeoutException) continue; throw
   * t;}: {@link ImmediateRetryFailures#goesRoundOnlyWhen}), and the attempt made a call given a time budget. Each round
   * that goes round has waited out that budget.
   */
  private static boolean goesRoundOnlyOnAnExpiredBudget(Stmt.Try attempt, Stmt.Catch handler, LoopExits exits) {
    Variable caught = handler.parameter();
    return caught != null && ImmediateRetryFailures.goesRoundOnlyWhen(handler, exits::alwaysLeaves,
        test -> asksForAnExpiredBudget(test, caught)) && RetryWaits.waitsOnABudget(attempt.block());
  }

  /**
   * A catch that gives a local file the permission the attempt lacked ({@link RetryCatalog#FILE_PERMISSION_REPAIRS}:
   * {@code tryAgain = file.setWritable(true)} after a failed delete): the next attempt is a repaired request.
   */
  private static boolean repairsAFilePermission(Stmt.Catch handler) {
    return Nodes.anyInline(handler.block(), node -> node instanceof Expr.Call && RetryCatalog.FILE_PERMISSION_REPAIRS
        .stream().anyMatch(repair -> TypeEvidence.isCallTo((Expr.Call) node, repair)));
  }

  /**
   * A broader catch that goes round only when the caught failure is one a retry may follow at once, and leaves
   * otherwise ({@code catch (IOException e) { if (!FileUtils.isStaleFileHandle(e)) throw e; }}: a stale file handle is
   * cured by opening the path again, which no wait improves).
   */
  private static boolean goesRoundOnlyOnAnImmediateRetryFailure(Stmt.Catch handler, LoopExits exits) {
    Variable caught = handler.parameter();
    return caught != null && ImmediateRetryFailures.goesRoundOnlyWhen(handler, exits::alwaysLeaves,
        test -> ImmediateRetryFailures.asksForAnImmediateRetryFailure(test, caught));
  }

  /**
   * Whether {@code condition} holds only when the caught failure, or its cause, is an expired budget: an
   * {@code instanceof} test of it against a type named so ({@link RetryCatalog#isExpiredBudgetException}), alone, as
   * an operand of {@code &&}, or in every alternative of an {@code ||}.
   */
  private static boolean asksForAnExpiredBudget(Expr condition, Variable caught) {
    for (Expr alternative : Nodes.operands(condition, Expr.Binary.Op.OR)) {
      boolean asks = false;
      for (Expr test : Nodes.operands(alternative, Expr.Binary.Op.AND)) {
        String tested = test instanceof Expr.InstanceOf ? ((Expr.InstanceOf) test).writtenType() : null;
        asks |= tested != null && isFailureOrItsCause(((Expr.InstanceOf) test).expression(), caught)
            && RetryCatalog.isExpiredBudgetException(TypeEvidence.simpleNameOf(tested.trim()));
      }
      if (!asks) {
        return false;
      }
    }
    return true;
  }

  private static boolean isFailureOrItsCause(Expr tested, Variable caught) {
    if (Nodes.isName(tested, caught)) {
      return true;
    }
    return tested instanceof Expr.Call && ((Expr.Call) tested).name().equals("getCause")
        && ((Expr.Call) tested).arguments().isEmpty() && Nodes.isName(((Expr.Call) tested).receiver(), caught);
  }

  /**
   * A catch of class-loading errors alone ({@link RetryCatalog#isClassLoadingError}): going round after one steps a
   * service loader past a broken class or gives up on it; no remote work failed, and no wait would help.
   */
  private static boolean catchesOnlyClassLoadingErrors(Stmt.Catch handler) {
    return handler.catchesOnly(RetryCatalog::isClassLoadingError);
  }

  /**
   * A catch of consumed signals alone ({@link RetryCatalog#isConsumedSignal}: Kafka's {@code WakeupException}) whose
   * block ends by rethrowing the caught exception after the self-call ({@code catch (WakeupException e) {
   * commit(offsets); throw e; }}): the signal was cleared when it was thrown, so the call finishes the work once and the
   * signal is passed on; it fails that way again only if another thread raises it again.
   */
  private static boolean finishesBeforeRethrowingASignal(Stmt.Catch handler, Expr.Call call) {
    if (!handler.catchesOnly(RetryCatalog::isConsumedSignal)) {
      return false;
    }
    List<Stmt> statements = handler.block().statements();
    Stmt last = statements.isEmpty() ? null : statements.get(statements.size() - 1);
    return last != null && last.kind() == Node.Kind.THROW
        && Nodes.isName(((Stmt.Jump) last).expression(), handler.parameter()) && !Nodes.isWithin(call, last);
  }

  /** A catch of a taken name or key alone ({@link RetryCatalog#isNameTakenException}). */
  static boolean catchesOnlyTakenNames(Stmt.Catch handler) {
    return handler.catchesOnly(RetryCatalog::isNameTakenException);
  }

  /**
   * A catch of a buffer in memory too small for the output alone
   * ({@link RetryCatalog#BUFFER_OVERFLOW_EXCEPTION_NAMES}): with the buffer grown, the loop sizes its output; nothing
   * remote failed.
   */
  private static boolean catchesOnlyBufferOverflows(Stmt.Catch handler) {
    return handler.catchesOnly(RetryCatalog.BUFFER_OVERFLOW_EXCEPTION_NAMES::contains);
  }

  /**
   * A catch of a cancellation alone ({@link RetryCatalog#isCancellation}). With the cancelled future dropped from the
   * cache it came from ({@code cache.remove(key, future)}), the next turn starts the work afresh: a memoizer serving a
   * caller whose computation someone else cancelled, not a retry of a failure.
   */
  private static boolean catchesOnlyCancellation(Stmt.Catch handler) {
    return handler.catchesOnly(RetryCatalog::isCancellation);
  }

  static boolean catchesOnlyConflicts(Stmt.Catch handler) {
    return handler.catchesOnly(RetryCatalog::isImmediateRetryException);
  }

  /**
   * Whether a catch block hands the caught exception itself to a failure handler ({@code context.onError(e)},
   * {@code policy.handle(e)}; see {@link RetryCatalog#isFailureHandlerName}) in a call that is not itself the argument
   * of another call, and that is not a helper of the unit known to only report it ({@link RetryFailureReports}): the
   * handler may rethrow when attempts run out and may wait, so the catch is not counted as retrying.
   */
  static boolean handsOverFailure(Stmt.Catch handler) {
    Variable caught = handler.parameter();
    return Nodes.anyInline(handler.block(), node -> node instanceof Expr.Call
        && handsOver((Expr.Call) node, caught, handler));
  }

  private static boolean handsOver(Expr.Call call, Variable caught, Stmt.Catch handler) {
    if (!RetryCatalog.isFailureHandlerName(call.name())
        || call.arguments().stream().noneMatch(argument -> Nodes.isName(argument, caught))
        || RetryFailureReports.onlyReports(call, caught)) {
      return false;
    }
    // a call nested in another call's arguments formats the failure (log.warn(summary(e))), it does not hand it over
    Node below = call;
    for (Node above = call.parent(); above != handler; below = above, above = above.parent()) {
      if (above instanceof Expr.Invocation && ((Expr.Invocation) above).arguments().contains(below)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A catch that leaves the decision to go round to the code it calls: it passes a lambda or method reference that
   * writes what the loop's condition reads ({@code ctx.recordError(e, () -> attemptAgain.set(true))} in
   * {@code do { .. } while (attemptAgain.get())}) and writes none of it itself. The loop goes round only when the
   * callee, a retry algorithm that may count attempts and wait, calls back.
   */
  private static boolean handsOverTheDecision(Stmt.Loop loop, Stmt.Catch handler) {
    if (loop.condition() == null) {
      return false;
    }
    Set<Variable> decisive = new HashSet<>();
    for (Node node : Nodes.all(loop.condition())) {
      Variable variable = node instanceof Expr ? Nodes.variableOf((Expr) node) : null;
      if (variable != null) {
        decisive.add(variable);
      }
    }
    if (decisive.isEmpty() || Nodes.anyInline(handler.block(), node -> writes(node, decisive))) {
      return false;
    }
    return Nodes.anyInline(handler.block(), node -> node instanceof Expr.Call
        && ((Expr.Call) node).arguments().stream().anyMatch(argument -> (argument instanceof Expr.Lambda
            && Nodes.all(((Expr.Lambda) argument).body()).stream().anyMatch(inner -> writes(inner, decisive)))
            || (argument instanceof Expr.MethodRef && ((Expr.MethodRef) argument).receiver() != null
                && decisive.contains(Nodes.variableOf(((Expr.MethodRef) argument).receiver())))));
  }

  /**
   * An assignment to one of {@code variables}, or a call on one that is not a plain read: it passes a value
   * ({@code attemptAgain.set(true)}) or is not named like a getter ({@code retry.countDown()}).
   */
  private static boolean writes(Node node, Set<Variable> variables) {
    if (node instanceof Expr.Assign) {
      return variables.contains(Nodes.variableOf(((Expr.Assign) node).target()));
    }
    if (!(node instanceof Expr.Call) || ((Expr.Call) node).receiver() == null
        || !variables.contains(Nodes.variableOf(((Expr.Call) node).receiver()))) {
      return false;
    }
    Expr.Call call = (Expr.Call) node;
    return !call.arguments().isEmpty()
        || !(call.name().startsWith("get") || call.name().startsWith("is") || call.name().startsWith("has"));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Recursive retries

  /**
   * The recursive retry {@code call} makes, or {@code null}: the call must invoke the enclosing method itself (no
   * receiver, or {@code this}) from one of its catch blocks, not inside a loop, lambda or nested class.
   */
  private static RecursiveRetry recursiveRetry(Expr.Call call) {
    if (!call.isOnThis()) {
      return null;
    }
    Node handler = null;
    boolean guarded = false;
    List<Expr> guards = new ArrayList<>();
    Node previous = call;
    for (Node node = call.parent(); node != null; previous = node, node = node.parent()) {
      if (handler == null && isAsyncFailureHandler(node)) {
        // exceptionallyCompose(e -> fetchAsync(url)): the lambda runs when the attempt fails, like a catch block
        handler = node;
        continue;
      }
      if (isDeferredSubscription(node)) {
        // Mono.defer(() -> ask(q)): subscribing to the defer subscribes to the self-call's publisher, in place
        continue;
      }
      if (handler == null && isFailureBranchOfACallback(node, guards)) {
        // client.sendAsync(text, (result, error) -> { if (error != null) send(text); }): the branch runs on failure
        handler = node;
        continue;
      }
      if (Nodes.isDeferred(node) || node.kind() == Node.Kind.LOOP) {
        return null;
      }
      if (node instanceof MethodDecl) {
        return handler == null ? null : asRecursiveRetry(call, (MethodDecl) node, handler, guarded, guards);
      }
      if (handler != null) {
        continue;
      }
      if (node instanceof Stmt.Catch) {
        handler = node;
        if (catchesOnlyInterruption((Stmt.Catch) node) || catchesOnlyClassLoadingErrors((Stmt.Catch) node)
            || handsOverFailure((Stmt.Catch) node) || finishesBeforeRethrowingASignal((Stmt.Catch) node, call)) {
          return null;
        }
      } else if (node instanceof Stmt.If && ((Stmt.If) node).condition() != previous) {
        guarded |= boundsByCondition(((Stmt.If) node).condition());
        if (((Stmt.If) node).thenStatement() == previous) {
          guards.add(((Stmt.If) node).condition());
        }
      } else if (node instanceof Expr.Conditional && ((Expr.Conditional) node).condition() != previous) {
        guarded |= boundsByCondition(((Expr.Conditional) node).condition());
      }
    }
    return null;
  }

  private static RecursiveRetry asRecursiveRetry(Expr.Call call, MethodDecl method, Node handler,
      boolean guarded, List<Expr> guards) {
    if (method.isConstructor() || method.body() == null || !TypeEvidence.invokes(call, method)
        || Nodes.nestsDeeperThan(method.body(), MAX_DEPTH) || fallsBackOnce(call, method)
        || switchesAFlagOnce(call, method, handler) || CreatedWhenMissing.selfCallAfterCreating(call, handler)) {
      return null;
    }
    if (stepsFromAParameter(call, method, handler) || takesWorkEachCall(call, method)
        || takesTheNextCandidateFirst(call, handler)) {
      return null;
    }
    // a handler that stops when the resource is closed is bounded by the closing, as a stop flag bounds a loop; a
    // method that gives up when a lookup of its target, re-run on every call, finds nothing, by the target's lifetime;
    // a guard that leaves first once a deadline passes or a counted field reaches its limit, as one around the call does
    boolean bounded = guarded || stopsWhenClosed(handler, call) || LeavingGuards.leavesAtABoundFirst(call, method)
        || TargetLookups.givesUpWhenTheTargetIsGone(call, method)
        || failsOverToAnExecutorThatNeverRefuses(call, method, handler);
    // a conflict needs no wait, nor a renewed credential, nor an attempt that waited out its own time budget
    boolean needsNoWait = handler instanceof Stmt.Catch && (catchesOnlyConflicts((Stmt.Catch) handler)
        || ImmediateRetryFailures.reachedOnlyOnConflict(call, (Stmt.Catch) handler)
        || ImmediateRetryFailures.reachedOnlyOnARenewedCredential(call, (Stmt.Catch) handler)
        || (handler.parent() instanceof Stmt.Try
            && (usedUpItsBudget((Stmt.Try) handler.parent(), (Stmt.Catch) handler)
                || retriesOnlyAnExpiredBudget((Stmt.Try) handler.parent(), (Stmt.Catch) handler, guards))));
    return new RecursiveRetry(call, method, !bounded && !boundedByParameter(method, handler),
        needsNoWait || passesOnTheFailure(call, handler) || repairsStateTheMethodReads(method, handler)
            || failsOverToAFixedAlternative(call, method, handler),
        handler instanceof Expr.Lambda);
  }

  /**
   * A value that names an alternative rather than making a fresh one: a variable or constant, a literal, or a call
   * without arguments that is not named for making an instance ({@code directExecutor()}, {@code config.standby()};
   * not {@code newClient()}, {@code connect(url)} or {@code new Client(url)}, which reconnect to the same target).
   */
  private static boolean isFixedAlternative(Expr argument) {
    if (argument instanceof Expr.Name || argument instanceof Expr.FieldAccess || argument instanceof Expr.Literal) {
      return true;
    }
    return argument instanceof Expr.Call && ((Expr.Call) argument).arguments().isEmpty()
        && !RetryCatalog.isFreshInstanceName(((Expr.Call) argument).name());
  }

  /**
   * A failover, not the same request again: for a parameter that is no attempt count, the self-call passes a fixed
   * alternative ({@link #isFixedAlternative}) that does not read that parameter (another target:
   * {@code closeQuietly(closeable, directExecutor())} after the {@code executor} parameter refused the task,
   * {@code send(request, standbyEndpoint)}), nor the caught failure (that is a repair), and passes every other
   * parameter on as it is (an attempt count may count on). The nested call goes
   * to the alternative; no wait helps it there (RetryWithoutBackoff). Should the alternative fail the same way, the
   * nested call passes the same alternative again, so nothing ends the recursion: UnboundedRetry still asks for a
   * bound.
   */
  private static boolean failsOverToAFixedAlternative(Expr.Call call, MethodDecl method, Node handler) {
    return !fixedAlternatives(call, method, handler).isEmpty();
  }

  /**
   * The arguments of a failover ({@link #failsOverToAFixedAlternative}) that replace a parameter with a fixed
   * alternative; empty when the self-call is no such failover.
   */
  private static List<Expr> fixedAlternatives(Expr.Call call, MethodDecl method, Node handler) {
    List<Variable> parameters = method.parameters();
    List<Expr> arguments = call.arguments();
    if (arguments.size() != parameters.size()) {
      return List.of();
    }
    Set<Variable> failure = failureValues(handler);
    List<Expr> alternatives = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      Variable parameter = parameters.get(i);
      Expr argument = arguments.get(i);
      if (Nodes.isName(argument, parameter)) {
        continue;
      }
      if (isAttemptCount(parameter)) {
        if (!LoopState.isArithmeticOn(argument, parameter)) {
          return List.of();
        }
        continue;
      }
      if (!isFixedAlternative(argument) || LoopState.mentions(argument, Collections.singleton(parameter))
          || LoopState.mentions(argument, failure)) {
        return List.of();
      }
      alternatives.add(argument);
    }
    return alternatives;
  }

  /**
   * A failover that cannot fail the way that led to it, so the recursion ends at the nested call: the catch takes only
   * an executor's refusal of a task ({@link RetryCatalog#isCapacityRejection}), and the self-call hands the task to
   * an executor that runs it in the calling thread ({@link RetryCatalog#INLINE_EXECUTOR_FACTORY_NAMES}:
   * {@code closeQuietly(closeable, directExecutor())}), which never refuses one.
   */
  private static boolean failsOverToAnExecutorThatNeverRefuses(Expr.Call call, MethodDecl method, Node handler) {
    if (!(handler instanceof Stmt.Catch) || !((Stmt.Catch) handler).catchesOnly(RetryCatalog::isCapacityRejection)) {
      return false;
    }
    List<Expr> alternatives = fixedAlternatives(call, method, handler);
    return !alternatives.isEmpty() && alternatives.stream().allMatch(alternative -> alternative instanceof Expr.Call
        && RetryCatalog.INLINE_EXECUTOR_FACTORY_NAMES.contains(((Expr.Call) alternative).name()));
  }

  /**
   * The supplier lambda given to a publisher's {@code defer} ({@link RetryCatalog#DEFERRED_SUBSCRIPTION_NAMES}): what it
   * returns is subscribed to when the deferred publisher is, so a self-call in it runs where the {@code defer} stands.
   */
  private static boolean isDeferredSubscription(Node node) {
    if (!(node instanceof Expr.Lambda) || !(node.parent() instanceof Expr.Call)) {
      return false;
    }
    Expr.Call factory = (Expr.Call) node.parent();
    return RetryCatalog.DEFERRED_SUBSCRIPTION_NAMES.contains(factory.name()) && factory.arguments().contains(node);
  }

  /**
   * A lambda given as an argument to an asynchronous failure operator ({@code exceptionallyCompose},
   * {@code onErrorResume}...: {@link RetryCatalog#ASYNC_FAILURE_OPERATOR_NAMES}): it runs when the attempt fails.
   */
  /**
   * A callback handed to a call on another object ({@code client.sendAsync(text, (result, error) -> ..)},
   * {@code future.whenComplete((reply, failure) -> ..)}) whose {@code guards}, the conditions of the {@code if}s the
   * self-call lies in the then-branch of, test that one of its parameters, named for a failure
   * ({@link RetryCatalog#isFailureParameterName}), is not {@code null}: that branch runs when the attempt failed, as a
   * catch block does. Names only, so that every engine sees the same.
   */
  private static boolean isFailureBranchOfACallback(Node node, List<Expr> guards) {
    if (!(node instanceof Expr.Lambda) || !(node.parent() instanceof Expr.Call)
        || ((Expr.Call) node.parent()).receiver() == null || ((Expr.Lambda) node).parameters().size() < 2) {
      return false;
    }
    for (Expr guard : guards) {
      for (Expr test : Nodes.operands(guard, Expr.Binary.Op.AND)) {
        if (test instanceof Expr.Binary && ((Expr.Binary) test).operator() == Expr.Binary.Op.NE) {
          Expr.Binary comparison = (Expr.Binary) test;
          Expr tested = Nodes.isNull(comparison.right()) ? comparison.left()
              : Nodes.isNull(comparison.left()) ? comparison.right() : null;
          Variable parameter = tested == null ? null : Nodes.variableOf(tested);
          if (parameter != null && ((Expr.Lambda) node).parameters().contains(parameter)
              && RetryCatalog.isFailureParameterName(parameter.name())
              && onlyReportsTheFailure((Expr.Lambda) node, parameter, tested)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether the callback reads its failure only in the null test {@code tested} and in reports
   * ({@code log.warn("..", error)}). One that asks what the failure was ({@code e.getMessage().startsWith(..)} before
   * switching to another command) or hands it on ({@code shouldRetry(retryer, throwable)}, a retryer that may wait or
   * give up) decides by it, as a catch that hands its exception over does: not judged.
   */
  private static boolean onlyReportsTheFailure(Expr.Lambda callback, Variable failure, Expr tested) {
    for (Node node : Nodes.inline(callback.body())) {
      if (node == tested || !Nodes.isName(node instanceof Expr ? (Expr) node : null, failure)) {
        continue;
      }
      Expr.Call report = Nodes.enclosing(node, Expr.Call.class);
      if (report == null || !Nodes.isWithin(report, callback.body()) || report.receiver() == node
          || !(RetryCatalog.isReportingName(report.name())
              || RetryCatalog.FAILURE_REPORTING_METHOD_NAMES.contains(report.name()))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsyncFailureHandler(Node node) {
    if (!(node instanceof Expr.Lambda) || !(node.parent() instanceof Expr.Call)) {
      return false;
    }
    Expr.Call operator = (Expr.Call) node.parent();
    return operator.receiver() != null && RetryCatalog.ASYNC_FAILURE_OPERATOR_NAMES.contains(operator.name())
        && operator.arguments().contains(node);
  }

  /**
   * Work intake, for self-calls (point 2's test, asked of the method): the method's own code, outside its catch blocks,
   * lambdas and nested classes, takes the next piece of work or candidate ({@link #isWorkIntake}:
   * {@code pendingTasks.poll()}, {@code addresses.next()}) from something every call shares: a field, or a parameter the
   * self-call passes on unchanged. Each call takes another item, so going round after a failure moves on to the next
   * one and ends when the source is empty; it does not repeat the failed work. An intake from an object the method
   * makes afresh ({@code hosts.iterator().next()}) takes the same first item every time: still a retry.
   */
  private static boolean takesWorkEachCall(Expr.Call call, MethodDecl method) {
    List<Variable> parameters = method.parameters();
    List<Expr> arguments = call.arguments();
    for (Node node : Nodes.inlineExcept(method.body(), Stmt.Catch.class::isInstance)) {
      if (!(node instanceof Expr.Call) || ((Expr.Call) node).receiver() == null || !isWorkIntake((Expr.Call) node)) {
        continue;
      }
      Variable source = Nodes.variableOf(((Expr.Call) node).receiver());
      if (source == null) {
        continue;
      }
      if (source.kind() == Variable.VarKind.FIELD) {
        return true;
      }
      int index = parameters.indexOf(source);
      if (index >= 0 && index < arguments.size() && Nodes.isName(arguments.get(index), source)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the failure handler around a self-call stops when the resource it uses is closed, as a stop flag bounds a
   * loop: an {@code if} in the handler tests the failure or the resource for closing
   * ({@code ex.getCause() instanceof AlreadyClosedException}, {@code channel.isClosed()}, negated or not:
   * {@link RetryCatalog#isClosedResourceException}, {@link RetryCatalog#CLOSED_CHECK_NAMES}), or tests a stop flag
   * ({@link StopFlags}: {@code if (expiryOvertimeMode) return ..;}), and the self-call is in its other branch, or
   * follows it while the closed branch always returns or throws. Closing the resource, which its owner does, or
   * raising the flag, which another path of the object does, ends the retry; a handler that goes round on every
   * failure stays unbounded.
   */
  private static boolean stopsWhenClosed(Node handler, Expr.Call call) {
    Node body = handler instanceof Stmt.Catch ? ((Stmt.Catch) handler).block() : ((Expr.Lambda) handler).body();
    for (Node node : Nodes.inline(body)) {
      if (!(node instanceof Stmt.If)) {
        continue;
      }
      Stmt.If test = (Stmt.If) node;
      Boolean closedWhenTrue = closedTest(test.condition());
      if (closedWhenTrue == null) {
        continue;
      }
      Stmt closed = closedWhenTrue ? test.thenStatement() : test.elseStatement();
      Stmt open = closedWhenTrue ? test.elseStatement() : test.thenStatement();
      if (closed != null && Nodes.isWithin(call, closed)) {
        continue;
      }
      if (open != null && Nodes.isWithin(call, open)) {
        return true;
      }
      if (alwaysEnds(closed) && test.parent() != null && Nodes.isWithin(call, test.parent())
          && call.span().start() > test.span().end()) {
        return true;
      }
    }
    return false;
  }

  /** {@code TRUE} for a test that holds when closed, {@code FALSE} for its negation, {@code null} for another test. */
  private static Boolean closedTest(Expr condition) {
    if (condition instanceof Expr.Unary && ((Expr.Unary) condition).operator() == Expr.Unary.Op.NOT) {
      Boolean inner = closedTest(((Expr.Unary) condition).operand());
      return inner == null ? null : !inner;
    }
    if (condition instanceof Expr.InstanceOf) {
      String type = ((Expr.InstanceOf) condition).writtenType();
      return type != null && RetryCatalog.isClosedResourceException(type.substring(type.lastIndexOf('.') + 1))
          ? Boolean.TRUE : null;
    }
    if (condition instanceof Expr.Call && ((Expr.Call) condition).arguments().isEmpty()
        && RetryCatalog.CLOSED_CHECK_NAMES.contains(((Expr.Call) condition).name())) {
      return Boolean.TRUE;
    }
    return StopFlags.isRaisedStopFlag(condition) ? Boolean.TRUE : null;
  }

  /** A {@code return} or {@code throw}, or a block that ends with one. */
  static boolean alwaysEnds(Stmt statement) {
    Stmt last = endingStatement(statement);
    return last != null && (last.kind() == Node.Kind.RETURN || last.kind() == Node.Kind.THROW);
  }

  /** The statement {@code statement} ends with: itself, or the last of its block, looked for inside nested blocks. */
  static Stmt endingStatement(Stmt statement) {
    Stmt last = statement;
    while (last instanceof Stmt.Block && !((Stmt.Block) last).statements().isEmpty()) {
      List<Stmt> statements = ((Stmt.Block) last).statements();
      last = statements.get(statements.size() - 1);
    }
    return last;
  }

  /**
   * A fallback, not a retry: the self-call passes another value for a parameter that is not an attempt count
   * ({@code fetch(url, true)} for {@code boolean insecure}, {@code load(secondary)} for {@code endpoint}), and a
   * condition somewhere in the method reads that parameter ({@code if (!insecure)}), so the nested call takes another
   * way. A recursive retry passes the same arguments.
   */
  private static boolean fallsBackOnce(Expr.Call call, MethodDecl method) {
    List<Variable> parameters = method.parameters();
    List<Expr> arguments = call.arguments();
    Set<Variable> changed = new HashSet<>();
    for (int i = 0; i < arguments.size() && i < parameters.size(); i++) {
      Variable parameter = parameters.get(i);
      if (!Nodes.isName(arguments.get(i), parameter) && !isAttemptCount(parameter)) {
        changed.add(parameter);
      }
    }
    // the condition may be in a lambda of the method: onErrorResume(e -> !viaProxy ? fetch(url, true) : error(e))
    return !changed.isEmpty() && Nodes.all(method.body()).stream().anyMatch(node -> {
      Expr condition = node instanceof Stmt.If ? ((Stmt.If) node).condition()
          : node instanceof Expr.Conditional ? ((Expr.Conditional) node).condition()
          : node instanceof Stmt.Loop ? ((Stmt.Loop) node).condition() : null;
      return condition != null && LoopState.mentions(condition, changed);
    });
  }

  /**
   * A fallback switched once, not a retry: before the self-call, the catch gives a field a boolean literal
   * ({@code tryDbaDependencies = false;}) that the method reads outside the catch, so the nested call takes another
   * way, after an {@code if} of the catch that leaves when the field already holds that value ({@code if
   * (!message.contains("ORA-00942") || !tryDbaDependencies) throw ..;}). Nothing in the unit gives the field another
   * value, so the switch happens once. A flag set back elsewhere ({@code connected = true} in {@code connect()}) may
   * send the same request again: that stays a retry.
   */
  private static boolean switchesAFlagOnce(Expr.Call call, MethodDecl method, Node handler) {
    if (!(handler instanceof Stmt.Catch)) {
      return false;
    }
    for (Node node : Nodes.inline(((Stmt.Catch) handler).block())) {
      if (node instanceof Expr.Assign && !((Expr.Assign) node).isCompound()
          && node.span().start() < call.span().start()
          && ((Expr.Assign) node).value() instanceof Expr.Literal
          && ((Expr.Literal) ((Expr.Assign) node).value()).literalKind() == Expr.Literal.LiteralKind.BOOLEAN) {
        Expr.Assign switched = (Expr.Assign) node;
        Variable flag = Nodes.variableOf(switched.target());
        boolean value = Nodes.isTrue(switched.value());
        if (flag != null && !flag.isLocal() && readsOutside(method.body(), flag, handler)
            && leavesWhenAlreadySwitched((Stmt.Catch) handler, switched, flag, value)
            && isOnlyEverSetTo(flag, value, call.unit())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether an {@code if} of {@code handler} before {@code switched} always ends when {@code flag} is {@code value}.
   */
  private static boolean leavesWhenAlreadySwitched(Stmt.Catch handler, Expr.Assign switched, Variable flag,
      boolean value) {
    for (Node node : Nodes.inline(handler.block())) {
      if (node instanceof Stmt.If && node.span().end() <= switched.span().start()
          && alwaysEnds(((Stmt.If) node).thenStatement())
          && holdsWhen(((Stmt.If) node).condition(), flag, value)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code condition} is certainly true when {@code flag} is {@code value}: a test of it, or an {@code ||}
   * with one.
   */
  private static boolean holdsWhen(Expr condition, Variable flag, boolean value) {
    if (condition instanceof Expr.Binary && ((Expr.Binary) condition).operator() == Expr.Binary.Op.OR) {
      return holdsWhen(((Expr.Binary) condition).left(), flag, value)
          || holdsWhen(((Expr.Binary) condition).right(), flag, value);
    }
    if (condition instanceof Expr.Unary && ((Expr.Unary) condition).operator() == Expr.Unary.Op.NOT) {
      return !value && Nodes.variableOf(((Expr.Unary) condition).operand()) == flag;
    }
    return value && Nodes.variableOf(condition) == flag;
  }

  /** Whether every assignment of {@code field} in the unit gives it {@code value} (its declaration may differ). */
  private static boolean isOnlyEverSetTo(Variable field, boolean value, SourceUnit unit) {
    for (Expr.Assign assign : UnitIndex.of(unit).<Expr.Assign>all(Node.Kind.ASSIGN)) {
      if (Nodes.variableOf(assign.target()) == field
          && (assign.isCompound() || !(assign.value() instanceof Expr.Literal)
              || Nodes.isTrue(assign.value()) != value)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A walk through a field's candidates, not a retry: before the self-call, its catch calls a helper of the unit that
   * takes the next candidate from a field's collection or advances a field's cursor ({@link
   * LoopState#advancesAFieldCursor}: {@code if (!goToNextLog()) return false;} over {@code logFile =
   * storedFiles.remove(storedFiles.size() - 1)}). The next call reads another file or asks another server, and the
   * recursion ends when the candidates run out. A helper that evicts by key or only reads a field gives no new one.
   */
  private static boolean takesTheNextCandidateFirst(Expr.Call call, Node handler) {
    if (!(handler instanceof Stmt.Catch)) {
      return false;
    }
    for (Node node : Nodes.inline(((Stmt.Catch) handler).block())) {
      if (node instanceof Expr.Call && node != call && node.span().start() < call.span().start()) {
        MethodDecl helper = SameClassHelpers.helperAsWritten((Expr.Call) node);
        if (helper != null && helper.body() != null && LoopState.advancesAFieldCursor(helper)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A search, not a retry ("Methods that call themselves to search"): for a parameter that is not an attempt count,
   * the self-call passes a value computed from that parameter by more than operators on it
   * ({@code context.getParent()}, {@code transformedName(name)}, a local or pattern variable computed from it:
   * {@code parent} of {@code factory.getParentFactory() instanceof Factory parent}), and not from the caught failure
   * (a repair). So does passing the parameter itself after the method gave it such a value before the call
   * ({@code path = path.substring(0, slash); ... mkdirs(path);}). Each nested call goes one step further, up a
   * hierarchy or to a transformed key, until the steps run out. A recursive retry passes the same arguments; flipping a
   * flag ({@code !insecure}) or counting ({@code attempt + 1}) is no step.
   */
  private static boolean stepsFromAParameter(Expr.Call call, MethodDecl method, Node handler) {
    List<Variable> parameters = method.parameters();
    List<Expr> arguments = call.arguments();
    Set<Variable> failure = failureValues(handler);
    for (int i = 0; i < arguments.size() && i < parameters.size(); i++) {
      Variable parameter = parameters.get(i);
      Expr argument = arguments.get(i);
      if (isAttemptCount(parameter) || LoopState.mentions(argument, failure)) {
        continue;
      }
      if (Nodes.isName(argument, parameter) ? stepsBefore(call, method, parameter, failure)
          : !LoopState.isArithmeticOn(argument, parameter)
              && LoopState.mentions(argument, computedFrom(method, parameter))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code method}, before {@code call}, assigns {@code parameter} a value computed from it by more than
   * operators on it and not from the caught failure: {@code path = path.substring(0, slash)}.
   */
  private static boolean stepsBefore(Expr.Call call, MethodDecl method, Variable parameter, Set<Variable> failure) {
    Set<Variable> sources = computedFrom(method, parameter);
    return Nodes.anyInline(method.body(), node -> node instanceof Expr.Assign && !((Expr.Assign) node).isCompound()
        && node.span().start() < call.span().start()
        && Nodes.isName(((Expr.Assign) node).target(), parameter)
        && LoopState.mentions(((Expr.Assign) node).value(), sources)
        && !LoopState.mentions(((Expr.Assign) node).value(), failure)
        && !LoopState.isArithmeticOn(((Expr.Assign) node).value(), parameter));
  }

  /**
   * {@code parameter} and the locals and pattern variables of {@code method} (outside lambdas and nested classes) whose
   * value is computed from it, directly or through one another.
   */
  static Set<Variable> computedFrom(MethodDecl method, Variable parameter) {
    Set<Variable> out = new HashSet<>();
    out.add(parameter);
    List<Node> nodes = Nodes.inline(method.body());
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Node node : nodes) {
        Variable variable = null;
        Node value = null;
        if (node instanceof Stmt.LocalVar) {
          variable = ((Stmt.LocalVar) node).variable();
          value = ((Stmt.LocalVar) node).initializer();
        } else if (node instanceof Expr.InstanceOf) {
          variable = ((Expr.InstanceOf) node).binding();
          value = ((Expr.InstanceOf) node).expression();
        } else if (node instanceof Expr.Assign && !((Expr.Assign) node).isCompound()) {
          variable = Nodes.variableOf(((Expr.Assign) node).target());
          value = ((Expr.Assign) node).value();
          if (variable != null && variable.kind() != Variable.VarKind.LOCAL) {
            variable = null;
          }
        }
        if (variable != null && value != null && !out.contains(variable) && LoopState.mentions(value, out)) {
          out.add(variable);
          grew = true;
        }
      }
    }
    return out;
  }

  /** A parameter that can count attempts: a primitive or boxed integer, which every engine knows by name. */
  private static boolean isAttemptCount(Variable parameter) {
    String type = parameter.type().qualifiedName();
    return type != null && RetryCatalog.ATTEMPT_COUNT_TYPES.contains(type);
  }

  /**
   * A repair, not a repetition ("Repair loops", for self-calls): an argument of the self-call mentions the caught exception or
   * a local the catch computed from it ({@code ask(question + "\nError: " + e.getMessage())}).
   */
  private static boolean passesOnTheFailure(Expr.Call call, Node handler) {
    Set<Variable> fed = failureValues(handler);
    return call.arguments().stream().anyMatch(argument -> LoopState.mentions(argument, fed));
  }

  /**
   * A repair through the object's state ("Repair loops", for self-calls): the handler assigns a field a value built
   * from the caught failure ({@code sequenceToken = e.expectedSequenceToken()}, {@code leader = e.leaderHint()}) and
   * the method reads that field outside the handler, so the nested call sends what the failure asked for. A field
   * only recorded ({@code lastError = e}) and never read by the method repairs nothing.
   */
  private static boolean repairsStateTheMethodReads(MethodDecl method, Node handler) {
    Set<Variable> failure = failureValues(handler);
    for (Node node : Nodes.inline(handlerBody(handler))) {
      if (node instanceof Expr.Assign && !((Expr.Assign) node).isCompound()) {
        Variable target = Nodes.variableOf(((Expr.Assign) node).target());
        if (target != null && !target.isLocal() && LoopState.mentions(((Expr.Assign) node).value(), failure)
            && readsOutside(method.body(), target, handler)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code body}, outside {@code excluded}, reads {@code variable} (an assignment's target is no read). */
  private static boolean readsOutside(Node body, Variable variable, Node excluded) {
    for (Node node : Nodes.all(body)) {
      if (node instanceof Expr && !Nodes.isWithin(node, excluded) && Nodes.variableOf((Expr) node) == variable
          && !(node.parent() instanceof Expr.Assign && ((Expr.Assign) node.parent()).target() == node)) {
        return true;
      }
    }
    return false;
  }

  private static Node handlerBody(Node handler) {
    return handler instanceof Stmt.Catch ? ((Stmt.Catch) handler).block() : ((Expr.Lambda) handler).body();
  }

  /** The caught failure of {@code handler} and the locals its block computes from it. */
  private static Set<Variable> failureValues(Node handler) {
    Set<Variable> fed = new HashSet<>();
    if (handler instanceof Stmt.Catch) {
      fed.add(((Stmt.Catch) handler).parameter());
    } else {
      fed.addAll(((Expr.Lambda) handler).parameters());
    }
    fed.remove(null);
    for (Node node : Nodes.inline(handlerBody(handler))) {
      if (node instanceof Stmt.LocalVar && ((Stmt.LocalVar) node).initializer() != null
          && LoopState.mentions(((Stmt.LocalVar) node).initializer(), fed)) {
        fed.add(((Stmt.LocalVar) node).variable());
      }
    }
    return fed;
  }

  /**
   * A condition around the self-call that bounds it: a relational comparison (an equality test such as
   * {@code status == 503} says which failures, not how many), or a deadline or interruption check.
   */
  private static boolean boundsByCondition(Expr condition) {
    return Nodes.anyInline(condition, node -> (node instanceof Expr.Binary
        && ((Expr.Binary) node).operator().isRelational())
        || (node instanceof Expr.Call && (callsExactly((Expr.Call) node, RetryCatalog.DEADLINE_CALLS)
            || callsExactly((Expr.Call) node, RetryCatalog.INTERRUPTION_CALLS))));
  }

  /** A numeric parameter compared, tested or checked anywhere in the method. */
  private static boolean boundedByParameter(MethodDecl method, Node handler) {
    List<Variable> parameters = method.parameters();
    Set<Variable> counts = new HashSet<>();
    for (Variable parameter : parameters) {
      if (isAttemptCount(parameter)) {
        counts.add(parameter);
      }
    }
    if (counts.isEmpty()) {
      return false;
    }
    // a count only passed on (attempt + 1), logged or turned into a delay bounds nothing: one compared, tested in a
    // condition or handed to a check (ensureAttemptsLeft(attempt)) may end the recursion
    Predicate<Node> bounds = node -> (node instanceof Expr.Binary
        && (((Expr.Binary) node).operator().isRelational() || ((Expr.Binary) node).operator().isEquality())
        && LoopState.mentions(node, counts)) || testsACount(node, counts, method);
    // an asynchronous retry's handler runs later: its own code is where the count is tested
    return Nodes.anyInline(method.body(), bounds) || (handler instanceof Expr.Lambda
        && Nodes.anyInline(((Expr.Lambda) handler).body(), bounds));
  }

  /**
   * A condition that reads one of {@code counts} ({@code if (policy.allowsRetry(attempt))}), or a call of a statement
   * of its own, other than {@code method}, named like a check or for the attempts
   * ({@link RetryCatalog#isAttemptCheckName}), that is handed one ({@code checkAttempts(attempt);}).
   */
  private static boolean testsACount(Node node, Set<Variable> counts, MethodDecl method) {
    Expr condition = node instanceof Stmt.If ? ((Stmt.If) node).condition()
        : node instanceof Expr.Conditional ? ((Expr.Conditional) node).condition()
        : node instanceof Stmt.Loop ? ((Stmt.Loop) node).condition() : null;
    if (condition != null) {
      return LoopState.mentions(condition, counts);
    }
    if (!(node instanceof Expr.Call) || !(node.parent() instanceof Stmt.ExprStmt)) {
      return false;
    }
    Expr.Call check = (Expr.Call) node;
    return !TypeEvidence.invokes(check, method) && RetryCatalog.isAttemptCheckName(check.name())
        && !RetryCatalog.isRecordingName(check.name()) && !RetryCatalog.isBackoffHelperName(check.name())
        && check.arguments().stream().anyMatch(argument -> LoopState.mentions(argument, counts));
  }
}
