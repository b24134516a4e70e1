package corpus.unclosedtrace;

import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.context.Scope;

/**
 * Baggage made current is a scope like a span's or a context's: {@code Baggage#makeCurrent} (declared in
 * {@code ImplicitContextKeyed}) returns a {@code Scope} that must be closed, or the entries stay current on a pooled
 * thread after the method returns. Flagged: a scope dropped by its statement, or kept and closed on the normal path
 * only. Not flagged: try-with-resources, a close in a finally, a scope handed back to the caller, and baggage only
 * read or built without being made current.
 */
public class BaggageScopes {

  public void flagsBaggageMadeCurrentByAStatementOfItsOwn(String tenant, Runnable work) {
    Baggage.current().toBuilder().put("tenant", tenant).build().makeCurrent(); // tracelint-expect: UnclosedTrace
    work.run();
  }

  public void flagsABaggageScopeClosedOnTheNormalPathOnly(Baggage baggage, Runnable work) {
    Scope scope = baggage.makeCurrent(); // tracelint-expect: UnclosedTrace -- scope 'scope'
    work.run();
    scope.close();
  }

  public void acceptsBaggageScopeInTryWithResources(String tenant, Runnable work) {
    try (Scope scope = Baggage.current().toBuilder().put("tenant", tenant).build().makeCurrent()) {
      work.run();
    }
  }

  public void acceptsBaggageScopeClosedInFinally(Baggage baggage, Runnable work) {
    Scope scope = baggage.makeCurrent();
    try {
      work.run();
    } finally {
      scope.close();
    }
  }

  public Scope acceptsABaggageScopeReturnedToTheCaller(String tenant) {
    return Baggage.builder().put("tenant", tenant).build().makeCurrent();
  }

  public String acceptsBaggageReadWithoutMakingItCurrent(String key) {
    Baggage built = Baggage.current().toBuilder().put(key, "x").build();
    return built.getEntryValue(key);
  }
}
