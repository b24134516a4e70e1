package dev.tracelint.pmd;

import dev.tracelint.analysis.FullSecretLogged;
import dev.tracelint.analysis.Procedure;
import dev.tracelint.catalog.SecretCatalog;
import net.sourceforge.pmd.properties.PropertyDescriptor;
import net.sourceforge.pmd.properties.PropertyFactory;

/**
 * FullSecretLogged for PMD: a logging or printing call whose message or arguments carry a secret's full value. The
 * decision is {@link FullSecretLogged}'s, as for the Error Prone check of the same name; see
 * {@code docs/rules/FullSecretLogged.md}.
 */
public class FullSecretLoggedRule extends ProcedureRule {

  static final PropertyDescriptor<String> SECRET_NAMES = PropertyFactory.stringProperty("secretNames")
      .desc("A Java regular expression searched in identifiers and keys that marks further secret names; extends "
          + "the defaults")
      .defaultValue("")
      .build();

  static final PropertyDescriptor<String> MASKING_METHODS = PropertyFactory.stringProperty("maskingMethods")
      .desc("Comma-separated OWNER#method entries of in-house methods that mask, hash or shorten a secret")
      .defaultValue("")
      .build();

  static final PropertyDescriptor<String> LOGGING_METHODS = PropertyFactory.stringProperty("loggingMethods")
      .desc("Comma-separated OWNER#method entries of in-house logging calls that write every argument to a log")
      .defaultValue("")
      .build();

  public FullSecretLoggedRule() {
    definePropertyDescriptor(SECRET_NAMES);
    definePropertyDescriptor(MASKING_METHODS);
    definePropertyDescriptor(LOGGING_METHODS);
  }

  @Override
  Procedure procedureWithOptions() {
    return new FullSecretLogged(catalogFromProperties());
  }

  private SecretCatalog catalogFromProperties() {
    return SecretCatalog.withUserEntries(
        "FullSecretLogged:secretNames", getProperty(SECRET_NAMES),
        "FullSecretLogged:maskingMethods", getProperty(MASKING_METHODS),
        "FullSecretLogged:loggingMethods", getProperty(LOGGING_METHODS));
  }
}
