package dev.tracelint.pmd;

import net.sourceforge.pmd.test.SimpleAggregatorTst;

/** Runs the UnclosedTrace cases in {@code xml/UnclosedTrace.xml} against the rule as the shipped ruleset declares it. */
class UnclosedTraceTest extends SimpleAggregatorTst {
  @Override
  protected void setUp() {
    addRule("rulesets/tracelint.xml", "UnclosedTrace");
  }
}
