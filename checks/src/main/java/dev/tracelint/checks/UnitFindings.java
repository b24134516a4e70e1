package dev.tracelint.checks;

import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import dev.tracelint.analysis.Finding;
import dev.tracelint.analysis.Procedure;
import dev.tracelint.analysis.TextEdit;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * One check's findings in the compilation unit Error Prone is checking, decided once by the rule's procedure over the
 * unit's model and looked up by the javac tree each finding is reported at. Error Prone calls a check's matchers for
 * every tree of their kinds outside suppressed code, so suppression works as for any check.
 */
final class UnitFindings {
  private final Procedure procedure;
  private CompilationUnitTree unit;
  private Map<Tree, Finding> byTree = Map.of();

  /** @param procedure the rule's procedure, or {@code null} when its options are malformed (nothing is reported) */
  UnitFindings(Procedure procedure) {
    this.procedure = procedure;
  }

  /** The description of the finding reported at {@code tree}, or {@link Description#NO_MATCH}. */
  Description describe(BugChecker check, Tree tree, VisitorState state) {
    if (procedure == null) {
      return Description.NO_MATCH;
    }
    CompilationUnitTree current = state.getPath().getCompilationUnit();
    if (current != unit) {
      unit = current;
      byTree = decide(state);
    }
    Finding finding = byTree.get(tree);
    if (finding == null) {
      return Description.NO_MATCH;
    }
    Description.Builder description = check.buildDescription(tree).setMessage(finding.message());
    if (!finding.fix().isEmpty()) {
      SuggestedFix.Builder fix = SuggestedFix.builder().setShortDescription(finding.fixDescription());
      for (TextEdit edit : finding.fix()) {
        fix.replace(edit.start(), edit.end(), edit.replacement());
      }
      description.addFix(fix.build());
    }
    return description.build();
  }

  private Map<Tree, Finding> decide(VisitorState state) {
    IdentityHashMap<Tree, Finding> decided = new IdentityHashMap<>();
    try {
      for (Finding finding : procedure.findings(JavacAdapter.unitOf(state))) {
        decided.putIfAbsent((Tree) finding.anchor().source(), finding);
      }
    } catch (RuntimeException | StackOverflowError e) {
      if (Boolean.getBoolean(Procedure.RETHROW_PROPERTY)) {
        throw e;
      }
      // A check that throws kills javac: code the procedure cannot handle gets no finding instead.
      return Map.of();
    }
    return decided;
  }
}
