package dev.tracelint.analysis;

import dev.tracelint.analysis.ObligationWalk.Flow;
import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.MethodRef;
import dev.tracelint.catalog.TraceCatalog;
import dev.tracelint.catalog.TraceLifecycle;
import dev.tracelint.catalog.TraceLifecycle.EndStyle;
import java.util.List;

/**
 * Same-class helpers that end a span they are given on every path ({@code finish(span, answer)} whose body is
 * {@code span.setAttribute(..); span.end();}, or a {@code try ... finally { span.end(); }}): at the call site such a
 * call is an end call, so a throw before it leaks and a call of it in a {@code finally} covers. So is a helper that
 * keeps the span to itself and ends it on some path ({@link #keepsAndEndsOnSomePath}); one that may throw first, or
 * lets the span go elsewhere, stays a hand-off (no finding), as any other call does.
 *
 * <p>This is UnclosedTrace's own, minimal summary: a helper is one {@link SameClassHelpers#target} certainly runs, and
 * its body is walked with the obligation live from its first statement, as {@link ObligationWalk#walkBody} walks
 * it; helpers that call helpers are followed {@link SameClassHelpers#MAX_DEPTH} calls deep, which also cuts cycles.
 */
final class UnclosedTraceHelpers {
  private UnclosedTraceHelpers() {}

  /**
   * Whether {@code call} runs a same-class helper that ends {@code holder}, passed to it as a plain argument, on every
   * path through the helper.
   *
   * @param depth how many helper calls deep this call is already
   */
  static boolean endsArgument(Expr.Call call, Variable holder, TraceLifecycle lifecycle, int depth) {
    if (holder == null || depth >= SameClassHelpers.MAX_DEPTH || lifecycle.style() == EndStyle.END_ON_OWNER) {
      return false;
    }
    Variable parameter = parameterGiven(call, holder);
    return parameter != null
        && endsOnEveryPath(SameClassHelpers.targetInScope(call), parameter, lifecycle, depth + 1);
  }

  /**
   * The parameter of the same-class helper {@code call} runs that receives {@code holder}, passed once as a plain
   * argument; {@code null} if it is passed otherwise or more than once, or the call runs no such helper.
   */
  private static Variable parameterGiven(Expr.Call call, Variable holder) {
    int index = -1;
    List<Expr> arguments = call.arguments();
    for (int i = 0; i < arguments.size(); i++) {
      if (Nodes.isName(arguments.get(i), holder)) {
        if (index >= 0) {
          return null;
        }
        index = i;
      }
    }
    if (index < 0) {
      return null;
    }
    MethodDecl helper = SameClassHelpers.targetInScope(call);
    return helper == null || helper.isVarargs() || index >= helper.parameters().size()
        ? null
        : helper.parameters().get(index);
  }

  /**
   * Whether {@code call} runs a same-class helper that keeps {@code holder}, passed to it as a plain argument, to itself
   * and ends it on some path ({@code finishIfOk(span, reply)} whose body is {@code if (reply.isValid()) span.end();},
   * an {@code endOnce(span)} guarded by a flag): nobody else can end the span, so it is no hand-off, and the caller's
   * code before the call is judged as before an end. Whether the helper's own condition holds is not judged. Keeping
   * it to itself: every use of the parameter in the helper is the receiver of a call that is no start, activation or
   * carrier and whose value does not leave (returned, assigned, passed on), or an operand of a null test; none is
   * captured by a lambda or class.
   */
  static boolean keepsAndEndsOnSomePath(Expr.Call call, Variable holder, TraceLifecycle lifecycle, TraceStarts starts) {
    Variable parameter = keptParameter(call, holder, lifecycle, starts);
    Stmt.Block body = parameter == null ? null : SameClassHelpers.targetInScope(call).body();
    return body != null && Nodes.anyInline(body, node -> node instanceof Expr.Call
        && lifecycle.isEndMethod(((Expr.Call) node).name()) && ((Expr.Call) node).receiver() != null
        && Nodes.isName(Nodes.chainRoot(((Expr.Call) node).receiver()), parameter));
  }

  /**
   * Whether {@code call} runs a same-class helper that keeps {@code holder} to itself, as {@link
   * #keepsAndEndsOnSomePath} defines it, whether or not it ends it: a helper that only annotates the span
   * ({@code tagRequest(span, request)} whose body is {@code span.setAttribute(..)}) hands nothing off, so the caller
   * still owes the end; the call itself is then judged like any other call of the walk.
   */
  static boolean keepsToItself(Expr.Call call, Variable holder, TraceLifecycle lifecycle, TraceStarts starts) {
    return keptParameter(call, holder, lifecycle, starts) != null;
  }

  /**
   * Whether {@code call} runs a same-class helper that keeps {@code holder} to itself ({@link #keepsToItself}) and
   * cannot throw: its body is harmless with the calls on the parameter and on the tracing APIs vouched for, as in a
   * walk ({@code describeQuery(span, query)} whose body sets attributes). Between the start and the end such a call is
   * harmless, as the same statements written inline are.
   */
  static boolean keepsToItselfHarmlessly(
      Expr.Call call, Variable holder, TraceLifecycle lifecycle, TraceStarts starts) {
    Variable parameter = keptParameter(call, holder, lifecycle, starts);
    if (parameter == null || HarmlessCode.declaresCheckedException(call)) {
      return false;
    }
    return HarmlessCode.inHelper(inner -> (inner.receiver() != null && !Nodes.takesFunction(inner)
            && Nodes.isName(Nodes.chainRoot(inner.receiver()), parameter))
            || UnclosedTraceFlow.isTracingApiCall(inner))
        .isHarmless(SameClassHelpers.targetInScope(call).body());
  }

  /** The helper's parameter that receives {@code holder} when the helper keeps it to itself, or {@code null}. */
  private static Variable keptParameter(Expr.Call call, Variable holder, TraceLifecycle lifecycle, TraceStarts starts) {
    if (holder == null || lifecycle.style() == EndStyle.END_ON_OWNER) {
      return null;
    }
    Variable parameter = parameterGiven(call, holder);
    Stmt.Block body = parameter == null ? null : SameClassHelpers.targetInScope(call).body();
    if (body == null) {
      return null;
    }
    for (Expr.Name use : UnitIndex.of(body.unit()).namesOf(parameter)) {
      if (Nodes.isWithin(use, body) && !isKeptUse(use, body, starts)) {
        return null;
      }
    }
    return parameter;
  }

  private static boolean isKeptUse(Expr.Name use, Stmt.Block body, TraceStarts starts) {
    for (Node current = use.parent(); current != null && current != body; current = current.parent()) {
      if (Nodes.isDeferred(current)) {
        return false;
      }
    }
    Node parent = use.parent();
    if (parent instanceof Expr.Binary && ((Expr.Binary) parent).operator().isEquality()) {
      return Nodes.isNull(((Expr.Binary) parent).left()) || Nodes.isNull(((Expr.Binary) parent).right());
    }
    if (!(parent instanceof Expr.Call) || ((Expr.Call) parent).receiver() != use) {
      return false;
    }
    for (Expr.Call link : Nodes.callsChainedOn(use)) {
      if (starts.match(link) != null || Nodes.takesFunction(link)) {
        return false;
      }
      for (MethodRef carrier : TraceCatalog.carriers()) {
        if (TypeEvidence.isCallTo(link, carrier)) {
          return false;
        }
      }
    }
    Node outside = Nodes.chainTop(use).parent();
    return !(outside instanceof Stmt.LocalVar || outside instanceof Expr.Assign || outside instanceof Stmt.Jump
        || outside instanceof Expr.Call || outside instanceof Expr.New || outside instanceof Expr.Lambda);
  }

  private static boolean endsOnEveryPath(MethodDecl helper, Variable parameter, TraceLifecycle lifecycle, int depth) {
    Stmt.Block body = helper.body();
    if (body == null) {
      return false;
    }
    for (Expr.Name use : UnitIndex.of(body.unit()).namesOf(parameter)) {
      if (use.parent() instanceof Expr.Assign && ((Expr.Assign) use.parent()).target() == use) {
        return false;
      }
    }
    return new ObligationWalk(new ParameterEnding(parameter, lifecycle, depth)).walkBody(body) == Flow.ENDED;
  }

  /** What ends a span that a helper received as {@code parameter}. */
  private static final class ParameterEnding implements ObligationWalk.Ending {
    private final Variable parameter;
    private final TraceLifecycle lifecycle;
    private final int depth;

    ParameterEnding(Variable parameter, TraceLifecycle lifecycle, int depth) {
      this.parameter = parameter;
      this.lifecycle = lifecycle;
      this.depth = depth;
    }

    @Override
    public boolean isEndCall(Expr.Call call) {
      if (lifecycle.isEndMethod(call.name()) && call.receiver() != null && isRootedAtParameter(call.receiver())) {
        return true;
      }
      return endsArgument(call, parameter, lifecycle, depth);
    }

    @Override
    public boolean isVouchedFor(Expr.Call call) {
      return (call.receiver() != null && isRootedAtParameter(call.receiver()) && !Nodes.takesFunction(call))
          || UnclosedTraceFlow.isTracingApiCall(call);
    }

    @Override
    public boolean isNonNullCheck(Expr condition) {
      if (!(condition instanceof Expr.Binary) || ((Expr.Binary) condition).operator() != Expr.Binary.Op.NE) {
        return false;
      }
      Expr.Binary binary = (Expr.Binary) condition;
      return (Nodes.isName(binary.left(), parameter) && Nodes.isNull(binary.right()))
          || (Nodes.isNull(binary.left()) && Nodes.isName(binary.right(), parameter));
    }

    @Override
    public boolean catchesEverything(Stmt.Catch handler) {
      return ObligationWalk.catchesThrowable(handler);
    }

    private boolean isRootedAtParameter(Expr receiver) {
      return Nodes.isName(Nodes.chainRoot(receiver), parameter);
    }
  }
}
