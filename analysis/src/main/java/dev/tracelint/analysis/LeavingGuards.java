package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Modifier;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.SourceUnit;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.RetryCatalog;
import java.util.List;

/**
 * Self-calls bounded by a guard that leaves first ("Methods that call themselves to retry", UnboundedRetry): before
 * the self-call, in its block or one around it, an {@code if} without {@code else} always returns or throws once a
 * bound is reached ({@code if (Instant.now().isAfter(deadline)) throw e;}, {@code if (attempts.incrementAndGet() > 3)
 * throw e;}). It bounds the recursion as the same guard with the self-call in its {@code else} branch does. The bound
 * must be able to change between calls: a deadline test over parameters the self-call passes on unchanged and fields
 * (the clock moves on), or a comparison with a field the unit counts. A local starts afresh on every call, a parameter
 * passed on unchanged compares the same way each time, and a test of the caught failure says which failures, not how
 * many: none of them bounds anything.
 */
final class LeavingGuards {
  private LeavingGuards() {}

  private static final int MAX_ALTERNATIVES = 16;

  /** Whether a guard before {@code selfCall}, in {@code method}, leaves once a bound is reached. */
  static boolean leavesAtABoundFirst(Expr.Call selfCall, MethodDecl method) {
    Node child = selfCall;
    for (Node parent = selfCall.parent(); parent != null && parent != method; child = parent,
        parent = parent.parent()) {
      if (!(parent instanceof Stmt.Block)) {
        continue;
      }
      for (Stmt statement : ((Stmt.Block) parent).statements()) {
        if (statement == child) {
          break;
        }
        if (statement instanceof Stmt.If && ((Stmt.If) statement).elseStatement() == null
            && RetryLoops.alwaysEnds(((Stmt.If) statement).thenStatement())
            && leavesAtABound(((Stmt.If) statement).condition(), selfCall, method)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code condition} holds once a bound is reached: it, or an alternative of its {@code ||}, tests one. */
  private static boolean leavesAtABound(Expr condition, Expr.Call selfCall, MethodDecl method) {
    List<Expr> alternatives = Nodes.operands(condition, Expr.Binary.Op.OR);
    return alternatives.size() <= MAX_ALTERNATIVES && alternatives.stream().anyMatch(test ->
        readsOnlyStateKeptAcrossCalls(test, selfCall, method)
            && (DeadlineGiveUps.testsADeadline(test) || comparesACountedField(test)
                || comparesACounterPassedOn(test, method)));
  }

  /**
   * Whether every variable {@code test} reads is a field, or a parameter that {@code selfCall} passes on unchanged:
   * no local or caught failure (each call starts them afresh), no parameter given a new value for the nested call
   * ({@code deliver(payload, Instant.now().plusSeconds(30))} moves its deadline on).
   */
  private static boolean readsOnlyStateKeptAcrossCalls(Expr test, Expr.Call selfCall, MethodDecl method) {
    List<Variable> parameters = method.parameters();
    List<Expr> arguments = selfCall.arguments();
    for (Node node : Nodes.inline(test)) {
      if (!(node instanceof Expr.Name)) {
        continue;
      }
      Variable read = ((Expr.Name) node).variable();
      if (read == null || !read.isLocal()) {
        continue;
      }
      int index = parameters.indexOf(read);
      if (index < 0 || index >= arguments.size() || !Nodes.isName(arguments.get(index), read)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A relational comparison ({@code <}, {@code >}...) of a field the unit counts: it assigns it, steps it with
   * {@code ++} or {@code --}, or bumps it as an atomic counter ({@code attempts.incrementAndGet() > 3},
   * {@code ++failures >= MAX_FAILURES}). A field nothing changes compares the same way on every call.
   */
  private static boolean comparesACountedField(Expr test) {
    return Nodes.anyInline(test, node -> node instanceof Expr.Binary
        && ((Expr.Binary) node).operator().isRelational()
        && Nodes.anyInline(node, operand -> operand instanceof Expr
            && isCountedField(Nodes.variableOf((Expr) operand), test.unit())));
  }

  /**
   * A relational comparison of a counter object that is a parameter of {@code method} ({@code
   * attempts.incrementAndGet() >= 4} for {@code AtomicInteger attempts}): one of an atomic counter type
   * ({@link RetryCatalog#ATOMIC_COUNTER_TYPE_NAMES}) or one the unit steps as a counter
   * ({@link RetryCatalog#COUNTER_STEP_NAMES}: {@code tries.increment()}). The self-call passes it on unchanged
   * ({@link #readsOnlyStateKeptAcrossCalls} holds), so every call shares it and it counts across calls as a field does.
   */
  private static boolean comparesACounterPassedOn(Expr test, MethodDecl method) {
    return Nodes.anyInline(test, node -> node instanceof Expr.Binary
        && ((Expr.Binary) node).operator().isRelational()
        && Nodes.anyInline(node, operand -> operand instanceof Expr.Name
            && isCounterParameter((Expr.Name) operand, method)));
  }

  private static boolean isCounterParameter(Expr.Name read, MethodDecl method) {
    Variable parameter = read.variable();
    if (parameter == null || !method.parameters().contains(parameter)) {
      return false;
    }
    if (RetryCatalog.ATOMIC_COUNTER_TYPE_NAMES.contains(TypeEvidence.simpleTypeName(read))) {
      return true;
    }
    for (String name : RetryCatalog.COUNTER_STEP_NAMES) {
      for (Expr.Call bump : UnitIndex.of(method.unit()).callsNamed(name)) {
        if (bump.receiver() != null && Nodes.variableOf(bump.receiver()) == parameter) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isCountedField(Variable field, SourceUnit unit) {
    if (field == null || field.isLocal()) {
      return false;
    }
    UnitIndex index = UnitIndex.of(unit);
    // a final field is assigned only where it is made: that sets it, it does not count
    if (!field.is(Modifier.FINAL) && index.<Expr.Assign>all(Node.Kind.ASSIGN).stream()
        .anyMatch(assign -> Nodes.variableOf(assign.target()) == field)) {
      return true;
    }
    for (Expr.Unary step : index.<Expr.Unary>all(Node.Kind.UNARY)) {
      if (step.operator().isIncrementOrDecrement() && Nodes.variableOf(step.operand()) == field) {
        return true;
      }
    }
    for (String name : RetryCatalog.COUNTER_STEP_NAMES) {
      for (Expr.Call bump : index.callsNamed(name)) {
        if (bump.receiver() != null && Nodes.variableOf(bump.receiver()) == field) {
          return true;
        }
      }
    }
    return false;
  }
}
