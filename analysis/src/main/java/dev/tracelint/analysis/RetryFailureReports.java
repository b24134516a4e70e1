package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.RetryCatalog;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@link MethodSummaries} fact "only reports its argument", for the hand-over of point 6 of
 * {@code docs/rules/UnboundedRetry.md}: a catch that passes the failure to a same-class helper ({@code handle(e)})
 * hands it over only when the helper may do more than report it. A helper that never throws and uses the parameter
 * only to report it ({@code log.warn("failed", e)}, {@code println(e.getMessage())}, or another helper of the same
 * kind) decides nothing: the catch still retries.
 */
final class RetryFailureReports implements MethodSummaries.Fact<Set<Integer>> {
  /** The one instance: it keys the summaries' cache. */
  static final RetryFailureReports FACT = new RetryFailureReports();

  private RetryFailureReports() {}

  /**
   * Whether {@code call}, which passes {@code caught} as an argument, runs a method of the unit (one no subclass can
   * override: {@link SameClassHelpers#target}) that only reports that argument.
   */
  static boolean onlyReports(Expr.Call call, Variable caught) {
    MethodDecl helper = SameClassHelpers.target(call);
    if (helper == null) {
      return false;
    }
    Set<Integer> reported = MethodSummaries.of(call.unit()).of(helper, FACT);
    List<Expr> arguments = call.arguments();
    for (int i = 0; i < arguments.size(); i++) {
      if (Nodes.isName(arguments.get(i), caught) && !reported.contains(i)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Set<Integer> unknown() {
    return Set.of();
  }

  /** The indexes of the parameters the method only reports; none when it can throw. */
  @Override
  public Set<Integer> compute(MethodDecl method, MethodSummaries.Callees<Set<Integer>> callees) {
    // a helper that can throw or end the process may be the retry's way out (throwIfFatal(e)); lambdas included
    if (Nodes.all(method.body()).stream().anyMatch(node -> node.kind() == Node.Kind.THROW
        || (node instanceof Expr.Call && RetryLoops.callsExactly((Expr.Call) node, RetryCatalog.PROCESS_EXIT_CALLS)))) {
      return Set.of();
    }
    List<Variable> parameters = method.parameters();
    Set<Integer> out = new HashSet<>();
    for (int i = 0; i < parameters.size(); i++) {
      Variable parameter = parameters.get(i);
      boolean onlyReported = true;
      for (Node node : Nodes.all(method.body())) {
        if (node instanceof Expr && Nodes.isName((Expr) node, parameter) && !isReported((Expr) node, callees)) {
          onlyReported = false;
          break;
        }
      }
      if (onlyReported) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * Whether a use of a parameter goes only into a report: up through the expressions around it (a getter on it,
   * a concatenation), the first call it is an argument of is a reporting call (not a failure handler,
   * {@link RetryCatalog#isFailureHandlerName}) or a helper that only reports that argument.
   */
  private static boolean isReported(Expr use, MethodSummaries.Callees<Set<Integer>> callees) {
    Node below = use;
    for (Node above = use.parent(); above instanceof Expr; below = above, above = above.parent()) {
      if (above instanceof Expr.Lambda || above instanceof Expr.Assign) {
        return false;
      }
      if (above instanceof Expr.Call && ((Expr.Call) above).receiver() == below
          && RetryCatalog.FAILURE_REPORTING_METHOD_NAMES.contains(((Expr.Call) above).name())) {
        // e.printStackTrace()
        return true;
      }
      if (above instanceof Expr.Invocation && ((Expr.Invocation) above).arguments().contains(below)) {
        if (!(above instanceof Expr.Call)) {
          // new X(e): the failure wrapped into something else
          return false;
        }
        Expr.Call call = (Expr.Call) above;
        if (!RetryCatalog.isFailureHandlerName(call.name())) {
          return true;
        }
        MethodDecl helper = SameClassHelpers.target(call);
        return helper != null && callees.of(helper).contains(call.arguments().indexOf(below));
      }
    }
    return false;
  }
}
