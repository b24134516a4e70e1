package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.SourceUnit;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Facts about the methods of one compilation unit, each computed once, when first asked, and kept with the unit
 * ({@link SourceUnit#memo}): what a call into a helper does without walking the helper again at every call site.
 *
 * <p>A fact is a {@link Fact}: how to summarise one method from its own body and the summaries of the methods its
 * calls certainly run (which calls those are is the fact's business: {@link SameClassHelpers} resolves them). A fact
 * plugs in without changing this class; the summaries of every fact share the bound and the cache.
 *
 * <p>Summaries are bounded: a method is summarised {@link #MAX_DEPTH} calls deep, and a callee one level less, down
 * to its own body alone. The bound also cuts cycles: a recursive helper is unrolled at most that many times, and
 * each level is cached, so a unit costs at most {@code MAX_DEPTH} summaries per method and fact, whatever order the
 * rules ask in. A callee past the bound is {@link Fact#unknown()}.
 */
public final class MethodSummaries {
  /** How many calls deep a summary looks: a handler's call into a helper chain four deep needs four. */
  public static final int MAX_DEPTH = 6;

  /** Stands for a {@code null} summary in the cache, so that "nothing found" is computed once too. */
  private static final Object NONE = new Object();

  /** Keyed by the fact's identity, then the method's: facts carry their catalogue, methods are unique nodes. */
  private final IdentityHashMap<Fact<?>, Map<MethodDecl, Object[]>> cache = new IdentityHashMap<>();

  private MethodSummaries() {}

  /** The summaries of {@code unit}, created on first use and shared by every rule. */
  public static MethodSummaries of(SourceUnit unit) {
    return unit.memo(MethodSummaries.class, MethodSummaries::new);
  }

  /**
   * Whether a yes-or-no {@code fact} holds for the same-class helper {@code call} certainly runs
   * ({@link SameClassHelpers#target}); {@code false} for a call of anything else.
   */
  static boolean holdsFor(Expr.Call call, Fact<Boolean> fact) {
    MethodDecl helper = SameClassHelpers.target(call);
    return helper != null && Boolean.TRUE.equals(of(call.unit()).of(helper, fact));
  }

  /** The fact for {@code method}, summarised {@link #MAX_DEPTH} calls deep. */
  public <T> T of(MethodDecl method, Fact<T> fact) {
    return at(method, fact, MAX_DEPTH);
  }

  private <T> T at(MethodDecl method, Fact<T> fact, int budget) {
    if (method == null || method.body() == null || budget <= 0) {
      return fact.unknown();
    }
    Object[] levels = cache.computeIfAbsent(fact, key -> new HashMap<>())
        .computeIfAbsent(method, key -> new Object[MAX_DEPTH + 1]);
    Object known = levels[budget];
    if (known == null) {
      T computed = fact.compute(method, callee -> at(callee, fact, budget - 1));
      known = computed == null ? NONE : computed;
      levels[budget] = known;
    }
    @SuppressWarnings("unchecked")
    T summary = known == NONE ? null : (T) known;
    return summary;
  }

  /**
   * One fact about a method. Implementations are stateless apart from the catalogue they read; the same instance
   * must be passed for every question, since it keys the cache.
   *
   * @param <T> the summary: a witness, a set of parameter indexes, a small record
   */
  public interface Fact<T> {
    /** The summary of a method nothing is known about: no body, or past the depth bound; may be {@code null}. */
    T unknown();

    /**
     * The summary of {@code method}, which has a body, from its own code and {@code callees}' summaries of the
     * methods its calls run.
     */
    T compute(MethodDecl method, Callees<T> callees);
  }

  /** The summaries of a method's callees, one level less deep than the method's own. */
  @FunctionalInterface
  public interface Callees<T> {
    /** The callee's summary; {@link Fact#unknown()} for {@code null} or past the bound. */
    T of(MethodDecl callee);
  }
}
