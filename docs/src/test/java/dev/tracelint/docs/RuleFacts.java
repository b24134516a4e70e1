package dev.tracelint.docs;

import java.util.List;
import java.util.Optional;

/**
 * What the code says about one rule, in each engine that ships it.
 *
 * @param name the rule's name: the Error Prone check's and the PMD rule's
 * @param errorProne the check's {@code @BugPattern}, if the rule has an Error Prone face
 * @param pmd the ruleset entry, if the rule has a PMD face
 * @param options the options, each in the spelling of each engine that takes it
 */
record RuleFacts(String name, Optional<BugPattern> errorProne, Optional<PmdRule> pmd, List<Option> options) {

  /** A check's {@code @BugPattern} and the {@code -XepOpt} keys its constructor reads. */
  record BugPattern(String summary, String severity, List<String> optionKeys) {}

  /** A {@code <rule>} of {@code rulesets/tracelint.xml} and the typed properties its class defines. */
  record PmdRule(String className, String message, int priority, List<PmdProperty> properties) {}

  /** A PMD property as {@code PropertyFactory} builds it: {@code default} is the Java expression's value or text. */
  record PmdProperty(String name, String description, String defaultValue) {}

  /**
   * One option: {@code errorProneKey} ({@code StartMethods}) and {@code pmdProperty} ({@code startMethods}) are empty
   * when that engine does not take it.
   */
  record Option(Optional<String> errorProneKey, Optional<PmdProperty> pmdProperty) {}
}
