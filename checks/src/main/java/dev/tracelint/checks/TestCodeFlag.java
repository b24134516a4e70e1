package dev.tracelint.checks;

import com.google.errorprone.ErrorProneFlags;
import dev.tracelint.analysis.Procedure;
import dev.tracelint.analysis.TestCodePolicy;
import dev.tracelint.catalog.OptionEntries;
import dev.tracelint.catalog.TestCodeCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
   * @param optionKeys the rule's other option keys: a {@code -XepOpt:<Rule>:<Key>} of none of them, nor
   *     {@code IncludeTestCode}, is refused ({@link OptionEntries#refuseUnknownKeys})
   * @throws dev.tracelint.catalog.CatalogConfigurationException when the value is not {@code true} or {@code false},
   *     or a key is unknown
   */
  static Procedure applied(ErrorProneFlags flags, Procedure procedure, List<String> optionKeys) {
    String prefix = procedure.rule() + ":";
    Map<String, String> given = new TreeMap<>();
    flags.getFlagsMap().forEach((name, value) -> {
      if (name.startsWith(prefix)) {
        given.put(name.substring(prefix.length()), value);
      }
    });
    List<String> keys = new ArrayList<>(optionKeys);
    keys.add(TestCodeCatalog.INCLUDE_TEST_CODE_OPTION);
    OptionEntries.refuseUnknownKeys(procedure.rule(), given, keys);
    String flag = prefix + TestCodeCatalog.INCLUDE_TEST_CODE_OPTION;
    return TestCodePolicy.apply(procedure,
        TestCodeCatalog.parseIncludeTestCode(flag, flags.get(flag).orElse(null)));
  }
}
