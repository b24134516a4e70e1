package dev.tracelint.pmd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tracelint.catalog.RetryCatalog;
import net.sourceforge.pmd.test.SimpleAggregatorTst;
import org.junit.jupiter.api.Test;

/**
 * Runs what only the PMD face of UnboundedRetry decides ({@code xml/UnboundedRetry.xml}: report position, suppression),
 * and checks the library constants PMD falls back on without an auxclasspath. What the rule flags and what it leaves
 * alone, with and without an auxclasspath, is pinned once in {@code conformance/src/test/resources/corpus/}.
 */
class UnboundedRetryTest extends SimpleAggregatorTst {

  @Override
  protected void setUp() {
    addRule("rulesets/tracelint.xml", "UnboundedRetry");
  }

  @Test
  void catalogueKnowsTheLibraryConstantsByTheirRealValues() throws ReflectiveOperationException {
    // the no-auxclasspath fallback relies on these values; spring-core is on this test classpath, so compare
    for (RetryCatalog.LibraryConstant constant : RetryCatalog.LIBRARY_CONSTANTS) {
      Class<?> owner = Class.forName(constant.field().ownerBinaryName());
      Object value = owner.getField(constant.field().method()).get(null);
      assertEquals(constant.value(), ((Number) value).longValue(), constant.field().toString());
    }
  }
}
