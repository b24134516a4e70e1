package dev.tracelint.checks;

import com.google.errorprone.ErrorProneFlags;
import dev.tracelint.analysis.Procedure;
import dev.tracelint.analysis.TestCodePolicy;
import dev.tracelint.catalog.TestCodeCatalog;

/**
 * The {@code -XepOpt:<Rule>:IncludeTestCode} flag every check takes. Error Prone also runs during
 * {@code testCompile}; the policy ({@link TestCodePolicy}) keeps the checks silent on test code unless the flag is
 * {@code true}.
 */
final class TestCodeFlag {
  private TestCodeFlag() {}

  /**
   * {@code procedure} under the test-code policy the flags configure.
   *
   * @throws dev.tracelint.catalog.CatalogConfigurationException when the value is not {@code true} or {@code false}
   */
  static Procedure applied(ErrorProneFlags flags, Procedure procedure) {
    String flag = procedure.rule() + ":" + TestCodeCatalog.INCLUDE_TEST_CODE_OPTION;
    return TestCodePolicy.apply(procedure,
        TestCodeCatalog.parseIncludeTestCode(flag, flags.get(flag).orElse(null)));
  }
}
