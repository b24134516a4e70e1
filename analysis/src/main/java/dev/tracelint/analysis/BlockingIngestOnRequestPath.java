package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Modifier;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.SourceUnit;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.TypeDecl;
import dev.tracelint.catalog.BlockingCallCatalog;
import dev.tracelint.catalog.MethodRef;
import dev.tracelint.catalog.RequestPathCatalog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * BlockingIngestOnRequestPath: a request handler that waits for telemetry to be exported, by a blocking call written
 * in the handler, in a callback of the asynchronous value it returns, or in a method of the unit it calls. The
 * procedure is the one written down in {@code docs/rules/BlockingIngestOnRequestPath.md}: handlers as
 * {@link RequestHandlers} recognises them (methods and functional routes), blocking calls as {@link BlockingCalls}
 * does, on the code that runs on the request thread; what a called method does is its {@link MethodSummaries}
 * summary.
 */
public final class BlockingIngestOnRequestPath implements Procedure {
  public static final String RULE = "BlockingIngestOnRequestPath";

  /** How deep the chains a handler returns are searched for callbacks, and the returned locals they go through. */
  private static final int MAX_CHAIN_PARTS = 64;

  private final RequestHandlers handlers;
  private final BlockingCalls blockingCalls;
  /** What a method reaches that blocks on telemetry: how a message names it. */
  private final MethodSummaries.Fact<String> blocksOnTelemetry = new BlocksOnTelemetry();
  /** What a method reaches that makes the thread wait, whatever for. */
  private final MethodSummaries.Fact<Wait> waits = new Waits();

  public BlockingIngestOnRequestPath(RequestPathCatalog requestPaths, BlockingCallCatalog blockingCalls) {
    this.handlers = new RequestHandlers(requestPaths);
    this.blockingCalls = new BlockingCalls(blockingCalls);
  }

  @Override
  public String rule() {
    return RULE;
  }

  @Override
  public List<Finding> findings(SourceUnit unit) {
    UnitIndex index = UnitIndex.of(unit);
    // A unit with no call named like a blocking call or a wait is left before any type is asked.
    if (index.calls().stream().noneMatch(call -> blockingCalls.mayBlock(call.name()))) {
      return List.of();
    }
    Map<Node, Finding> findings = new LinkedHashMap<>();
    Set<MethodDecl> judged = new HashSet<>();
    for (MethodDecl method : index.<MethodDecl>all(Node.Kind.METHOD)) {
      if (method.body() != null && handlers.isHandler(method) && judged.add(method)) {
        judge(method.body(), method.name(), findings);
      }
    }
    for (Expr route : RequestHandlers.routeHandlers(unit)) {
      if (route instanceof Expr.Lambda) {
        judge(route, BlockingCallCatalog.routeHandlerName(((Expr.Call) route.parent()).name()), findings);
        continue;
      }
      MethodDecl referenced = SameClassHelpers.referenced((Expr.MethodRef) route);
      if (referenced != null && referenced.body() != null && judged.add(referenced)) {
        judge(referenced.body(), referenced.name(), findings);
      }
    }
    List<Finding> sorted = new ArrayList<>(findings.values());
    sorted.sort((a, b) -> Integer.compare(a.anchor().span().start(), b.anchor().span().start()));
    return sorted;
  }

  /**
   * One finding per blocking call on a handler's request path (its body, or a route lambda), at the call or at the
   * call into the method that reaches it; then the same for the callbacks of the asynchronous value it returns.
   */
  private void judge(Node handler, String handlerName, Map<Node, Finding> findings) {
    judgeCalls(handler, handlerName, findings);
    for (Expr.Lambda callback : responseCallbacks(handler)) {
      judgeCalls(callback, handlerName, findings);
    }
  }

  private void judgeCalls(Node code, String handlerName, Map<Node, Finding> findings) {
    MethodSummaries summaries = MethodSummaries.of(code.unit());
    for (Expr.Call call : callsOnRequestThread(code)) {
      String blocking = blockingAt(call);
      if (blocking == null) {
        blocking = waitedTaskBlocking(call, summaries);
      }
      MethodDecl helper = followed(call);
      if (blocking != null && helper == null) {
        findings.putIfAbsent(call, new Finding(RULE, call, BlockingCallCatalog.message(blocking, handlerName)));
        continue;
      }
      // A helper that sleeps next to a flush request blocks by where it is called; otherwise by what it reaches.
      String reached = blocking != null ? blocking : helper == null ? null : summaries.of(helper, blocksOnTelemetry);
      if (reached != null) {
        findings.putIfAbsent(call, new Finding(RULE, call,
            BlockingCallCatalog.helperMessage(helper.name(), reached, handlerName)));
      }
    }
  }

  /**
   * How a message names the wait on telemetry {@code call} makes by itself, or {@code null}: a blocking telemetry call,
   * a wait on a synchronizer a telemetry callback releases, or a sleep (itself or in a method it calls) next to a
   * flush request.
   */
  private String blockingAt(Expr.Call call) {
    String blocking = blockingCalls.blockingCallAt(call);
    if (blocking == null) {
      blocking = blockingCalls.waitReleasedByTelemetryAt(call);
    }
    if (blocking != null) {
      return blocking;
    }
    String sleep = sleepAt(call);
    String flush = sleep == null ? null : blockingCalls.flushRequestBeside(call);
    return flush == null ? null : BlockingCallCatalog.describeSleepBeside(sleep, flush);
  }

  /**
   * How a message names a wait on a task the code starts itself and that blocks on telemetry, or {@code null}:
   * {@code CompletableFuture.runAsync(this::drain, pool).get(10, SECONDS)}, {@code pool.submit(() -> ..).get()}, also
   * through a local holding the future. The task runs on another thread, but the request waits for it, and so for
   * what it waits for: a blocking call in its lambda, or what a method of the unit it names reaches.
   */
  private String waitedTaskBlocking(Expr.Call call, MethodSummaries summaries) {
    String wait = blockingCalls.threadWaitAt(call);
    if (wait == null || BlockingCallCatalog.isSleep(call.name())) {
      return null;
    }
    Expr future = BlockingCalls.sourceOf(call.receiver());
    if (!(future instanceof Expr.Call) || !startsTask((Expr.Call) future)
        || ((Expr.Call) future).arguments().isEmpty()) {
      return null;
    }
    Expr task = ((Expr.Call) future).arguments().get(0);
    String reached = null;
    if (task instanceof Expr.Lambda) {
      for (Expr.Call inner : callsOnRequestThread(task)) {
        reached = blockingAt(inner);
        if (reached == null) {
          MethodDecl helper = followed(inner);
          reached = helper == null ? null : summaries.of(helper, blocksOnTelemetry);
        }
        if (reached != null) {
          break;
        }
      }
    } else if (task instanceof Expr.MethodRef) {
      MethodDecl referenced = SameClassHelpers.referenced((Expr.MethodRef) task);
      reached = referenced == null || referenced.body() == null ? null : summaries.of(referenced, blocksOnTelemetry);
    }
    return reached == null ? null : BlockingCallCatalog.describeWaitedTask(wait, reached);
  }

  private static boolean startsTask(Expr.Call call) {
    for (MethodRef start : BlockingCallCatalog.taskStarts()) {
      if (start.method().equals(call.name()) && TypeEvidence.isCallTo(call, start)) {
        return true;
      }
    }
    return false;
  }

  /** How a message names the sleep {@code call} is or reaches ({@code Thread.sleep()}), or {@code null}. */
  private String sleepAt(Expr.Call call) {
    String wait = blockingCalls.threadWaitAt(call);
    if (wait != null) {
      return BlockingCallCatalog.isSleep(call.name()) ? wait : null;
    }
    MethodDecl helper = followed(call);
    Wait reached = helper == null ? null : MethodSummaries.of(call.unit()).of(helper, waits);
    return reached != null && reached.sleep() ? reached.call() : null;
  }

  /**
   * The method of the unit {@code call} runs on the request thread and that is summarised: one it certainly runs
   * ({@link SameClassHelpers#inUnit}), a helper of the caller's class called on {@code this} as written (a protected
   * or public helper of a handler class), or the method of a bean of the unit the call reaches through a field
   * ({@link #beanMethod}); not another handler (judged by itself) nor a method the call runs elsewhere (an
   * {@code @Async} method of another bean; on {@code this}, Spring's proxy is bypassed and it runs inline).
   */
  private MethodDecl followed(Expr.Call call) {
    MethodDecl target = SameClassHelpers.inUnit(call);
    if (target == null) {
      target = SameClassHelpers.asWrittenOnThis(call);
    }
    if (target == null) {
      target = beanMethod(call);
    }
    return target == null || handlers.runsElsewhere(call, target) || handlers.isHandler(target) ? null : target;
  }

  /**
   * The method a call on a field runs when the field is declared with a bean class of the unit ({@code @Service}
   * declared in the same file): the container injects that class's one instance. A bean class in another file is
   * unknown to an engine that sees one file at a time, and so to every engine.
   */
  private static MethodDecl beanMethod(Expr.Call call) {
    Expr receiver = call.receiver();
    Variable field = receiver == null ? null : Nodes.variableOf(receiver);
    if (field == null || field.kind() != Variable.VarKind.FIELD || (receiver instanceof Expr.FieldAccess
        && !(((Expr.FieldAccess) receiver).receiver() instanceof Expr.This))) {
      return null;
    }
    TypeDecl bean = SameClassHelpers.receiverClass(receiver);
    if (bean == null || bean.typeKind() != TypeDecl.TypeKind.CLASS || bean.is(Modifier.ABSTRACT)
        || !RequestHandlers.isBean(bean)) {
      return null;
    }
    MethodDecl method = SameClassHelpers.declarationIn(call, bean);
    return method == null || method.is(Modifier.STATIC) ? null : method;
  }

  /**
   * The callbacks of the asynchronous value a handler returns ({@code return answer.doFinally(signal -> ...)}), which
   * run as the response is produced or completes: a lambda it returns ({@link #returnedLambda}), lambdas passed to
   * the operators of {@link RequestPathCatalog#isResponseCallbackOperator} along the returned chain, along the chains
   * its arguments build ({@code ServerResponse.ok().body(answer.doFinally(..))}), through a local it returns, and into
   * what the callback of an operator that goes on with it returns ({@code flatMap(a -> Mono.fromCallable(..))}).
   */
  private static List<Expr.Lambda> responseCallbacks(Node handler) {
    List<Expr> pending = new ArrayList<>();
    if (handler instanceof Expr.Lambda && ((Expr.Lambda) handler).body() instanceof Expr) {
      pending.add((Expr) ((Expr.Lambda) handler).body());
    }
    for (Node node : Nodes.inline(handler)) {
      if (node.kind() == Node.Kind.RETURN && ((Stmt.Jump) node).expression() != null) {
        pending.add(((Stmt.Jump) node).expression());
      }
    }
    List<Expr.Lambda> callbacks = new ArrayList<>();
    for (Expr returned : pending) {
      Expr.Lambda producer = returnedLambda(returned);
      if (producer != null) {
        callbacks.add(producer);
      }
    }
    Set<Variable> followedLocals = new HashSet<>();
    for (int parts = 0; !pending.isEmpty() && parts < MAX_CHAIN_PARTS; parts++) {
      Expr part = pending.remove(pending.size() - 1);
      Variable local = part instanceof Expr.Name ? ((Expr.Name) part).variable() : null;
      if (local != null && local.kind() == Variable.VarKind.LOCAL && followedLocals.add(local)
          && local.declaration() instanceof Stmt.LocalVar
          && ((Stmt.LocalVar) local.declaration()).initializer() != null) {
        pending.add(((Stmt.LocalVar) local.declaration()).initializer());
      }
      if (!(part instanceof Expr.Call)) {
        continue;
      }
      Expr.Call call = (Expr.Call) part;
      boolean operator = RequestPathCatalog.isResponseCallbackOperator(call.name());
      for (Expr argument : call.arguments()) {
        if (argument instanceof Expr.Lambda) {
          if (operator) {
            callbacks.add((Expr.Lambda) argument);
          }
          if (operator && RequestPathCatalog.continuesTheResponse(call.name())) {
            pending.addAll(returnedValues((Expr.Lambda) argument));
          }
        } else {
          pending.add(argument);
        }
      }
      if (call.receiver() != null) {
        pending.add(call.receiver());
      }
    }
    callbacks.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    return callbacks;
  }

  /**
   * A lambda a handler returns, written there or kept in a local it returns: the framework runs it to produce the
   * response (Spring MVC answers with what a returned {@code Callable} gives, a {@code StreamingResponseBody} or a
   * JAX-RS {@code StreamingOutput} writes the body), so the answer waits for it as it does for a callback.
   */
  private static Expr.Lambda returnedLambda(Expr returned) {
    Expr producer = BlockingCalls.sourceOf(returned);
    return producer instanceof Expr.Lambda ? (Expr.Lambda) producer : null;
  }

  /**
   * What a callback returns: its expression body, or the values of its own {@code return}s (not those of lambdas or
   * classes nested in it). For an operator that goes on with it ({@code flatMap(a -> Mono.fromCallable(..))}), that is
   * a chain of the response too.
   */
  private static List<Expr> returnedValues(Expr.Lambda callback) {
    List<Expr> values = new ArrayList<>();
    if (callback.body() instanceof Expr) {
      values.add((Expr) callback.body());
      return values;
    }
    for (Node node : Nodes.inline(callback)) {
      if (node.kind() == Node.Kind.RETURN && ((Stmt.Jump) node).expression() != null) {
        values.add(((Stmt.Jump) node).expression());
      }
    }
    return values;
  }

  /**
   * The calls of a body (or a lambda) that run on the request thread, in source order: not those in anonymous or
   * local classes nor in nested lambdas, which may run elsewhere (an executor, a new thread, a shutdown hook), except
   * a lambda passed to a call that runs it in place ({@code forEach}).
   */
  private static List<Expr.Call> callsOnRequestThread(Node body) {
    List<Expr.Call> calls = new ArrayList<>();
    for (Node node : Nodes.inline(body, BlockingIngestOnRequestPath::runsInPlace)) {
      if (node instanceof Expr.Call) {
        calls.add((Expr.Call) node);
      }
    }
    return calls;
  }

  private static boolean runsInPlace(Expr.Lambda lambda) {
    return lambda.parent() instanceof Expr.Call
        && RequestPathCatalog.runsLambdaInPlace(((Expr.Call) lambda.parent()).name());
  }

  /**
   * The first fact, in source order, that a call of the method's request-thread code makes by itself ({@code own}) or
   * reaches through a method it runs ({@link #followed}, as the summaries say); {@code null} when none.
   */
  private <T> T firstReached(MethodDecl method, MethodSummaries.Callees<T> callees, Function<Expr.Call, T> own) {
    for (Expr.Call call : callsOnRequestThread(method.body())) {
      T reached = own.apply(call);
      if (reached == null) {
        reached = callees.of(followed(call));
      }
      if (reached != null) {
        return reached;
      }
    }
    return null;
  }

  /** A wait a method reaches: how a message names it, and whether it only lets time pass. */
  private record Wait(String call, boolean sleep) {}

  /**
   * The fact "blocks on telemetry": the first call of a method's request-thread code, in source order, that blocks on
   * telemetry by itself or reaches such a call through a method it runs ({@link #followed}).
   */
  private final class BlocksOnTelemetry implements MethodSummaries.Fact<String> {
    @Override
    public String unknown() {
      return null;
    }

    @Override
    public String compute(MethodDecl method, MethodSummaries.Callees<String> callees) {
      return firstReached(method, callees, BlockingIngestOnRequestPath.this::blockingAt);
    }
  }

  /** The fact "waits": the first thread wait a method makes, itself or through a method it runs. */
  private final class Waits implements MethodSummaries.Fact<Wait> {
    @Override
    public Wait unknown() {
      return null;
    }

    @Override
    public Wait compute(MethodDecl method, MethodSummaries.Callees<Wait> callees) {
      return firstReached(method, callees, call -> {
        String wait = blockingCalls.threadWaitAt(call);
        return wait == null ? null : new Wait(wait, BlockingCallCatalog.isSleep(call.name()));
      });
    }
  }
}
