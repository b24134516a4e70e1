package dev.tracelint.pmd;

import dev.tracelint.analysis.Procedure;
import dev.tracelint.analysis.RetryWithoutBackoff;
import dev.tracelint.catalog.RetryCatalog;
import net.sourceforge.pmd.properties.PropertyDescriptor;
import net.sourceforge.pmd.properties.PropertyFactory;

/**
 * RetryWithoutBackoff for PMD: a retry whose failure path goes straight back to the next attempt. Hand-written retry
 * loops (bounded or not) and self-retrying methods with no wait call on the way back, and retry-library settings that
 * turn the wait off. In-house wait helpers are added with the {@code backoffMethods} property. The decision is
 * {@link RetryWithoutBackoff}'s, as for the Error Prone check of the same name; see
 * {@code docs/rules/RetryWithoutBackoff.md}.
 */
public final class RetryWithoutBackoffRule extends ProcedureRule {

  static final PropertyDescriptor<String> BACKOFF_METHODS = PropertyFactory.stringProperty("backoffMethods")
      .desc("In-house wait or backoff helpers, or self-paced client calls, that count as waiting between attempts,"
          + " comma-separated OWNER#method"
          + " entries (e.g. com.example.agent.Pacer#hold); they extend the built-in list")
      .defaultValue("")
      .build();

  public RetryWithoutBackoffRule() {
    definePropertyDescriptor(BACKOFF_METHODS);
  }

  @Override
  Procedure procedureWithOptions() {
    return new RetryWithoutBackoff(configuredCatalog());
  }

  private RetryCatalog configuredCatalog() {
    return RetryCatalog.withBackoffMethods(
        RetryWithoutBackoff.RULE + ":" + BACKOFF_METHODS.name(), getProperty(BACKOFF_METHODS));
  }
}
