package dev.tracelint.conformance;

import com.google.errorprone.bugpatterns.BugChecker;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import net.sourceforge.pmd.lang.rule.Rule;
import net.sourceforge.pmd.lang.rule.RuleSetLoader;

/**
 * Which rules this build ships in each engine, discovered the way the engines discover them (Error Prone: the
 * {@code BugChecker} services of the checks; PMD: the ruleset {@code rulesets/tracelint.xml}), so that a newly merged
 * rule is tested without editing the harness.
 */
record EngineFaces(Set<String> errorProneChecks, Set<String> pmdRules) {

  static final String RULESET = "rulesets/tracelint.xml";

  static EngineFaces discover() {
    return new EngineFaces(discoverErrorProneChecks(), discoverPmdRules());
  }

  /** Rules with both faces: these must agree. */
  Set<String> inBothEngines() {
    Set<String> both = new TreeSet<>(errorProneChecks);
    both.retainAll(pmdRules);
    return Set.copyOf(both);
  }

  Set<String> inAnyEngine() {
    Set<String> any = new TreeSet<>(errorProneChecks);
    any.addAll(pmdRules);
    return Set.copyOf(any);
  }

  private static Set<String> discoverErrorProneChecks() {
    Set<String> names = new TreeSet<>();
    ServiceLoader.load(BugChecker.class, EngineFaces.class.getClassLoader()).stream()
        .filter(provider -> provider.type().getName().startsWith("dev.tracelint."))
        .forEach(provider -> names.add(provider.get().canonicalName()));
    return Set.copyOf(names);
  }

  private static Set<String> discoverPmdRules() {
    Set<String> names = new TreeSet<>();
    for (Rule rule : new RuleSetLoader().loadResourcesWith(EngineFaces.class.getClassLoader())
        .loadFromResource(RULESET).getRules()) {
      names.add(rule.getName());
    }
    return Set.copyOf(names);
  }
}
