package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of one retry rule in a unit, at most one per node: the first reason given for a node wins, so a call
 * that makes a library setting is not judged again as a builder default or a self-call.
 */
final class RetryFindings {
  private final String rule;
  private final IdentityHashMap<Node, Finding> byAnchor = new IdentityHashMap<>();

  RetryFindings(String rule) {
    this.rule = rule;
  }

  void add(Node anchor, String message) {
    byAnchor.putIfAbsent(anchor, new Finding(rule, anchor, message));
  }

  /** The findings in the order of the lines they are reported on. */
  List<Finding> inSourceOrder() {
    List<Finding> findings = new ArrayList<>(byAnchor.values());
    findings.sort(Comparator.comparingInt(Finding::line)
        .thenComparingInt(finding -> finding.anchor().span().start()));
    return findings;
  }
}
