package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.SourceUnit;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.Tri;
import dev.tracelint.analysis.model.TypeRef;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.TraceCatalog;
import dev.tracelint.catalog.TraceLifecycle;
import dev.tracelint.catalog.TraceLifecycle.EndStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * UnclosedTrace: a span, trace, transaction, segment or observation that is not ended, or a scope that is not closed,
 * on every path out of the method. The procedure is the one written down in {@code docs/rules/UnclosedTrace.md}:
 * steps 1 to 3 here, 4 to 8 in {@link UnclosedTraceFlow}.
 */
public final class UnclosedTrace implements Procedure {
  public static final String RULE = "UnclosedTrace";

  private final TraceStarts starts;

  public UnclosedTrace(TraceCatalog catalog) {
    this.starts = new TraceStarts(catalog);
  }

  @Override
  public String rule() {
    return RULE;
  }

  @Override
  public List<Finding> findings(SourceUnit unit) {
    List<Finding> findings = new ArrayList<>();
    UnitIndex index = UnitIndex.of(unit);
    for (String name : starts.catalog().startMethodNames()) {
      for (Expr.Call call : index.callsNamed(name)) {
        Finding finding = judge(call);
        if (finding != null) {
          findings.add(finding);
        }
      }
    }
    findings.sort((a, b) -> Integer.compare(a.anchor().span().start(), b.anchor().span().start()));
    return findings;
  }

  private Finding judge(Expr.Call call) {
    TraceLifecycle lifecycle = starts.match(call);
    if (lifecycle == null) {
      return null;
    }
    Obligation obligation = Obligation.of(starts, lifecycle, call);
    if (obligation == null || TestFixtures.endedByTeardown(call, lifecycle)
        || !obligation.neverClosable() && PairedHooks.endedByAPairedHook(call, lifecycle)) {
      return null;
    }
    if (obligation.neverClosable()) {
      return new Finding(RULE, call, lifecycle.message(null));
    }
    UnclosedTraceFlow flow = new UnclosedTraceFlow(obligation);
    if (flow.verdict() != ObligationWalk.Flow.LEAKS) {
      return null;
    }
    String name = obligation.holder() == null ? null : obligation.holder().name();
    return new Finding(RULE, call, lifecycle.message(name), UnclosedTraceFix.suggest(obligation, flow),
        lifecycle.fixDescription(name));
  }

  /**
   * What a start call obliges (step 2): the local that holds the started value (or none, for an X-Ray segment ended
   * through its recorder), the statement {@code S} that holds the start call, and the body {@code M} it is judged in.
   */
  record Obligation(
      TraceStarts starts,
      TraceLifecycle lifecycle,
      Expr.Call start,
      Variable holder,
      Stmt statement,
      Stmt.Block body,
      boolean neverClosable) {
    /** How many calls a chain may have before its start for {@link #chainRoot} to follow it. */
    private static final int MAX_CHAIN_LINKS = 32;


    /** {@code null} for positions that give no finding. */
    static Obligation of(TraceStarts starts, TraceLifecycle lifecycle, Expr.Call call) {
      Expr value = heldThroughConditional(call);
      Node parent = value.parent();
      Variable holder;
      Stmt statement;
      if (value != call && !(parent instanceof Stmt.LocalVar && isFirstOfLikeStarts(starts, lifecycle, call, value))) {
        // cached != null ? cached : tracer.spanBuilder("x").startSpan() returned, passed on, assigned (step 6 takes an
        // assigned conditional as a reassignment) or dropped: no holder.
        return null;
      }
      if (parent instanceof Stmt.LocalVar && ((Stmt.LocalVar) parent).initializer() == value) {
        if (parent.parent() instanceof Stmt.Try) {
          return null;
        }
        holder = localVariable(((Stmt.LocalVar) parent).variable());
        statement = (Stmt) parent;
        if (holder == null) {
          return null;
        }
      } else if (parent instanceof Expr.Assign && ((Expr.Assign) parent).value() == call
          && !((Expr.Assign) parent).isCompound() && parent.parent() instanceof Stmt.ExprStmt) {
        // A field (even of an X-Ray segment) is a hand-off: only locals are followed.
        Expr target = ((Expr.Assign) parent).target();
        holder = target instanceof Expr.Name ? localVariable(((Expr.Name) target).variable()) : null;
        statement = (Stmt) parent.parent();
        if (holder == null) {
          return null;
        }
      } else if (parent instanceof Stmt.ExprStmt) {
        statement = (Stmt) parent;
        if (Nodes.isYieldedBySwitchExpression(statement)) {
          // Span span = switch (k) { case A -> tracer.spanBuilder("a").startSpan(); ... }: the switch yields it.
          return null;
        }
        if (lifecycle.style() == EndStyle.CLOSE_SCOPE) {
          // Sentry's span undoes its own activation when it finishes: a dropped token is its intended use.
          return lifecycle.undoneByItsSpan() || PairedHooks.scopeClosedByAPairedHook(call, lifecycle)
              || PairedHooks.scopeLeftCurrentInsteadOfEnded(call, lifecycle, starts.catalog())
              ? null : new Obligation(starts, lifecycle, call, null, statement, null, true);
        }
        holder = lifecycle.style() == EndStyle.END_ON_OWNER ? null : startedReceiver(call, lifecycle);
        if (holder == null && lifecycle.style() != EndStyle.END_ON_OWNER) {
          // A started value nobody keeps: nothing can ever end it (unless the start returns its receiver, which
          // holds it, or the SDK can find it again).
          return isDropped(call, lifecycle)
              ? new Obligation(starts, lifecycle, call, null, statement, null, true) : null;
        }
      } else {
        return null;
      }
      Node list = statement.parent();
      if (list instanceof Stmt.If) {
        // if (traced) span = tracer.spanBuilder("x").startSpan(); : the walk goes on after the if.
        list = list.parent();
        while (list instanceof Stmt.If || list instanceof Stmt.Labeled) {
          list = list.parent();
        }
        if (!(list instanceof Stmt.Block)) {
          return null;
        }
      } else if (!(list instanceof Stmt.Block) && !(list instanceof Stmt.Case && !((Stmt.Case) list).isRule())) {
        return null;
      }
      Stmt.Block body = Nodes.enclosingBody(statement);
      if (body == null) {
        return null;
      }
      return new Obligation(starts, lifecycle, call, holder, statement, body, false);
    }

    /**
     * The value a local would hold: the start call itself, or the conditional expression whose branch it is, however
     * nested ({@code Span span = parent == null ? tracer.spanBuilder("root").startSpan() : tracer.spanBuilder("child")
     * .setParent(parent).startSpan();}): the local holds whichever branch ran. Not the condition: a start there is
     * used, not held.
     */
    private static Expr heldThroughConditional(Expr.Call call) {
      Expr value = call;
      while (value.parent() instanceof Expr.Conditional
          && ((Expr.Conditional) value.parent()).condition() != value) {
        value = (Expr) value.parent();
      }
      return value;
    }

    /**
     * Whether {@code call} is the first start of the conditional {@code value} and every other start in it is of the
     * same lifecycle: the same statements then end whichever ran, so the declaration is judged once, at its first
     * start. Starts of different lifecycles (a Sentry child or a transaction, found again by different means) and a
     * start its SDK finds again after the method drops it are not judged through a conditional.
     */
    private static boolean isFirstOfLikeStarts(TraceStarts starts, TraceLifecycle lifecycle, Expr.Call call,
        Expr value) {
      if (TraceCatalog.staysReachableWhenDropped(lifecycle.start())) {
        return false;
      }
      for (Node node : Nodes.inline(value)) {
        if (node instanceof Expr.Call && node != call) {
          TraceLifecycle other = starts.match((Expr.Call) node);
          if (other != null && (!other.equals(lifecycle) || node.span().start() < call.span().start())) {
            return false;
          }
        }
      }
      return true;
    }

    /**
     * {@code span.start();} on a local, or at the end of a chain of calls on it ({@code span.name("x").start(ts);}):
     * Brave, Micrometer and micrometer-tracing {@code start()} return {@code this}, so the local holds the started
     * value; OpenTracing's {@code SpanBuilder#start} returns a new span (its receiver holds nothing). The local must
     * be of the started value's type. Without types a receiver of the owner's own type counts, unless the owner is a
     * builder, whose start builds a new value.
     */
    private static Variable startedReceiver(Expr.Call call, TraceLifecycle lifecycle) {
      Expr root = chainRoot(call);
      if (!(root instanceof Expr.Name)) {
        return null;
      }
      Variable receiver = localVariable(((Expr.Name) root).variable());
      if (receiver == null) {
        return null;
      }
      if (!"start".equals(call.name())) {
        // run.post(); ... run.patch(); : a start that returns nothing started the record it is called on. Without
        // types, the method using that receiver again (to end it, return it, pass it on) says so.
        TypeRef result = call.type();
        return call.receiver() == root
            && (result.is("void") || !result.isResolved() && usedAgainInItsMethod(receiver, call))
            ? receiver : null;
      }
      TypeRef receiverType = root.type();
      TypeRef resultType = call.type();
      if (receiverType.isResolved() && resultType.isResolved() && resultType.qualifiedName() != null) {
        return receiverType.isSubtypeOf(resultType.qualifiedName()) == Tri.YES ? receiver : null;
      }
      boolean ownerTyped = !receiverType.isResolved()
          && TypeEvidence.isA(receiverType, lifecycle.start().owner(), call.unit()).isYes();
      return ownerTyped && !lifecycle.start().ownerSimpleName().endsWith("Builder") ? receiver : null;
    }

    /**
     * A value start standing alone as a statement whose value nothing holds: not a {@code start()} that returns its
     * receiver when that receiver is a variable or field ({@code this.span.start();} keeps it there), and not a start
     * whose SDK keeps the value reachable ({@link TraceCatalog#staysReachableWhenDropped}), and not a {@code start()}
   * on a same-class getter whose every return returns one field ({@link ReturnedField}: {@code span().start();}). Without types, a one-word
     * {@code start()} on a variable whose result type is unknown is given the benefit of the doubt.
     */
    private static boolean isDropped(Expr.Call call, TraceLifecycle lifecycle) {
      if (lifecycle.style() != EndStyle.END_VALUE || TraceCatalog.staysReachableWhenDropped(lifecycle.start())) {
        return false;
      }
      Expr receiver = call.receiver();
      if (call.method().isStatic() == Tri.YES || receiver instanceof Expr.TypeName
          || (receiver == null && TypeEvidence.importsStatically(call.unit(), lifecycle.start().owner(), call.name()))) {
        return true;
      }
      if (receiver == null || receiver.kind() == Node.Kind.THIS) {
        // The SDK's own code starting itself (start(); in a default method of Observation): the object holds it.
        return false;
      }
      // span().start() on a same-class getter of a field starts the span that field holds, as this.span.start() does.
      boolean heldByGetter = receiver instanceof Expr.Call && ReturnedField.of((Expr.Call) receiver) != null;
      if (!"start".equals(call.name()) || (receiver instanceof Expr.Call && !heldByGetter)
          || receiver instanceof Expr.New) {
        return true;
      }
      TypeRef receiverType = receiver.type();
      TypeRef resultType = call.type();
      if (receiverType.isResolved() && resultType.isResolved() && resultType.qualifiedName() != null) {
        return receiverType.isSubtypeOf(resultType.qualifiedName()) == Tri.NO;
      }
      return false;
    }

    private static boolean usedAgainInItsMethod(Variable receiver, Expr.Call start) {
      Node owner = Nodes.enclosingCodeOwner(start);
      return owner != null && Nodes.anyInline(owner, node -> node instanceof Expr.Name
          && ((Expr.Name) node).variable() == receiver && node != start.receiver()
          && node.span().start() > start.span().start());
    }

    /** The receiver a chain of calls starts from: {@code span} for {@code span.name("x").kind(k).start()}. */
    private static Expr chainRoot(Expr.Call call) {
      Expr receiver = call.receiver();
      for (int link = 0; receiver instanceof Expr.Call && link < MAX_CHAIN_LINKS; link++) {
        Expr next = ((Expr.Call) receiver).receiver();
        if (next == null) {
          return receiver;
        }
        receiver = next;
      }
      return receiver;
    }

    private static Variable localVariable(Variable variable) {
      return variable != null && (variable.kind() == Variable.VarKind.LOCAL
          || variable.kind() == Variable.VarKind.FOREACH) ? variable : null;
    }

    boolean isDeclaration() {
      return statement instanceof Stmt.LocalVar;
    }
  }
}
