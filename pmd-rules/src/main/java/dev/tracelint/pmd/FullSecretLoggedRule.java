package dev.tracelint.pmd;

import dev.tracelint.analysis.FullSecretLogged;
import dev.tracelint.analysis.Procedure;
import dev.tracelint.catalog.CatalogConfigurationException;
import dev.tracelint.catalog.SecretCatalog;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.rule.AbstractJavaRulechainRule;
import net.sourceforge.pmd.properties.PropertyDescriptor;
import net.sourceforge.pmd.properties.PropertyFactory;
import net.sourceforge.pmd.reporting.RuleContext;

/**
 * FullSecretLogged for PMD: a logging or printing call whose message or arguments carry a secret's full value. The
 * decision is {@link FullSecretLogged}'s, as for the Error Prone check of the same name; see
 * {@code docs/rules/FullSecretLogged.md}.
 */
public class FullSecretLoggedRule extends AbstractJavaRulechainRule {

  static final PropertyDescriptor<String> SECRET_NAMES = PropertyFactory.stringProperty("secretNames")
      .desc("A Java regular expression searched in identifiers and keys that marks further secret names; extends "
          + "the defaults")
      .defaultValue("")
      .build();

  static final PropertyDescriptor<String> MASKING_METHODS = PropertyFactory.stringProperty("maskingMethods")
      .desc("Comma-separated OWNER#method entries of in-house methods that mask, hash or shorten a secret")
      .defaultValue("")
      .build();

  private Procedure procedure;

  public FullSecretLoggedRule() {
    super(ASTCompilationUnit.class);
    definePropertyDescriptor(SECRET_NAMES);
    definePropertyDescriptor(MASKING_METHODS);
    definePropertyDescriptor(TestCodeProperty.INCLUDE_TEST_CODE);
  }

  @Override
  public void start(RuleContext ctx) {
    // PMD calls start before every file; the options cannot change during an analysis, so the procedure and the
    // catalogue it parses are built once per rule instance.
    if (procedure == null) {
      procedure = configuredProcedure();
    }
  }

  /** A malformed option makes the rule dysfunctional with the catalogue's message, which names the entry. */
  @Override
  public String dysfunctionReason() {
    try {
      configuredProcedure();
    } catch (CatalogConfigurationException e) {
      return e.getMessage();
    }
    return super.dysfunctionReason();
  }

  private Procedure configuredProcedure() {
    return TestCodeProperty.applied(this, new FullSecretLogged(catalogFromProperties()));
  }

  private SecretCatalog catalogFromProperties() {
    return SecretCatalog.withUserEntries(
        "FullSecretLogged:secretNames", getProperty(SECRET_NAMES),
        "FullSecretLogged:maskingMethods", getProperty(MASKING_METHODS));
  }

  @Override
  public Object visit(ASTCompilationUnit unit, Object data) {
    ReportPositions.reportAll((RuleContext) data, this, procedure, unit);
    return null;
  }
}
