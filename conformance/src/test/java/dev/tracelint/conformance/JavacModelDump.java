package dev.tracelint.conformance;

import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.errorprone.BugPattern;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.CompilationUnitTree;
import dev.tracelint.analysis.model.ModelPrinter;
import dev.tracelint.checks.JavacAdapter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Records the printed model of every compilation unit javac checks; reports nothing. */
@BugPattern(summary = "Records the model of each compilation unit", severity = WARNING)
public final class JavacModelDump extends BugChecker implements CompilationUnitTreeMatcher {
  private static final long serialVersionUID = 1L;

  /** Printed models by the path javac knows the file by, with types. */
  static final Map<String, String> MODELS = new ConcurrentHashMap<>();

  @Override
  public Description matchCompilationUnit(CompilationUnitTree tree, VisitorState state) {
    MODELS.put(tree.getSourceFile().toUri().getPath(), ModelPrinter.print(JavacAdapter.unitOf(state), true));
    return Description.NO_MATCH;
  }
}
