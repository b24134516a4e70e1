package org.springframework.retry.corpus;

import org.springframework.retry.backoff.BackOffPolicy;
import org.springframework.retry.backoff.NoBackOffPolicy;

/**
 * The retry library's own code (docs/rules/RetryWithoutBackoff.md, "What is not flagged"): a package of the library that
 * declares the setting defines its defaults and options, as Spring Retry's template defaults to
 * {@code new NoBackOffPolicy()}; it configures no retry. The same setting in any other package is flagged
 * (LibrarySettings.java).
 */
public class OwnDefaults {
  private BackOffPolicy backOffPolicy = new NoBackOffPolicy();

  public OwnDefaults noBackoff() {
    this.backOffPolicy = new NoBackOffPolicy();
    return this;
  }

  public BackOffPolicy backOffPolicy() {
    return backOffPolicy;
  }
}
