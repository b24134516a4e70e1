package dev.tracelint.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule keeps at least as many cases of correct code it must leave alone as cases it must flag, counted in its
 * corpus directory: a method holding a marker for the rule is a flagged case; a method that is not {@code private}
 * and holds no marker at all is a silent case ({@code private} methods are mostly the cases' helpers). Types of the
 * corpus's own in-house SDKs ({@code sdk/}) are not cases.
 */
class CaseBalanceTest {

  @TestFactory
  Stream<DynamicTest> everyRuleHasAsManySilentCasesAsFlaggedOnes() throws IOException {
    List<Path> ruleDirs;
    try (Stream<Path> dirs = Files.list(ConformancePaths.corpusDir())) {
      ruleDirs = dirs.filter(Files::isDirectory).sorted().toList();
    }
    assertFalse(ruleDirs.isEmpty(), "no corpus under " + ConformancePaths.corpusDir());
    return ruleDirs.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
      Cases cases = countCases(dir, dir.getFileName().toString());
      assertTrue(cases.flagged > 0, dir.getFileName() + " has no flagged case");
      assertTrue(cases.silent >= cases.flagged, dir.getFileName() + ": " + cases.silent + " silent cases for "
          + cases.flagged + " flagged ones; add cases of correct code the rule must leave alone");
    }));
  }

  @Test
  void countsMarkedMethodsAsFlaggedAndUnmarkedVisibleOnesAsSilent(@TempDir Path ruleDir) throws IOException {
    Files.writeString(ruleDir.resolve("Cases.java"), String.join("\n",
        "class Cases {",
        "  void flagsOne() {",
        "    Runnable nested = new Runnable() { public void run() { call(); } };",
        "    call(); // tracelint-expect: SomeRule",
        "  }",
        "  void flagsAnotherRuleOnly() {",
        "    call(); // tracelint-expect: OtherRule",
        "  }",
        "  void acceptsOne() { call(); }",
        "  public void acceptsTwo() { call(); }",
        "  private void call() {}",
        "  abstract static class Base { abstract void notACase(); }",
        "}"));
    Files.createDirectory(ruleDir.resolve("sdk"));
    Files.writeString(ruleDir.resolve("sdk/Sdk.java"), "class Sdk { void notACaseEither() {} }");

    Cases cases = countCases(ruleDir, "SomeRule");

    assertEquals(1, cases.flagged);
    assertEquals(2, cases.silent);
  }

  /** Counts one rule's cases in its corpus directory. */
  static Cases countCases(Path ruleDir, String rule) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(ruleDir)) {
      files = walk.filter(file -> file.toString().endsWith(".java"))
          .filter(file -> !ruleDir.relativize(file).startsWith("sdk"))
          .sorted()
          .toList();
    }
    Cases cases = new Cases();
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(null, null, UTF_8)) {
      for (Path file : files) {
        ExpectedFindings expected = ExpectedFindings.read(file);
        Iterable<? extends JavaFileObject> sources = fileManager.getJavaFileObjects(file);
        JavacTask task = (JavacTask) compiler.getTask(null, fileManager, diagnostic -> {}, List.of("-proc:none"),
            null, sources);
        for (CompilationUnitTree unit : task.parse()) {
          new CaseCounter(Trees.instance(task).getSourcePositions(), unit, expected, rule, cases).scan(unit, null);
        }
      }
    }
    return cases;
  }

  static final class Cases {
    int flagged;
    int silent;
  }

  private static final class CaseCounter extends TreePathScanner<Void, Void> {
    private final SourcePositions positions;
    private final CompilationUnitTree unit;
    private final List<Finding> markers = new ArrayList<>();
    private final String rule;
    private final Cases cases;

    CaseCounter(SourcePositions positions, CompilationUnitTree unit, ExpectedFindings expected, String rule,
        Cases cases) {
      this.positions = positions;
      this.unit = unit;
      this.rule = rule;
      this.cases = cases;
      markers.addAll(expected.findings());
      markers.addAll(expected.withTypesOnly());
      markers.addAll(expected.withoutTypesOnly());
      markers.addAll(expected.inTestCodeOnly());
    }

    @Override
    public Void visitMethod(MethodTree method, Void unused) {
      if (method.getBody() != null) {
        long first = unit.getLineMap().getLineNumber(positions.getStartPosition(unit, method));
        long last = unit.getLineMap().getLineNumber(positions.getEndPosition(unit, method));
        List<Finding> inside = markers.stream().filter(m -> m.line() >= first && m.line() <= last).toList();
        if (inside.stream().anyMatch(marker -> marker.rule().equals(rule))) {
          cases.flagged++;
        } else if (inside.isEmpty() && !method.getModifiers().getFlags().contains(Modifier.PRIVATE)) {
          cases.silent++;
        }
      }
      return null;
    }
  }
}
