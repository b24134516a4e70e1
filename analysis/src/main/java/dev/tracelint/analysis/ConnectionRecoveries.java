package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.FieldDecl;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.MethodInfo;
import dev.tracelint.analysis.model.Modifier;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.MethodRef;
import dev.tracelint.catalog.RetryCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * Unlimited attempts that wait between them and whose purpose is recovering a long-lived connection, for UnboundedRetry
 * (docs/rules/UnboundedRetry.md, "Connection recovery"): a Spring backoff or a Reactor backoff spec with a wait that is
 * not the constant zero, kept in, or given to, a field, variable, parameter, setter or factory named for recovery
 * ({@link RetryCatalog#isConnectionRecoveryName}), or a Reactor spec whose retried publisher opens a connection
 * ({@code client.connect()}, also through {@code Mono.defer(() -> client.connect())}, a local, or a parameter of a private method that
 * every caller in the unit gives one) and that no caller blocks on. A listener container or an agent link that gave up
 * reconnecting would stay deaf for good, and no caller waits for it: the harm of an unbounded retry does not apply. No
 * wait ({@code Retry.indefinitely()}, a zero interval), a neutral name, or a request retried forever stays reported.
 */
final class ConnectionRecoveries {
  private static final String FIXED_BACK_OFF = "org.springframework.util.backoff.FixedBackOff";
  private static final String EXPONENTIAL_BACK_OFF = "org.springframework.util.backoff.ExponentialBackOff";
  private static final String RETRY_BACKOFF_SPEC = "reactor.util.retry.RetryBackoffSpec";
  /** The Reactor factories of a spec that waits, the wait being their second argument. */
  private static final List<String> WAITING_SPEC_FACTORIES = List.of("backoff", "fixedDelay");

  /** Parameters followed back to their callers, and locals to their values, this many times at most. */
  private static final int MAX_DEPTH = 4;

  private ConnectionRecoveries() {}

  /**
   * Whether the unlimited setting at {@code site} (a call or a {@code new} of {@code target}'s owner) waits between
   * attempts and recovers a long-lived connection.
   */
  static boolean recoversAConnection(Expr site, MethodRef target) {
    if (!waits(site, target)) {
      return false;
    }
    Expr top = Nodes.chainTop(site);
    return namedForRecovery(top) || isReactorSpec(target) && (retriesAConnection(top) || runsUntilDisposed(top));
  }

  private static boolean isReactorSpec(MethodRef target) {
    return target.owner().equals(RetryCatalog.RETRY_SPEC_OWNER) || target.owner().equals(RETRY_BACKOFF_SPEC);
  }

  /**
   * A wait between attempts: Spring's {@code FixedBackOff} (5 s by default) or {@code ExponentialBackOff} (2 s at
   * first) with no interval or one that is not the constant zero; Reactor's {@code Retry.backoff(n, min)} or
   * {@code Retry.fixedDelay(n, delay)} with a duration that is not zero, also under {@code maxAttempts(..)}.
   */
  private static boolean waits(Expr site, MethodRef target) {
    if (site instanceof Expr.New) {
      List<Expr> arguments = ((Expr.New) site).arguments();
      return (target.owner().equals(FIXED_BACK_OFF) || target.owner().equals(EXPONENTIAL_BACK_OFF))
          && (arguments.isEmpty() || !isConstantZero(arguments.get(0)));
    }
    if (!(site instanceof Expr.Call)) {
      return false;
    }
    Expr.Call call = (Expr.Call) site;
    if (target.owner().equals(RetryCatalog.RETRY_SPEC_OWNER)) {
      return WAITING_SPEC_FACTORIES.contains(target.method()) && call.arguments().size() == 2
          && !RetrySettings.isZeroDuration(call.arguments().get(1));
    }
    if (target.owner().equals(RETRY_BACKOFF_SPEC)) {
      for (Expr receiver = call.receiver(); receiver instanceof Expr.Call;
          receiver = ((Expr.Call) receiver).receiver()) {
        Expr.Call link = (Expr.Call) receiver;
        if (WAITING_SPEC_FACTORIES.contains(link.name()) && link.arguments().size() == 2
            && TypeEvidence.isCallTo(link, new MethodRef(RetryCatalog.RETRY_SPEC_OWNER, link.name()))) {
          return !RetrySettings.isZeroDuration(link.arguments().get(1));
        }
      }
    }
    return false;
  }

  private static boolean isConstantZero(Expr value) {
    Object constant = value.constant();
    return constant instanceof Number && ((Number) constant).doubleValue() == 0;
  }

  /**
   * The setting (the whole chain written on it) initialises or is assigned to a field or variable named for recovery,
   * is passed to a call or a constructor named for recovery or to a recovery-named parameter of a method of the unit,
   * is returned by a method named for recovery, or initialises a local that the method hands to one of those.
   */
  private static boolean namedForRecovery(Expr top) {
    Node parent = top.parent();
    if (parent instanceof FieldDecl && ((FieldDecl) parent).initializer() == top) {
      return isRecoveryName(((FieldDecl) parent).variable());
    }
    if (parent instanceof Expr.Assign && ((Expr.Assign) parent).value() == top) {
      return isRecoveryName(Nodes.variableOf(((Expr.Assign) parent).target()));
    }
    if (parent instanceof Stmt.Jump && parent.kind() == Node.Kind.RETURN && Nodes.enclosing(top, Expr.Lambda.class)
        == null) {
      MethodDecl method = Nodes.enclosing(top, MethodDecl.class);
      return method != null && RetryCatalog.isConnectionRecoveryName(method.name());
    }
    if (parent instanceof Expr.Invocation && ((Expr.Invocation) parent).arguments().contains(top)) {
      return givenToRecovery((Expr.Invocation) parent, top);
    }
    if (parent instanceof Stmt.LocalVar && ((Stmt.LocalVar) parent).initializer() == top) {
      Variable local = ((Stmt.LocalVar) parent).variable();
      return isRecoveryName(local) || localGivenToRecovery(local, Nodes.enclosingCodeOwner(top));
    }
    return false;
  }

  private static boolean isRecoveryName(Variable variable) {
    return variable != null && RetryCatalog.isConnectionRecoveryName(variable.name());
  }

  /** {@code local} is passed to a recovery-named call or parameter, or assigned to a recovery-named variable. */
  private static boolean localGivenToRecovery(Variable local, Node owner) {
    if (local == null || owner == null) {
      return false;
    }
    for (Node node : Nodes.all(owner)) {
      if (!(node instanceof Expr) || !Nodes.isName((Expr) node, local)) {
        continue;
      }
      Node parent = node.parent();
      if (parent instanceof Expr.Invocation && ((Expr.Invocation) parent).arguments().contains(node)
              && givenToRecovery((Expr.Invocation) parent, (Expr) node)
          || parent instanceof Expr.Assign && ((Expr.Assign) parent).value() == node
              && isRecoveryName(Nodes.variableOf(((Expr.Assign) parent).target()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code argument} of {@code consumer}: a call named for recovery ({@code setRecoveryBackOff(..)}), or a method or
   * constructor of the unit whose parameter in that place is named for recovery.
   */
  private static boolean givenToRecovery(Expr.Invocation consumer, Expr argument) {
    if (consumer instanceof Expr.Call && RetryCatalog.isConnectionRecoveryName(((Expr.Call) consumer).name())) {
      return true;
    }
    int index = consumer.arguments().indexOf(argument);
    for (MethodDecl method : declarationsOf(consumer)) {
      if (index < method.parameters().size() && isRecoveryName(method.parameters().get(index))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The unit's declarations {@code invocation} may run: the one the engine resolved; unresolved, the unit's methods
   * (or constructors) with its name and number of arguments.
   */
  private static List<MethodDecl> declarationsOf(Expr.Invocation invocation) {
    MethodInfo target = invocation.method();
    List<MethodDecl> found = new ArrayList<>();
    if (target.isResolved()) {
      if (target.declaration() != null) {
        found.add(target.declaration());
      }
      return found;
    }
    String written = invocation instanceof Expr.New ? ((Expr.New) invocation).writtenType() : null;
    String type = written == null ? null : TypeEvidence.simpleNameOfWritten(written);
    for (MethodDecl method : UnitIndex.of(invocation.unit()).<MethodDecl>all(Node.Kind.METHOD)) {
      boolean invoked = invocation instanceof Expr.Call
          ? !method.isConstructor() && TypeEvidence.invokes((Expr.Call) invocation, method)
          : method.isConstructor() && method.owner() != null && type != null && type.equals(method.owner().name())
              && method.parameters().size() == invocation.arguments().size();
      if (invoked) {
        found.add(method);
      }
    }
    return found;
  }

  /**
   * The spec is given to a publisher's retry operator ({@code retryWhen}) whose retried publisher opens a connection,
   * and no call chained after the operator blocks the caller until the retry ends.
   */
  private static boolean retriesAConnection(Expr spec) {
    Expr.Call operator = unblockedRetryOperatorOf(spec);
    return operator != null && opensAConnection(operator.receiver(), 0);
  }

  /**
   * The publisher retry operator ({@code retryWhen}) {@code spec} is given to, on a publisher, when no call chained
   * after it blocks the caller until the retry ends; otherwise {@code null}.
   */
  private static Expr.Call unblockedRetryOperatorOf(Expr spec) {
    if (!(spec.parent() instanceof Expr.Call)) {
      return null;
    }
    Expr.Call operator = (Expr.Call) spec.parent();
    if (!RetryCatalog.PUBLISHER_RETRY_OPERATOR_NAMES.contains(operator.name())
        || !operator.arguments().contains(spec) || operator.receiver() == null) {
      return null;
    }
    for (Expr.Call after : Nodes.callsChainedOn(operator)) {
      if (RetryCatalog.BLOCKING_SUBSCRIBE_NAMES.contains(after.name())) {
        return null;
      }
    }
    return operator;
  }

  /**
   * The spec is given to a publisher's retry operator whose chain ends in {@code subscribe(..)}, and the code keeps the
   * {@code Disposable}: returns it ({@code return resolver.retryWhen(..).subscribe();}, a handle for cancelling the
   * task), stores it in a field the unit disposes of ({@code refresher.dispose()}) or adds it to a composite
   * ({@code disposables.add(..)}). A background task that keeps trying, waiting between attempts, until its owner
   * disposes of it, as a loop runs until its stop flag is raised. A subscription whose handle is dropped, or stored
   * where nothing disposes of it, is never cancelled, and a chain a caller blocks on is a request: they stay reported.
   */
  private static boolean runsUntilDisposed(Expr spec) {
    Expr.Call operator = unblockedRetryOperatorOf(spec);
    List<Expr.Call> after = operator == null ? List.of() : Nodes.callsChainedOn(operator);
    if (after.isEmpty() || !after.get(after.size() - 1).name().equals("subscribe")) {
      return false;
    }
    Expr.Call subscription = after.get(after.size() - 1);
    Node parent = subscription.parent();
    if (parent instanceof Stmt.Jump) {
      return parent.kind() == Node.Kind.RETURN;
    }
    if (parent instanceof Expr.Assign && ((Expr.Assign) parent).value() == subscription) {
      return isDisposedField(Nodes.variableOf(((Expr.Assign) parent).target()), subscription);
    }
    if (parent instanceof FieldDecl && ((FieldDecl) parent).initializer() == subscription) {
      return isDisposedField(((FieldDecl) parent).variable(), subscription);
    }
    return parent instanceof Expr.Call && ((Expr.Call) parent).name().equals("add")
        && ((Expr.Call) parent).arguments().contains(subscription);
  }

  /** A field the unit disposes of somewhere ({@code refresher.dispose()}): a handle its owner uses. */
  private static boolean isDisposedField(Variable field, Expr subscription) {
    if (field == null || field.isLocal()) {
      return false;
    }
    for (Expr.Call call : UnitIndex.of(subscription.unit()).callsNamed("dispose")) {
      if (call.arguments().isEmpty() && Nodes.variableOf(call.receiver()) == field) {
        return true;
      }
    }
    return false;
  }

  /**
   * The publisher opens a connection: a chain whose links, from its top down to a connect call on a client
   * ({@link RetryCatalog#CONNECTION_ESTABLISHING_NAMES}), only pass the connection on
   * ({@link RetryCatalog#isConnectionPassingOperator}); a {@code defer} whose supplier returns only such publishers or
   * {@code empty()}; a local declared with one and never assigned again; a parameter of a private method of the unit, never
   * assigned, that every call of the method in the unit (at least one) gives one.
   */
  private static boolean opensAConnection(Expr publisher, int depth) {
    if (depth > MAX_DEPTH || publisher == null) {
      return false;
    }
    Expr current = publisher;
    while (current instanceof Expr.Call) {
      Expr.Call link = (Expr.Call) current;
      if (RetryCatalog.CONNECTION_ESTABLISHING_NAMES.contains(link.name())) {
        return link.receiver() != null;
      }
      if (link.name().equals("defer") && link.arguments().size() == 1
          && link.arguments().get(0) instanceof Expr.Lambda) {
        return supplies((Expr.Lambda) link.arguments().get(0), depth);
      }
      if (!RetryCatalog.isConnectionPassingOperator(link.name())) {
        return false;
      }
      current = link.receiver();
    }
    Variable variable = Nodes.variableOf(current);
    if (variable == null) {
      return false;
    }
    if (variable.kind() == Variable.VarKind.LOCAL) {
      return opensAConnection(Nodes.soleValueOf(variable, Nodes.enclosingCodeOwner(current)), depth + 1);
    }
    return variable.kind() == Variable.VarKind.PARAMETER && everyCallerGivesOne(current, variable, depth);
  }

  /** A {@code defer} supplier whose returned publishers all open a connection or are {@code empty()}, one at least. */
  private static boolean supplies(Expr.Lambda supplier, int depth) {
    if (supplier.body() instanceof Expr) {
      return opensAConnection((Expr) supplier.body(), depth + 1);
    }
    boolean opens = false;
    for (Node node : Nodes.inline(supplier.body())) {
      if (node.kind() != Node.Kind.RETURN || Nodes.enclosing(node, Expr.Lambda.class) != supplier) {
        continue;
      }
      Expr value = ((Stmt.Jump) node).expression();
      if (value instanceof Expr.Call && ((Expr.Call) value).name().equals("empty")
          && ((Expr.Call) value).arguments().isEmpty()) {
        continue;
      }
      if (!opensAConnection(value, depth + 1)) {
        return false;
      }
      opens = true;
    }
    return opens;
  }

  private static boolean everyCallerGivesOne(Expr read, Variable parameter, int depth) {
    MethodDecl method = Nodes.enclosing(read, MethodDecl.class);
    int index = method == null ? -1 : method.parameters().indexOf(parameter);
    // A private method is called from this unit alone: its callers here are all there are.
    if (index < 0 || method.isConstructor() || !method.is(Modifier.PRIVATE) || method.body() == null) {
      return false;
    }
    for (Node node : Nodes.all(method.body())) {
      if (node instanceof Expr.Assign && Nodes.isName(((Expr.Assign) node).target(), parameter)) {
        return false;
      }
    }
    boolean called = false;
    for (Expr.Call call : UnitIndex.of(read.unit()).callsNamed(method.name())) {
      if (!TypeEvidence.invokes(call, method)) {
        continue;
      }
      if (!opensAConnection(call.arguments().get(index), depth + 1)) {
        return false;
      }
      called = true;
    }
    return called;
  }
}
