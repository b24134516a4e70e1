package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.Variable;
import java.util.ArrayList;
import java.util.List;

/**
 * The structural walk over statements that rules share to ask "is this obligation ended on every way out?": a span
 * that must be ended (UnclosedTrace), a trace pipeline that must be flushed before the process exits
 * (ExitBeforeTraceFlush). Each statement after the one that created the obligation is classified as ENDED, CONTINUE,
 * LEAKS or UNKNOWN (step 8 of {@code docs/rules/UnclosedTrace.md}); "can throw or leave" is {@link HarmlessCode}'s
 * model. What ends the obligation, which calls the rule vouches for, and which statements end a path without ending
 * the obligation (an exit call, judged separately) are the rule's {@link Ending}. Shapes the walk does not model
 * classify as {@link Flow#UNKNOWN}, which never reports.
 */
final class ObligationWalk {

  /** How a statement, or a walk over statements, treats the obligation. */
  enum Flow {
    /** Every path through it ends the obligation (or ends the path, see {@link Ending#endsPath}), with nothing harmful before. */
    ENDED,
    /** Harmless and no end: the statements after it decide. */
    CONTINUE,
    /** A path can throw or leave before the end. */
    LEAKS,
    /** A shape the walk does not model: no finding. */
    UNKNOWN
  }

  /** What ends one obligation, as the rule that owns it defines it. */
  interface Ending {

    /** A call that ends the obligation (its arguments are not judged). */
    boolean isEndCall(Expr.Call call);

    /** A call that cannot fail here although the catalogue does not know it: a call on the span being judged. */
    boolean isVouchedFor(Expr.Call call);

    /**
     * A call or object creation that cannot fail here, together with its receiver and arguments (a {@code new} among
     * them included): none by default.
     */
    default boolean isVouchedForWithArguments(Expr.Invocation invocation) {
      return false;
    }

    /** {@code x != null} on the holder: {@code if (x != null) U} without {@code else} is judged as {@code U}. */
    boolean isNonNullCheck(Expr condition);

    /** A statement that ends the obligation by itself: by default an expression statement whose expression ends it. */
    default boolean isEndStatement(Stmt statement) {
      return statement instanceof Stmt.ExprStmt && ((Stmt.ExprStmt) statement).expression() instanceof Expr.Call
          && isEndCall((Expr.Call) ((Stmt.ExprStmt) statement).expression());
    }

    /**
     * Whether the walk judges a loop that contains an end by its first pass ({@link ObligationWalk#classifyLoop}), and
     * goes on after the {@code if} whose unbraced branch started the obligation. Off by default: such shapes are
     * UNKNOWN.
     */
    default boolean walksLoopsAndUnbracedBranches() {
      return false;
    }

    /**
     * An assignment that overwrites the obligation's holder with a new value before it is ended: the old value is lost,
     * so code holding one can never be harmless. None by default.
     */
    default boolean overwrites(Expr.Assign assignment) {
      return false;
    }

    /**
     * A statement after which no path goes on, without ending the obligation: a process exit, which the rule judges
     * on its own. The walk treats it as the end of every path through it. None by default.
     */
    default boolean endsPath(Stmt statement) {
      return false;
    }

    /**
     * A catch clause that catches whatever its {@code try} block's calls throw (errors aside, like the implicit
     * exceptions the walk ignores): its {@code try} is walked as a block whose calls cannot leave, then the catches.
     * None by default: only the end-and-rethrow idiom in {@code catch (Throwable t)} is understood then.
     */
    default boolean catchesEverything(Stmt.Catch handler) {
      return false;
    }
  }

  /** Deeply nested code is rare and costly to walk; past this depth the verdict is "no finding". */
  private static final int MAX_DEPTH = 64;

  private final Ending ending;
  private final HarmlessCode strict;
  /** Inside the block of a try whose catch catches everything: calls and object creations cannot leave. */
  private final HarmlessCode caught = new HarmlessCode(call -> true, invocation -> true, this::landsInCatch);
  /** The try whose block is being walked with {@link #caught}, or {@code null}. */
  private Stmt.Try caughtTry;
  private HarmlessCode harmlessCode;
  private int depth;
  /** How many loops around the statement being classified the walk has entered (see {@link #classifyLoop}). */
  private int loops;
  /**
   * Inside a try whose finally ends the obligation: whatever throws or leaves runs that finally, so only an overwrite
   * of the holder is harmful (see {@link #withinCoveringTry}).
   */
  private boolean covered;

  ObligationWalk(Ending ending) {
    this.ending = ending;
    this.strict = new HarmlessCode(ending::isVouchedFor, ending::isVouchedForWithArguments);
    this.harmlessCode = strict;
  }

  /**
   * Step 7: whether {@code start} lies, within {@code body}, inside the block or a catch of a {@code try} whose
   * {@code finally} contains an end.
   */
  boolean coveredByFinally(Stmt start, Stmt.Block body) {
    return coveringTry(start, body) != null;
  }

  /**
   * The nearest {@code try}, within {@code body}, in whose block or catches {@code start} lies and whose
   * {@code finally} contains an end; or {@code null}. Java runs the finally after a catch as after the block, so a start
   * in a catch (a fallback started when the first attempt failed) is covered too.
   */
  Stmt.Try coveringTry(Stmt start, Stmt.Block body) {
    Node below = start;
    for (Node current = below.parent(); current != null; current = current.parent()) {
      if (current instanceof Stmt.Try) {
        Stmt.Try tryStatement = (Stmt.Try) current;
        if ((tryStatement.block() == below || tryStatement.catches().contains(below))
            && tryStatement.finallyBlock() != null && containsEnd(tryStatement.finallyBlock())) {
          return tryStatement;
        }
      }
      if (current == body) {
        return null;
      }
      below = current;
    }
    return null;
  }

  /**
   * Step 7 for an obligation held in {@code holder} and started by {@code start} inside {@code covering} (see
   * {@link #coveringTry}): the finally ends only the value the holder has when it runs. LEAKS when a path from the
   * start overwrites the holder before an end (another start assigned to it further on in the try), or when the start
   * stands unconditionally in the body of a loop within the try whose pass does not end the value: the next pass
   * restarts it into the same holder. Otherwise ENDED. Whatever throws or leaves on the way runs the finally first, so
   * only the overwrites count.
   */
  Flow withinCoveringTry(Stmt start, Stmt.Try covering, Variable holder) {
    if (holder == null) {
      return Flow.ENDED;
    }
    Stmt.Block region = regionOf(start, covering);
    boolean outside = covered;
    covered = true;
    try {
      return walkFrom(start, region, holder, false, false) == Flow.LEAKS || restartedByItsLoop(start, region)
          ? Flow.LEAKS : Flow.ENDED;
    } finally {
      covered = outside;
    }
  }

  /** The block of {@code covering}, or the block of the catch of it, that holds {@code start}. */
  private static Stmt.Block regionOf(Stmt start, Stmt.Try covering) {
    for (Stmt.Catch handler : covering.catches()) {
      if (Nodes.isWithin(start, handler.block())) {
        return handler.block();
      }
    }
    return covering.block();
  }

  /**
   * {@code start} runs on every pass of the nearest loop around it within {@code region} (only blocks, try blocks,
   * {@code synchronized} and labels stand between them), no pass can leave the loop early, and a pass, walked once from
   * the top of the body, can reach its end without ending the value: the next pass overwrites it. A start under an
   * {@code if} or in a catch (lazily started, {@code if (span == null)}) is not judged.
   */
  private boolean restartedByItsLoop(Stmt start, Stmt.Block region) {
    Node below = start;
    for (Node current = start.parent(); current != null && current != region; current = current.parent()) {
      if (current instanceof Stmt.Loop) {
        Stmt.Loop loop = (Stmt.Loop) current;
        if (loop.body() != below || leavesEarly(loop.body())) {
          return false;
        }
        Flow pass = walkLoopBody(loop);
        return pass == Flow.CONTINUE || pass == Flow.LEAKS;
      }
      boolean everyPass = current instanceof Stmt.Block || current instanceof Stmt.Synchronized
          || current instanceof Stmt.Labeled || (current instanceof Stmt.Try && ((Stmt.Try) current).block() == below);
      if (!everyPass) {
        return false;
      }
      below = current;
    }
    return false;
  }

  /** A jump that may leave a loop before its next pass: a return, throw, break, yield or labeled continue. */
  private static boolean leavesEarly(Stmt body) {
    return Nodes.anyInline(body, inner -> inner.kind() == Node.Kind.RETURN || inner.kind() == Node.Kind.THROW
        || inner.kind() == Node.Kind.BREAK || inner.kind() == Node.Kind.YIELD
        || (inner.kind() == Node.Kind.CONTINUE && ((Stmt.Branch) inner).label() != null));
  }

  /**
   * Step 8, including the climb out of the start's statement list: walks the statements after {@code start}.
   *
   * @param holder the local that holds the obligation, or {@code null}
   * @param declaration {@code start} declares the holder: the obligation dies at the end of its block
   * @param diesAtBodyEnd reaching the end of {@code body} leaks (a holder-less start, a field in an entry method);
   *     otherwise the obligation dies at the end of the statement list that declares {@code holder}
   */
  Flow walkFrom(Stmt start, Stmt.Block body, Variable holder, boolean declaration, boolean diesAtBodyEnd) {
    Node container = start.parent();
    Node exited = start;
    // A start that is the branch of an unbraced if: the paths go on after the if.
    while (ending.walksLoopsAndUnbracedBranches()
        && (container instanceof Stmt.If || container instanceof Stmt.Labeled)) {
      exited = container;
      container = container.parent();
    }
    while (true) {
      if (!(container instanceof Stmt.Block)) {
        if (container instanceof Stmt.Case && !((Stmt.Case) container).isRule()) {
          return walkRestOfCase(((Stmt.Case) container).statements(), exited, declaration);
        }
        return Flow.UNKNOWN;
      }
      List<Stmt> statements = ((Stmt.Block) container).statements();
      Flow flow = walk(statements, statements.indexOf(exited) + 1);
      if (flow != Flow.CONTINUE) {
        return flow;
      }
      if (declaration || (diesAtBodyEnd ? container == body : declares(statements, holder))) {
        return Flow.LEAKS;
      }
      if (container == body) {
        return Flow.UNKNOWN;
      }
      // Climb to the statement list that holds the enclosing statement.
      exited = container;
      Node up = container.parent();
      while (up != null && !(up instanceof Stmt.Block)) {
        boolean transparent = up instanceof Stmt.If
            || up instanceof Stmt.Labeled
            || up instanceof Stmt.Synchronized
            || up instanceof Stmt.Catch
            || (up instanceof Stmt.Try && ((Stmt.Try) up).finallyBlock() == null);
        if (!transparent) {
          return Flow.UNKNOWN;
        }
        exited = up;
        up = up.parent();
      }
      if (up == null) {
        return Flow.UNKNOWN;
      }
      container = up;
    }
  }

  /** An obligation live from the start of {@code body} (a field in an entry method): reaching its end leaks. */
  Flow walkBody(Stmt.Block body) {
    Flow flow = walk(body.statements(), 0);
    return flow == Flow.CONTINUE ? Flow.LEAKS : flow;
  }

  /**
   * After a start among a {@code case ...:}'s statements: a top-level {@code break;} leaves the switch, where a variable
   * declared in the case is dead; falling through to the next case is not followed.
   */
  private Flow walkRestOfCase(List<Stmt> statements, Node start, boolean declaration) {
    for (int i = statements.indexOf(start) + 1; i < statements.size(); i++) {
      Stmt statement = statements.get(i);
      if (isPlainBreak(statement)) {
        return declaration ? Flow.LEAKS : Flow.UNKNOWN;
      }
      Flow flow = classify(statement);
      if (flow != Flow.CONTINUE) {
        return flow;
      }
    }
    return Flow.UNKNOWN;
  }

  private static boolean isPlainBreak(Stmt statement) {
    return statement.kind() == Node.Kind.BREAK && ((Stmt.Branch) statement).label() == null;
  }

  private static boolean declares(List<Stmt> statements, Variable holder) {
    for (Stmt statement : statements) {
      if (statement instanceof Stmt.LocalVar && ((Stmt.LocalVar) statement).variable() == holder) {
        return true;
      }
    }
    return false;
  }

  private Flow walk(List<Stmt> statements, int from) {
    for (int i = from; i < statements.size(); i++) {
      Flow flow = classify(statements.get(i));
      if (flow != Flow.CONTINUE) {
        return flow;
      }
    }
    return Flow.CONTINUE;
  }

  /** A switch case's statements: an unlabeled top-level {@code break;} ends the case. */
  private Flow walkCase(List<Stmt> statements) {
    for (Stmt statement : statements) {
      if (isPlainBreak(statement)) {
        return Flow.CONTINUE;
      }
      Flow flow = classify(statement);
      if (flow != Flow.CONTINUE) {
        return flow;
      }
    }
    return Flow.CONTINUE;
  }

  /** One statement, on its own. */
  Flow classify(Stmt statement) {
    if (depth > MAX_DEPTH) {
      return Flow.UNKNOWN;
    }
    depth++;
    try {
      return classifyWithinDepth(statement);
    } finally {
      depth--;
    }
  }

  private Flow classifyWithinDepth(Stmt statement) {
    if (ending.isEndStatement(statement) || ending.endsPath(statement)) {
      return Flow.ENDED;
    }
    if (statement.kind() == Node.Kind.THROW && landsInCatch((Stmt.Jump) statement)) {
      // The path goes on in a catch of the try being walked, and each catch is walked as a path of its own.
      return Flow.ENDED;
    }
    switch (statement.kind()) {
      case TRY:
        return classifyTry((Stmt.Try) statement);
      case BLOCK:
        return walk(((Stmt.Block) statement).statements(), 0);
      case LABELED:
        if (containsEnd(statement)) {
          return classify(((Stmt.Labeled) statement).statement());
        }
        break;
      case SYNCHRONIZED:
        Stmt.Synchronized sync = (Stmt.Synchronized) statement;
        return harmless(sync.lock()) ? walk(sync.block().statements(), 0) : Flow.LEAKS;
      case IF:
        return classifyIf((Stmt.If) statement);
      default:
        break;
    }
    if (!containsEnd(statement)) {
      return harmless(statement) ? Flow.CONTINUE : Flow.LEAKS;
    }
    if (statement instanceof Stmt.Switch) {
      return classifySwitch((Stmt.Switch) statement);
    }
    if (statement instanceof Stmt.Loop && ending.walksLoopsAndUnbracedBranches()) {
      return classifyLoop((Stmt.Loop) statement);
    }
    return Flow.UNKNOWN;
  }

  /**
   * A loop whose body ends the obligation: how many times it runs is not modelled, but its first pass is. If its
   * header (what runs before the body: a for's initializers and condition, a while's condition, a for-each's
   * iterable) can throw, or the body's first pass can throw or leave before the end, that path leaks. Otherwise
   * UNKNOWN: whether some pass ends it is not guessed. In the body, a {@code break} or {@code continue} of the loop
   * does not leave the method.
   */
  private Flow classifyLoop(Stmt.Loop loop) {
    List<Node> header = new ArrayList<>();
    if (loop.loopKind() != Stmt.Loop.LoopKind.DO_WHILE) {
      header.addAll(loop.initializers());
      header.add(loop.condition());
      header.add(loop.iterable());
    }
    for (Node part : header) {
      if (part != null && containsEnd(part)) {
        return Flow.UNKNOWN;
      }
    }
    if (Nodes.anyInline(loop.body(), inner -> inner instanceof Stmt.Branch && ((Stmt.Branch) inner).label() != null)) {
      return Flow.UNKNOWN;
    }
    for (Node part : header) {
      if (part != null && !harmless(part)) {
        return Flow.LEAKS;
      }
    }
    return walkLoopBody(loop) == Flow.LEAKS ? Flow.LEAKS : Flow.UNKNOWN;
  }

  /** One pass of a loop's body, in which a jump of the loop does not leave. */
  private Flow walkLoopBody(Stmt.Loop loop) {
    loops++;
    try {
      return loop.body() instanceof Stmt.Block
          ? walk(((Stmt.Block) loop.body()).statements(), 0) : classify(loop.body());
    } finally {
      loops--;
    }
  }

  private Flow classifyTry(Stmt.Try tryStatement) {
    if (tryStatement.finallyBlock() != null && containsEnd(tryStatement.finallyBlock())) {
      return overwrittenBeforeItsFinally(tryStatement) ? Flow.LEAKS : Flow.ENDED;
    }
    if (isEndAndRethrowInCatchThrowable(tryStatement)) {
      return Flow.ENDED;
    }
    if (catchesEverything(tryStatement) && !endsBeforeItCanThrow(tryStatement)) {
      return classifyCaughtTry(tryStatement);
    }
    if (!containsEnd(tryStatement)) {
      return harmless(tryStatement) ? Flow.CONTINUE : Flow.LEAKS;
    }
    for (Node resource : tryStatement.resources()) {
      if (!harmless(resource)) {
        return Flow.LEAKS;
      }
    }
    Flow body = walk(tryStatement.block().statements(), 0);
    if (body != Flow.CONTINUE) {
      return body;
    }
    return tryStatement.finallyBlock() == null ? Flow.CONTINUE : walk(tryStatement.finallyBlock().statements(), 0);
  }

  /**
   * A try whose finally ends the obligation, but whose resources, block or a catch can overwrite the holder before an
   * end: the finally then ends the new value only ({@code try { span = tracer.spanBuilder("retry").startSpan(); ... }
   * finally { span.end(); }} loses the span started before). Each part is walked as a path of its own, in which only
   * the overwrites count: whatever throws or leaves runs the finally.
   */
  private boolean overwrittenBeforeItsFinally(Stmt.Try tryStatement) {
    if (!Nodes.anyInline(tryStatement,
        inner -> inner instanceof Expr.Assign && ending.overwrites((Expr.Assign) inner))) {
      return false;
    }
    boolean outside = covered;
    covered = true;
    try {
      for (Node resource : tryStatement.resources()) {
        if (!harmless(resource)) {
          return true;
        }
      }
      if (walk(tryStatement.block().statements(), 0) == Flow.LEAKS) {
        return true;
      }
      for (Stmt.Catch handler : tryStatement.catches()) {
        if (walk(handler.block().statements(), 0) == Flow.LEAKS) {
          return true;
        }
      }
      return false;
    } finally {
      covered = outside;
    }
  }

  /**
   * {@code try { sdk.close(); } catch (RuntimeException e) { log.warn(..); }}: a block that ends the obligation before
   * anything in it can throw, so a catch is entered only by the end itself failing, or after it. The end was made on
   * every path, as with a narrower catch; walking the catches as paths of their own would lose that.
   */
  private boolean endsBeforeItCanThrow(Stmt.Try tryStatement) {
    return tryStatement.resources().isEmpty() && walk(tryStatement.block().statements(), 0) == Flow.ENDED;
  }

  private boolean catchesEverything(Stmt.Try tryStatement) {
    for (Stmt.Catch handler : tryStatement.catches()) {
      if (ending.catchesEverything(handler)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A try that catches everything its block's calls throw (and whose finally, if any, does not end the obligation):
   * its resources and block are walked with calls that cannot leave (they land in a catch), each catch as a path of its
   * own, a path that goes on then through the finally, and the outcomes combined: ENDED when the block and every catch
   * end, CONTINUE when some only go on (the statements after the try must end those).
   */
  private Flow classifyCaughtTry(Stmt.Try tryStatement) {
    HarmlessCode outside = harmlessCode;
    Stmt.Try outsideTry = caughtTry;
    harmlessCode = caught;
    caughtTry = tryStatement;
    Flow body;
    try {
      body = Flow.CONTINUE;
      for (Node resource : tryStatement.resources()) {
        if (!harmless(resource)) {
          body = Flow.LEAKS;
        }
      }
      if (body == Flow.CONTINUE) {
        body = walk(tryStatement.block().statements(), 0);
      }
    } finally {
      harmlessCode = outside;
      caughtTry = outsideTry;
    }
    List<Flow> flows = new ArrayList<>();
    flows.add(throughFinally(body, tryStatement));
    for (Stmt.Catch handler : tryStatement.catches()) {
      flows.add(throughFinally(walk(handler.block().statements(), 0), tryStatement));
    }
    return combine(flows, true);
  }

  /**
   * {@code throw new InvalidInputException(..)} in the block of a try being walked with {@link #caught}, that one of
   * its catch-everything clauses catches: any throw for {@code catch (Throwable t)}, for {@code catch (Exception e)} the
   * creation of a type whose written name ends in {@code Exception} (by its name, the same in every engine; an
   * {@code AssertionError} goes past it).
   */
  private boolean landsInCatch(Stmt.Jump thrown) {
    if (caughtTry == null || !Nodes.isWithin(thrown, caughtTry.block())) {
      return false;
    }
    Expr expression = thrown.expression();
    boolean exception = expression instanceof Expr.New
        && ((Expr.New) expression).anonymousBody() == null
        && ((Expr.New) expression).writtenSimpleName().endsWith("Exception");
    for (Stmt.Catch handler : caughtTry.catches()) {
      if (ending.catchesEverything(handler) && (catchesThrowable(handler) || exception)) {
        return true;
      }
    }
    return false;
  }

  /** A path through a try that goes on also runs its finally; one that ended or leaked is decided already. */
  private Flow throughFinally(Flow path, Stmt.Try tryStatement) {
    if (path != Flow.CONTINUE || tryStatement.finallyBlock() == null) {
      return path;
    }
    return walk(tryStatement.finallyBlock().statements(), 0);
  }

  /** ENDED rule 3: end on the normal path as the try block's last statement, and in every catch. */
  private boolean isEndAndRethrowInCatchThrowable(Stmt.Try tryStatement) {
    if (tryStatement.finallyBlock() != null || tryStatement.catches().isEmpty()) {
      return false;
    }
    boolean catchesThrowable = false;
    for (Stmt.Catch handler : tryStatement.catches()) {
      if (!containsEnd(handler.block())) {
        return false;
      }
      catchesThrowable |= catchesThrowable(handler);
    }
    List<Stmt> statements = tryStatement.block().statements();
    return catchesThrowable && !statements.isEmpty() && ending.isEndStatement(statements.get(statements.size() - 1))
        && !containsJump(tryStatement.block());
  }

  /** A catch of {@code Throwable} alone (not in a multi-catch). */
  static boolean catchesThrowable(Stmt.Catch handler) {
    if (handler.writtenTypes().size() != 1) {
      return false;
    }
    String written = handler.writtenTypes().get(0);
    return handler.parameter().type().is("java.lang.Throwable")
        || (!handler.parameter().type().isResolved()
            && (written.equals("Throwable") || written.equals("java.lang.Throwable")));
  }

  private Flow classifyIf(Stmt.If ifStatement) {
    if (ifStatement.elseStatement() == null && ending.isNonNullCheck(ifStatement.condition())) {
      return classify(ifStatement.thenStatement());
    }
    if (!containsEnd(ifStatement)) {
      return harmless(ifStatement) ? Flow.CONTINUE : Flow.LEAKS;
    }
    if (!harmless(ifStatement.condition())) {
      return Flow.LEAKS;
    }
    Flow then = classify(ifStatement.thenStatement());
    Flow otherwise = ifStatement.elseStatement() == null ? Flow.CONTINUE : classify(ifStatement.elseStatement());
    return combine(List.of(then, otherwise), true);
  }

  private Flow classifySwitch(Stmt.Switch switchStatement) {
    if (!harmless(switchStatement.selector())) {
      return Flow.LEAKS;
    }
    boolean hasDefault = false;
    List<Flow> flows = new ArrayList<>();
    for (Stmt.Case branch : switchStatement.cases()) {
      hasDefault |= branch.isDefault();
      if (branch.isRule()) {
        Stmt body = branch.body();
        if (body instanceof Stmt.Block) {
          flows.add(walkCase(((Stmt.Block) body).statements()));
        } else if (body != null) {
          flows.add(classify(body));
        }
      } else {
        flows.add(walkCase(branch.statements()));
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

  /**
   * An end call anywhere in {@code node}, lambdas and class bodies excepted: they do not run here. A statement that
   * ends every path also counts, so that a branch ending in an exit is walked rather than judged as a whole.
   */
  boolean containsEnd(Node node) {
    return Nodes.anyInline(node, inner -> (inner instanceof Expr.Call && ending.isEndCall((Expr.Call) inner))
        || (inner instanceof Stmt && ending.endsPath((Stmt) inner)));
  }

  private static boolean containsJump(Node node) {
    return Nodes.anyInline(node, inner -> inner.kind() == Node.Kind.RETURN || inner.kind() == Node.Kind.BREAK
        || inner.kind() == Node.Kind.CONTINUE || inner.kind() == Node.Kind.YIELD);
  }

  /**
   * Cannot throw nor leave, in the simple model of {@link HarmlessCode}, and does not overwrite the obligation's
   * holder. Inside the body of a loop being walked, a jump of that loop does not leave; inside a try whose finally
   * ends the obligation, nothing but an overwrite is harmful.
   */
  boolean harmless(Node node) {
    if (node != null && Nodes.anyInline(node, inner -> inner instanceof Expr.Assign
        && ending.overwrites((Expr.Assign) inner))) {
      return false;
    }
    return covered || harmlessCode.isHarmless(node, loops);
  }
}
