package dev.tracelint.analysis;

import dev.tracelint.analysis.ObligationWalk.Flow;
import dev.tracelint.analysis.UnclosedTrace.Obligation;
import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.AsyncCallbacks;
import dev.tracelint.catalog.AsyncCallbacks.Family;
import dev.tracelint.catalog.AsyncCallbacks.Outcome;
import dev.tracelint.catalog.HarmlessCalls;
import dev.tracelint.catalog.LoggingSinks;
import dev.tracelint.catalog.MethodRef;
import dev.tracelint.catalog.TraceCatalog;
import dev.tracelint.catalog.TraceLifecycle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.tracelint.catalog.TraceLifecycle.EndStyle;

/**
 * UnclosedTrace's structural decision procedure (steps 4 to 8 of {@code docs/rules/UnclosedTrace.md}) for one
 * obligation: steps 4 to 6 (end calls, hand-offs, reassignment) here, steps 7 and 8 in the {@link ObligationWalk} it
 * shares with other rules. Shapes it does not model classify as {@link Flow#UNKNOWN}, which never reports.
 */
final class UnclosedTraceFlow implements ObligationWalk.Ending {

  private final Obligation obligation;
  private final TraceLifecycle lifecycle;
  private final Variable holder;
  private final ObligationWalk walk;
  /** Whether a call ends the holder through a helper or an asynchronous callback; asked often, answered once. */
  private final IdentityHashMap<Expr.Call, Boolean> indirectEnds = new IdentityHashMap<>();
  /**
   * While {@link #verdict} walks: the declarations of a local holding a traced publisher that the walk took as the end
   * ({@link #isEndStatement}), whose own uses are judged after it.
   */
  private List<Stmt.LocalVar> publishers;

  UnclosedTraceFlow(Obligation obligation) {
    this.obligation = obligation;
    this.lifecycle = obligation.lifecycle();
    this.holder = obligation.holder();
    this.walk = new ObligationWalk(this);
  }

  /** Steps 5 to 8: LEAKS means report. */
  Flow verdict() {
    if (holder != null && isHandedOffOrReassigned()) {
      return Flow.UNKNOWN;
    }
    Stmt.Try covering = walk.coveringTry(obligation.statement(), obligation.body());
    if (covering != null) {
      // The finally ends the span whatever happens to a publisher that would end it too.
      return walk.withinCoveringTry(obligation.statement(), covering, holder);
    }
    publishers = new ArrayList<>();
    Flow flow = walk.walkFrom(obligation.statement(), obligation.body(), holder, obligation.isDeclaration(),
        holder == null);
    List<Stmt.LocalVar> reached = publishers;
    publishers = null;
    return flow == Flow.ENDED && dropsAPublisher(reached) ? Flow.LEAKS : flow;
  }

  /** Within the block or a catch of a try whose finally ends the span anyway, whatever becomes of a publisher. */
  private boolean underAnEndingFinally(Stmt statement) {
    for (Node current = statement; current != null && current != obligation.body(); current = current.parent()) {
      Node parent = current.parent();
      if (parent instanceof Stmt.Try && ((Stmt.Try) parent).finallyBlock() != null
          && current != ((Stmt.Try) parent).finallyBlock() && walk.containsEnd(((Stmt.Try) parent).finallyBlock())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Step 4's traced publisher kept in a local ({@code Mono<String> traced = call.doFinally(s -> span.end());}) ends
   * the span only when somebody subscribes: a path from the declaration that leaves without using the local (an early
   * {@code return} of another publisher, a throwing call) drops it, and the span with it ({@link PublisherUses}).
   */
  private boolean dropsAPublisher(List<Stmt.LocalVar> declarations) {
    for (Stmt.LocalVar declaration : declarations) {
      if (!underAnEndingFinally(declaration)
          && PublisherUses.walk(declaration, obligation.body(), this) == Flow.LEAKS) {
        return true;
      }
    }
    return false;
  }

  // Steps 5 and 6: every use of the holder in the body, classified; and every use of a local that holds a value
  // derived from it by a catalogued activation or carrier (a scope of it, a context holding it).
  private boolean isHandedOffOrReassigned() {
    Deque<Variable> pending = new ArrayDeque<>();
    Set<Variable> followed = Collections.newSetFromMap(new IdentityHashMap<>());
    pending.add(holder);
    followed.add(holder);
    UnitIndex index = UnitIndex.of(obligation.body().unit());
    while (!pending.isEmpty()) {
      Variable variable = pending.poll();
      for (Expr.Name use : index.namesOf(variable)) {
        if (!Nodes.isWithin(use, obligation.body())) {
          continue;
        }
        List<Variable> derived = new ArrayList<>();
        if (!isOwnUse(use, variable == holder, derived)) {
          return true;
        }
        for (Variable local : derived) {
          if (followed.add(local)) {
            pending.add(local);
          }
        }
      }
    }
    return false;
  }

  /**
   * Uses that keep the value here: a call on it, a null test, an assignment of another start to it, lending it to a
   * catalogued activation or carrier whose result stays here too ({@code tracer.withSpanInScope(span)}, {@code
   * Context.current().with(span).makeCurrent()} in try-with-resources), or, for X-Ray, to an end call. Anything inside
   * a lambda or class body (captured) hands it off.
   *
   * @param isHolder the use reads the holder itself, not a local derived from it
   * @param derived receives the locals that a derived value is stored in, whose uses are judged the same way
   */
  private boolean isOwnUse(Expr.Name use, boolean isHolder, List<Variable> derived) {
    if (isCaptured(use) && !(isHolder && isInAsyncCallback(use))) {
      return false;
    }
    Node parent = use.parent();
    if (parent instanceof Expr.MethodRef) {
      // span::end, observation::error given to a callback operator of a future or a publisher.
      return isHolder && parent.parent() instanceof Expr.Call
          && ((Expr.Call) parent.parent()).arguments().contains(parent)
          && asyncFamily((Expr.Call) parent.parent()) != null;
    }
    if ((parent instanceof Expr.Binary && ((Expr.Binary) parent).operator() == Expr.Binary.Op.PLUS)
        || (parent instanceof Expr.Assign && ((Expr.Assign) parent).isCompound()
            && ((Expr.Assign) parent).value() == use)) {
      // String concatenation: only the span's text goes on.
      return true;
    }
    if (parent instanceof Expr.Call && ((Expr.Call) parent).receiver() == use) {
      Expr.Call call = (Expr.Call) parent;
      return !isCarrier(call) || staysHere(call, derived);
    }
    if (parent instanceof Expr.FieldAccess) {
      return true;
    }
    if (parent instanceof Expr.Binary && ((Expr.Binary) parent).operator().isEquality()
        && (Nodes.isNull(((Expr.Binary) parent).left()) || Nodes.isNull(((Expr.Binary) parent).right()))) {
      return true;
    }
    if (parent instanceof Expr.Assign && ((Expr.Assign) parent).target() == use) {
      if (!isHolder) {
        return true;
      }
      // Another start assigned to the same variable is its own obligation, judged on its own.
      Expr value = ((Expr.Assign) parent).value();
      return !((Expr.Assign) parent).isCompound() && value instanceof Expr.Call
          && obligation.starts().match((Expr.Call) value) != null;
    }
    if (parent instanceof Expr.Call && ((Expr.Call) parent).arguments().contains(use)) {
      Expr.Call call = (Expr.Call) parent;
      if (isCarrier(call)) {
        return staysHere(call, derived);
      }
      if (isHolder && (readsOnly(call) || isIndirectEnd(call)
          || UnclosedTraceHelpers.keepsToItself(call, holder, lifecycle, obligation.starts()))) {
        return true;
      }
      return isHolder && lifecycle.style() == EndStyle.END_ON_OWNER && isEndCall(call);
    }
    return false;
  }

  /**
   * Whether a value derived from the span (the result of an activation or carrier call) stays in this method: dropped,
   * called on, lent to a further activation or carrier that stays here, or kept in a local whose uses are then
   * judged too. Returned, stored in a field, passed to any other call or captured, it hands the span off.
   */
  private boolean staysHere(Expr.Call derivedValue, List<Variable> derived) {
    Expr value = derivedValue;
    while (true) {
      Node parent = value.parent();
      if (parent instanceof Stmt.ExprStmt) {
        // A scope dropped to a registry that a paired hook of the class closes, or that one arm of a choice leaves
        // current instead of ending the value, takes the value with it.
        TraceLifecycle scope = value instanceof Expr.Call ? obligation.starts().match((Expr.Call) value) : null;
        return scope == null || !PairedHooks.scopeClosedByAPairedHook((Expr.Call) value, scope)
            && !PairedHooks.scopeLeftCurrentInsteadOfEnded((Expr.Call) value, scope, obligation.starts().catalog());
      }
      if (parent instanceof Expr.Call) {
        Expr.Call call = (Expr.Call) parent;
        if (isCarrier(call)) {
          value = call;
          continue;
        }
        return call.receiver() == value;
      }
      if (parent instanceof Stmt.LocalVar && ((Stmt.LocalVar) parent).initializer() == value) {
        Variable local = ((Stmt.LocalVar) parent).variable();
        if (local == null) {
          return false;
        }
        derived.add(local);
        return true;
      }
      if (parent instanceof Expr.Assign && ((Expr.Assign) parent).value() == value
          && !((Expr.Assign) parent).isCompound()) {
        Variable local = localOf(((Expr.Assign) parent).target());
        if (local == null) {
          return false;
        }
        derived.add(local);
        return true;
      }
      return false;
    }
  }

  /**
   * A call that only reads the span (not a scope) it is given: a logging call on a receiver named like a logger
   * ({@code log.debug("started {}", span)}), or {@code String.valueOf}, {@code Objects.toString},
   * {@code String.format} and the like ({@link HarmlessCalls#readsArgumentsOnly}); judged on the written shape, as
   * harmless calls are, so that every engine agrees. A scope kept in a local only to be logged is one left open on
   * purpose (a context-propagation accessor opens it for another method to close): logging it stays a hand-off.
   */
  private boolean readsOnly(Expr.Call call) {
    String receiver = Nodes.bareName(call.receiver());
    if (receiver == null || lifecycle.style() != EndStyle.END_VALUE) {
      return false;
    }
    return HarmlessCalls.readsArgumentsOnly(receiver, call.name())
        || (LoggingSinks.isLoggerName(receiver) && LoggingSinks.isLoggerSinkName(call.name()));
  }

  /**
   * A use inside exactly one lambda, given directly to a callback operator of a future or a publisher
   * ({@code whenComplete((r, e) -> span.end())}, {@code doOnError(e -> span.recordException(e))}): the method still
   * owes the end on the outcomes those callbacks do not run on.
   */
  private boolean isInAsyncCallback(Node use) {
    Node callback = null;
    for (Node current = use.parent(); current != null && current != obligation.body(); current = current.parent()) {
      if (Nodes.isDeferred(current)) {
        if (callback != null) {
          return false;
        }
        callback = current;
      }
    }
    return callback instanceof Expr.Lambda && callback.parent() instanceof Expr.Call
        && ((Expr.Call) callback.parent()).arguments().contains(callback)
        && asyncFamily((Expr.Call) callback.parent()) != null;
  }

  /**
   * The family of the future or publisher whose callback operator {@code call} is ({@link AsyncCallbacks}), or
   * {@code null}. An unqualified call is never one.
   */
  static Family asyncFamily(Expr.Call call) {
    if (call.receiver() == null || !AsyncCallbacks.isOperatorName(call.name())) {
      return null;
    }
    for (Family family : Family.values()) {
      if (AsyncCallbacks.outcomes(family, call.name()) == null) {
        continue;
      }
      for (String owner : AsyncCallbacks.owners(family)) {
        if (TypeEvidence.isCallTo(call, new MethodRef(owner, call.name()))) {
          return family;
        }
      }
    }
    return null;
  }

  /**
   * An end that is not a call of an end method on the holder: a same-class helper that ends it on every path
   * ({@link UnclosedTraceHelpers}), or a callback operator whose callback ends it while the operators of its chain
   * together cover every outcome of its family ({@code whenComplete}, {@code handle}; {@code doFinally}; or
   * {@code doOnTerminate} with {@code doOnCancel}).
   */
  boolean isIndirectEnd(Expr.Call call) {
    if (holder == null || lifecycle.style() == EndStyle.END_ON_OWNER) {
      return false;
    }
    Boolean known = indirectEnds.get(call);
    if (known == null) {
      known = UnclosedTraceHelpers.endsArgument(call, holder, lifecycle, 0) || endsOnEveryOutcome(call)
          || UnclosedTraceHelpers.keepsAndEndsOnSomePath(call, holder, lifecycle, obligation.starts());
      indirectEnds.put(call, known);
    }
    return known;
  }

  private boolean endsOnEveryOutcome(Expr.Call call) {
    if (asyncFamily(call) == null || !callbackEnds(call)) {
      return false;
    }
    Expr.Call top = (Expr.Call) Nodes.chainTop(call);
    if (isDroppedUnsubscribed(top)) {
      return false;
    }
    Set<Outcome> covered = EnumSet.noneOf(Outcome.class);
    Set<Outcome> required = Family.FUTURE.outcomes();
    for (Expr link = top; link instanceof Expr.Call; link = ((Expr.Call) link).receiver()) {
      Expr.Call operator = (Expr.Call) link;
      Family family = asyncFamily(operator);
      if (family == null) {
        continue;
      }
      if (family == Family.REACTIVE) {
        required = Family.REACTIVE.outcomes();
      }
      if (callbackEnds(operator)) {
        covered.addAll(AsyncCallbacks.outcomes(family, operator.name()));
      }
    }
    return covered.containsAll(required);
  }

  /**
   * A chain of publisher operators standing alone as a statement ({@code upstream.doFinally(s -> span.end());}): the
   * decorated publisher is dropped and nobody subscribes to it, so its callbacks never run. Its value is a publisher
   * when the engine types it so ({@link AsyncCallbacks#subscribedTypes}), or when its last call is a publisher's
   * operator ({@code .doFinally(..)}, {@code .map(..)}). A {@code CompletionStage} chain as a statement still runs.
   */
  private static boolean isDroppedUnsubscribed(Expr.Call top) {
    if (!(top.parent() instanceof Stmt.ExprStmt)) {
      return false;
    }
    if (asyncFamily(top) == Family.REACTIVE) {
      return true;
    }
    for (String type : AsyncCallbacks.subscribedTypes()) {
      if (TypeEvidence.isA(top.type(), type, top.unit()).isYes()) {
        return true;
      }
    }
    return false;
  }

  /** A callback of {@code operator} that ends the holder: {@code span::end}, or a lambda whose body ends it. */
  private boolean callbackEnds(Expr.Call operator) {
    for (Expr argument : operator.arguments()) {
      if (argument instanceof Expr.MethodRef) {
        Expr.MethodRef reference = (Expr.MethodRef) argument;
        if (lifecycle.isEndMethod(reference.name()) && Nodes.isName(reference.receiver(), holder)) {
          return true;
        }
      } else if (argument instanceof Expr.Lambda) {
        Node body = ((Expr.Lambda) argument).body();
        if (Nodes.anyInline(body, inner -> inner instanceof Expr.Call && isDirectEnd((Expr.Call) inner))) {
          return true;
        }
      }
    }
    return false;
  }

  /** An end method called on the holder (or, for X-Ray, on the owner), or a helper that ends it. */
  private boolean isDirectEnd(Expr.Call call) {
    return isPlainEndCall(call) || UnclosedTraceHelpers.endsArgument(call, holder, lifecycle, 0);
  }

  /** Step 8's loops, and a start in the branch of an unbraced if (step 2). */
  @Override
  public boolean walksLoopsAndUnbracedBranches() {
    return true;
  }

  /**
   * Step 6 in the walk: another start assigned to the holder before the first is ended loses the first
   * ({@code span = tracer.spanBuilder("retry").startSpan();} with the old span still open).
   */
  @Override
  public boolean overwrites(Expr.Assign assignment) {
    return holder != null && !assignment.isCompound() && Nodes.isName(assignment.target(), holder)
        && assignment.value() != obligation.start() && assignment.value() instanceof Expr.Call
        && obligation.starts().match((Expr.Call) assignment.value()) != null;
  }

  /**
   * An expression statement, {@code return} or local declaration whose value is a call chain with an end call in it:
   * {@code span.end();}, {@code return reply.whenComplete((r, e) -> span.end());},
   * {@code Mono<String> answer = call.doFinally(signal -> observation.stop());}. What the chain evaluates before the
   * operator (its receiver) is not judged.
   */
  @Override
  public boolean isEndStatement(Stmt statement) {
    Expr expression = null;
    if (statement instanceof Stmt.ExprStmt) {
      expression = ((Stmt.ExprStmt) statement).expression();
    } else if (statement instanceof Stmt.Jump && statement.kind() == Node.Kind.RETURN) {
      expression = ((Stmt.Jump) statement).expression();
    } else if (statement instanceof Stmt.LocalVar) {
      expression = ((Stmt.LocalVar) statement).initializer();
    }
    if (expression instanceof Expr.Assign && !((Expr.Assign) expression).isCompound()) {
      expression = ((Expr.Assign) expression).value();
    }
    for (Expr link = expression; link instanceof Expr.Call; link = ((Expr.Call) link).receiver()) {
      if (isEndCall((Expr.Call) link)) {
        if (publishers != null && statement instanceof Stmt.LocalVar && isPublisherChain(expression)) {
          publishers.add((Stmt.LocalVar) statement);
        }
        return true;
      }
    }
    return false;
  }

  /**
   * A call chain whose value is a publisher: one of its operators is a publisher's ({@code .doFinally(..)}), or the
   * engine types it as one ({@link AsyncCallbacks#subscribedTypes}).
   */
  private static boolean isPublisherChain(Expr expression) {
    for (Expr link = expression; link instanceof Expr.Call; link = ((Expr.Call) link).receiver()) {
      if (asyncFamily((Expr.Call) link) == Family.REACTIVE) {
        return true;
      }
    }
    for (String type : AsyncCallbacks.subscribedTypes()) {
      if (TypeEvidence.isA(expression.type(), type, expression.unit()).isYes()) {
        return true;
      }
    }
    return false;
  }

  private static Variable localOf(Expr target) {
    if (!(target instanceof Expr.Name)) {
      return null;
    }
    Variable variable = ((Expr.Name) target).variable();
    return variable != null && variable.kind() == Variable.VarKind.LOCAL ? variable : null;
  }

  private boolean isCaptured(Node use) {
    for (Node current = use.parent(); current != null && current != obligation.body(); current = current.parent()) {
      if (Nodes.isDeferred(current)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A catalogued activation (a scope start: {@code span.makeCurrent()}, {@code tracer.withSpanInScope(span)}) or a
   * carrier ({@code Context#with}, {@code Context#wrap}, {@code Span#storeInContext}): its result carries the span.
   */
  private boolean isCarrier(Expr.Call call) {
    TraceLifecycle started = obligation.starts().match(call);
    if (started != null) {
      return started.style() == EndStyle.CLOSE_SCOPE;
    }
    for (MethodRef carrier : TraceCatalog.carriers()) {
      if (TypeEvidence.isCallTo(call, carrier)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A catch that catches everything, {@code catch (Throwable t)}: the walk follows the try block and each catch as
   * paths of their own, so an end and rethrow in the catch plus an end after the try is correct on every path.
   */
  @Override
  public boolean catchesEverything(Stmt.Catch handler) {
    return ObligationWalk.catchesThrowable(handler);
  }

  @Override
  public boolean isNonNullCheck(Expr condition) {
    if (holder == null || !(condition instanceof Expr.Binary)) {
      return false;
    }
    Expr.Binary binary = (Expr.Binary) condition;
    return binary.operator() == Expr.Binary.Op.NE
        && ((Nodes.isName(binary.left(), holder) && Nodes.isNull(binary.right()))
            || (Nodes.isNull(binary.left()) && Nodes.isName(binary.right(), holder)));
  }

  /** Receiver is the holder, or a call chain starting at it ({@code span.tag("k", v).finish()}). */
  boolean isRootedAtHolder(Expr receiver) {
    return holder != null && Nodes.isName(Nodes.chainRoot(receiver), holder);
  }

  /** Step 4, and the ends through helpers and asynchronous callbacks. */
  @Override
  public boolean isEndCall(Expr.Call call) {
    return isPlainEndCall(call) || isIndirectEnd(call);
  }

  /** An end method called on the holder, or for X-Ray on any owner. */
  boolean isPlainEndCall(Expr.Call call) {
    if (!lifecycle.isEndMethod(call.name())) {
      return false;
    }
    if (lifecycle.style() == EndStyle.END_ON_OWNER && lifecycle.endMethods().contains(call.name())) {
      return true;
    }
    return call.receiver() != null && isRootedAtHolder(call.receiver());
  }

  /**
   * Calls on the holder itself ({@code span.setAttribute(..)}) and calls on the tracing APIs the catalogue knows
   * ({@code Span.current()}, {@code tracer.spanBuilder("child").startSpan()}, {@code other.end()},
   * {@code observation.lowCardinalityKeyValue(..)}) cannot fail in this rule's model; neither kind when it takes a
   * lambda or method reference, which it may run at once ({@code observation.scoped(() -> ..)}). Nor can a same-class
   * helper that only annotates the holder and otherwise does harmless work ({@code describeQuery(span, query)}).
   */
  @Override
  public boolean isVouchedFor(Expr.Call call) {
    return (holder != null && call.receiver() != null && isRootedAtHolder(call.receiver())
        && !Nodes.takesFunction(call)) || isTracingApiCall(call)
        || UnclosedTraceHelpers.keepsToItselfHarmlessly(call, holder, lifecycle, obligation.starts());
  }

  /**
   * A call declared by, or made on, a type of a catalogued tracing API ({@link TraceCatalog#isTracingApiType}); not
   * one that takes a lambda or method reference, which it may run at once ({@code observation.observe(() -> ..)},
   * {@code AWSXRay.createSubsegment("x", () -> ..)}, {@code Sentry.withScope(scope -> ..)}).
   */
  static boolean isTracingApiCall(Expr.Call call) {
    return !Nodes.takesFunction(call) && TypeEvidence.isCallOnTypeIn(call, TraceCatalog::isTracingApiType);
  }

  /** An expression statement whose expression is an end call (its arguments are not judged). */
  boolean isEndStatement(Node statement) {
    return statement instanceof Stmt && isEndStatement((Stmt) statement);
  }

  /** An end call anywhere in {@code node}, lambdas and class bodies excepted: they do not run here. */
  boolean containsEnd(Node node) {
    return walk.containsEnd(node);
  }

  /** Cannot throw nor leave, in this rule's simple model (see "Harmless" in the docs page). */
  boolean harmless(Node node) {
    return walk.harmless(node);
  }
}
