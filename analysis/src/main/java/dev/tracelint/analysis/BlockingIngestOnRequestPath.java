package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Modifier;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.SourceUnit;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.TypeDecl;
import dev.tracelint.catalog.BlockingCallCatalog;
import dev.tracelint.catalog.RequestPathCatalog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * BlockingIngestOnRequestPath: a request handler that waits for telemetry to be exported, by a blocking call written
 * in the handler or in a private or final helper of its class that it calls. The procedure is the one written down in
 * {@code docs/rules/BlockingIngestOnRequestPath.md}: handlers as {@link RequestHandlers} recognises them, blocking
 * calls as {@link BlockingCalls} does, on the code that runs on the request thread.
 */
public final class BlockingIngestOnRequestPath implements Procedure {
  public static final String RULE = "BlockingIngestOnRequestPath";

  private final RequestHandlers handlers;
  private final BlockingCalls blockingCalls;

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
    List<Finding> findings = new ArrayList<>();
    for (MethodDecl method : index.<MethodDecl>all(Node.Kind.METHOD)) {
      if (method.body() != null && handlers.isHandler(method)) {
        judge(method, findings);
      }
    }
    findings.sort((a, b) -> Integer.compare(a.anchor().span().start(), b.anchor().span().start()));
    return findings;
  }

  /** One finding per blocking call on the handler's request path: at the call, or at the call into its helper. */
  private void judge(MethodDecl handler, List<Finding> findings) {
    Set<MethodDecl> onPath = new HashSet<>(Set.of(handler));
    for (Expr.Call call : callsOnRequestThread(handler.body())) {
      String blocking = blockingCalls.blockingCallAt(call);
      if (blocking != null) {
        findings.add(new Finding(RULE, call, BlockingCallCatalog.message(blocking, handler.name())));
        continue;
      }
      MethodDecl helper = followableHelper(call, handler.owner(), 0, onPath);
      String reached = helper == null ? null : blockingCallIn(helper, 1, onPath);
      if (reached != null) {
        findings.add(new Finding(RULE, call,
            BlockingCallCatalog.helperMessage(helper.name(), reached, handler.name())));
      }
    }
  }

  /** The first blocking call a helper makes, itself or through its own helpers; {@code null} when it makes none. */
  private String blockingCallIn(MethodDecl helper, int depth, Set<MethodDecl> onPath) {
    Set<MethodDecl> path = new HashSet<>(onPath);
    path.add(helper);
    for (Expr.Call call : callsOnRequestThread(helper.body())) {
      String blocking = blockingCalls.blockingCallAt(call);
      if (blocking != null) {
        return blocking;
      }
      MethodDecl nested = followableHelper(call, helper.owner(), depth, path);
      String reached = nested == null ? null : blockingCallIn(nested, depth + 1, path);
      if (reached != null) {
        return reached;
      }
    }
    return null;
  }

  /**
   * The helper {@code call} runs on the request thread: a method with a body of {@code owner}, called on {@code this},
   * that no subclass can override (private, final, or of a final class), not itself a handler, not already on the path
   * (recursion), within {@link RequestPathCatalog#MAX_HELPER_DEPTH} calls; {@code null} otherwise.
   */
  private MethodDecl followableHelper(Expr.Call call, TypeDecl owner, int depth, Set<MethodDecl> onPath) {
    if (depth >= RequestPathCatalog.MAX_HELPER_DEPTH || !call.isOnThis()) {
      return null;
    }
    MethodDecl helper = calledMethodOf(call, owner);
    if (helper == null || helper.body() == null || onPath.contains(helper)) {
      return null;
    }
    boolean overridable = !helper.is(Modifier.PRIVATE) && !helper.is(Modifier.FINAL) && !owner.isEffectivelyFinal();
    return overridable || handlers.isHandler(helper) ? null : helper;
  }

  /**
   * The method of {@code owner} a call on {@code this} runs: the one the engine resolved, or, without types, the only
   * one of that name and arity.
   */
  private static MethodDecl calledMethodOf(Expr.Call call, TypeDecl owner) {
    if (call.method().isResolved()) {
      MethodDecl declaration = call.method().declaration();
      return declaration != null && declaration.owner() == owner ? declaration : null;
    }
    MethodDecl only = null;
    for (MethodDecl candidate : owner.methods()) {
      if (!candidate.isConstructor() && candidate.name().equals(call.name())
          && candidate.parameters().size() == call.arguments().size()) {
        if (only != null) {
          return null;
        }
        only = candidate;
      }
    }
    return only;
  }

  /**
   * The calls of a body that run on the request thread, in source order: not those in anonymous or local classes nor
   * in lambdas, which may run elsewhere (an executor, a new thread, a shutdown hook), except a lambda passed to a call
   * that runs it in place ({@code forEach}).
   */
  private static List<Expr.Call> callsOnRequestThread(Stmt.Block body) {
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
}
