package dev.tracelint.analysis;

import dev.tracelint.analysis.model.SourceUnit;
import dev.tracelint.catalog.TestCodeCatalog;
import java.util.List;

/**
 * The one test-code policy of every rule: a rule reports nothing in test code ({@link TestCode}) unless its
 * {@value TestCodeCatalog#INCLUDE_TEST_CODE_OPTION} option is on. Every front end runs a rule's procedure through
 * {@link #apply}, so the verdict is decided here once, the same in every engine.
 */
public final class TestCodePolicy implements Procedure {
  private final Procedure rule;

  private TestCodePolicy(Procedure rule) {
    this.rule = rule;
  }

  /**
   * {@code rule} as the user configured it: skipping test code by default, or exactly {@code rule} when
   * {@code includeTestCode} is set.
   */
  public static Procedure apply(Procedure rule, boolean includeTestCode) {
    return includeTestCode ? rule : new TestCodePolicy(rule);
  }

  @Override
  public String rule() {
    return rule.rule();
  }

  @Override
  public List<Finding> findings(SourceUnit unit) {
    return TestCode.isTestCode(unit) ? List.of() : rule.findings(unit);
  }
}
