package dev.tracelint.pmd;

import net.sourceforge.pmd.test.SimpleAggregatorTst;

/** Runs the UnboundedRetry cases in {@code xml/UnboundedRetry.xml} against the shipped ruleset entry. */
class UnboundedRetryTest extends SimpleAggregatorTst {
  @Override
  protected void setUp() {
    addRule("rulesets/tracelint.xml", "UnboundedRetry");
  }
}
