package dev.tracelint.analysis;

import dev.tracelint.analysis.UnclosedTrace.Obligation;
import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.TraceLifecycle;
import dev.tracelint.catalog.TraceLifecycle.EndStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * UnclosedTrace's structural decision procedure (steps 4 to 8 of {@code docs/rules/UnclosedTrace.md}) for one
 * obligation. Shapes it does not model classify as {@link Flow#UNKNOWN}, which never reports.
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
  private final Variable holder;
  private final HarmlessCode harmlessCode;
  private int depth;

  UnclosedTraceFlow(Obligation obligation) {
    this.obligation = obligation;
    this.lifecycle = obligation.lifecycle();
    this.holder = obligation.holder();
    this.harmlessCode = new HarmlessCode(call -> holder != null && call.receiver() != null
        && isRootedAtHolder(call.receiver()));
  }

  /** Steps 5 to 8: LEAKS means report. */
  Flow verdict() {
    if (holder != null && (isHandedOffOrReassigned())) {
      return Flow.UNKNOWN;
    }
    if (coveredByFinally()) {
      return Flow.ENDED;
    }
    return walkFromStart();
  }

  // Steps 5 and 6: every use of the holder in the body, classified.
  private boolean isHandedOffOrReassigned() {
    for (Node node : Nodes.all(obligation.body())) {
      if (Nodes.isName(node instanceof Expr ? (Expr) node : null, holder) && !isOwnUse((Expr.Name) node)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Uses that keep the value here: a call on it, a null test, an assignment of another start to it, lending it to a
   * catalogue scope start ({@code tracer.withSpanInScope(span)}), or, for X-Ray, to an end call. Anything inside a
   * lambda or class body (captured) hands it off.
   */
  private boolean isOwnUse(Expr.Name use) {
    if (isCaptured(use)) {
      return false;
    }
    Node parent = use.parent();
    if (parent instanceof Expr.Call && ((Expr.Call) parent).receiver() == use) {
      return true;
    }
    if (parent instanceof Expr.FieldAccess) {
      return true;
    }
    if (parent instanceof Expr.Binary && ((Expr.Binary) parent).operator().isEquality()
        && (Nodes.isNull(((Expr.Binary) parent).left()) || Nodes.isNull(((Expr.Binary) parent).right()))) {
      return true;
    }
    if (parent instanceof Expr.Assign && ((Expr.Assign) parent).target() == use) {
      // Another start assigned to the same variable is its own obligation, judged on its own.
      Expr value = ((Expr.Assign) parent).value();
      return !((Expr.Assign) parent).isCompound() && value instanceof Expr.Call
          && obligation.starts().match((Expr.Call) value) != null;
    }
    if (parent instanceof Expr.Call && ((Expr.Call) parent).arguments().contains(use)) {
      Expr.Call call = (Expr.Call) parent;
      if (isScopeStart(call) || isReceiverOfScopeStart(call)) {
        return true;
      }
      return lifecycle.style() == EndStyle.END_ON_OWNER && isEndCall(call);
    }
    return false;
  }

  private boolean isCaptured(Node use) {
    for (Node current = use.parent(); current != null && current != obligation.body(); current = current.parent()) {
      if (Nodes.isDeferred(current)) {
        return true;
      }
    }
    return false;
  }

  private boolean isScopeStart(Expr.Call call) {
    TraceLifecycle started = obligation.starts().match(call);
    return started != null && started.style() == EndStyle.CLOSE_SCOPE;
  }

  /** {@code Context.current().with(span).makeCurrent()}: the span only goes into scope. */
  private boolean isReceiverOfScopeStart(Expr.Call call) {
    return call.parent() instanceof Expr.Call && ((Expr.Call) call.parent()).receiver() == call
        && isScopeStart((Expr.Call) call.parent());
  }

  // Step 7.
  private boolean coveredByFinally() {
    Node below = obligation.statement();
    for (Node current = below.parent(); current != null; current = current.parent()) {
      if (current instanceof Stmt.Try) {
        Stmt.Try tryStatement = (Stmt.Try) current;
        if (tryStatement.block() == below && tryStatement.finallyBlock() != null
            && containsEnd(tryStatement.finallyBlock())) {
          return true;
        }
      }
      if (current == obligation.body()) {
        return false;
      }
      below = current;
    }
    return false;
  }

  // Step 8, including the climb out of the start's statement list.
  private Flow walkFromStart() {
    Node container = obligation.statement().parent();
    Node exited = obligation.statement();
    while (true) {
      if (!(container instanceof Stmt.Block)) {
        if (container instanceof Stmt.Case && !((Stmt.Case) container).isRule()) {
          return walkRestOfCase(((Stmt.Case) container).statements(), exited);
        }
        return Flow.UNKNOWN;
      }
      List<Stmt> statements = ((Stmt.Block) container).statements();
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

  /**
   * After a start among a {@code case ...:}'s statements: a top-level {@code break;} leaves the switch, where a variable
   * declared in the case is dead; falling through to the next case is not followed.
   */
  private Flow walkRestOfCase(List<Stmt> statements, Node start) {
    for (int i = statements.indexOf(start) + 1; i < statements.size(); i++) {
      Stmt statement = statements.get(i);
      if (isPlainBreak(statement)) {
        return obligation.isDeclaration() ? Flow.LEAKS : Flow.UNKNOWN;
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

  private boolean declares(List<Stmt> statements) {
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

  private Flow classify(Stmt statement) {
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
    if (isEndStatement(statement)) {
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
    return Flow.UNKNOWN;
  }

  private Flow classifyTry(Stmt.Try tryStatement) {
    if (tryStatement.finallyBlock() != null && containsEnd(tryStatement.finallyBlock())) {
      return Flow.ENDED;
    }
    if (isEndAndRethrowInCatchThrowable(tryStatement)) {
      return Flow.ENDED;
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
    return catchesThrowable && !statements.isEmpty() && isEndStatement(statements.get(statements.size() - 1))
        && !containsJump(tryStatement.block());
  }

  private static boolean catchesThrowable(Stmt.Catch handler) {
    if (handler.writtenTypes().size() != 1) {
      return false;
    }
    String written = handler.writtenTypes().get(0);
    return handler.parameter().type().is("java.lang.Throwable")
        || (!handler.parameter().type().isResolved()
            && (written.equals("Throwable") || written.equals("java.lang.Throwable")));
  }

  private Flow classifyIf(Stmt.If ifStatement) {
    if (ifStatement.elseStatement() == null && isNonNullCheckOfHolder(ifStatement.condition())) {
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

  private boolean isNonNullCheckOfHolder(Expr condition) {
    if (holder == null || !(condition instanceof Expr.Binary)) {
      return false;
    }
    Expr.Binary binary = (Expr.Binary) condition;
    return binary.operator() == Expr.Binary.Op.NE
        && (Nodes.isName(binary.left(), holder) && Nodes.isNull(binary.right())
            || Nodes.isNull(binary.left()) && Nodes.isName(binary.right(), holder));
  }

  /** Receiver is the holder, or a call chain starting at it ({@code span.tag("k", v).finish()}). */
  boolean isRootedAtHolder(Expr receiver) {
    return holder != null && Nodes.isName(Nodes.chainRoot(receiver), holder);
  }

  /** Step 4. */
  boolean isEndCall(Expr.Call call) {
    if (!lifecycle.isEndMethod(call.name())) {
      return false;
    }
    if (lifecycle.style() == EndStyle.END_ON_OWNER && lifecycle.endMethods().contains(call.name())) {
      return true;
    }
    return call.receiver() != null && isRootedAtHolder(call.receiver());
  }

  /** An expression statement whose expression is an end call (its arguments are not judged). */
  boolean isEndStatement(Node statement) {
    return statement instanceof Stmt.ExprStmt && ((Stmt.ExprStmt) statement).expression() instanceof Expr.Call
        && isEndCall((Expr.Call) ((Stmt.ExprStmt) statement).expression());
  }

  /** An end call anywhere in {@code node}, lambdas and class bodies excepted: they do not run here. */
  boolean containsEnd(Node node) {
    return Nodes.anyInline(node, inner -> inner instanceof Expr.Call && isEndCall((Expr.Call) inner));
  }

  private static boolean containsJump(Node node) {
    return Nodes.anyInline(node, inner -> inner.kind() == Node.Kind.RETURN || inner.kind() == Node.Kind.BREAK
        || inner.kind() == Node.Kind.CONTINUE || inner.kind() == Node.Kind.YIELD);
  }

  /** Cannot throw nor leave, in this rule's simple model (see "Harmless" in the docs page). */
  boolean harmless(Node node) {
    return harmlessCode.isHarmless(node);
  }
}
