package dev.tracelint.pmd;

import dev.tracelint.analysis.Procedure;
import dev.tracelint.analysis.TestCodePolicy;
import dev.tracelint.catalog.TestCodeCatalog;
import net.sourceforge.pmd.lang.rule.Rule;
import net.sourceforge.pmd.properties.PropertyDescriptor;
import net.sourceforge.pmd.properties.PropertyFactory;

/**
 * The {@code includeTestCode} property every rule takes. maven-pmd-plugin skips test sources by default, but the
 * command line, the language server and a build that sets {@code includeTests} do not; the policy
 * ({@link TestCodePolicy}) keeps the rules silent on test code unless the property is {@code true}.
 *
 * <p>Read as text by the catalogue's parser, as the Error Prone flag is: a value other than {@code true} or
 * {@code false} makes the rule dysfunctional with a message naming it, where PMD's own boolean parsing would read it
 * as {@code false} without a word.
 */
final class TestCodeProperty {
  private TestCodeProperty() {}

  static final PropertyDescriptor<String> INCLUDE_TEST_CODE =
      PropertyFactory.stringProperty(TestCodeCatalog.INCLUDE_TEST_CODE_PROPERTY)
          .desc("true to check test code too (sources under src/test/java and the other test source roots, and "
              + "classes with JUnit or TestNG test or lifecycle methods); false, the default, skips it")
          .defaultValue("false")
          .build();

  /**
   * {@code procedure} under the test-code policy {@code rule}'s property configures.
   *
   * @throws dev.tracelint.catalog.CatalogConfigurationException when the value is not {@code true} or {@code false}
   */
  static Procedure applied(Rule rule, Procedure procedure) {
    return TestCodePolicy.apply(procedure, TestCodeCatalog.parseIncludeTestCode(
        rule.getName() + ":" + TestCodeCatalog.INCLUDE_TEST_CODE_PROPERTY, rule.getProperty(INCLUDE_TEST_CODE)));
  }
}
