package dev.tracelint.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.CompilationTestHelper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Both engine adapters build the same model from the same source: every node's kind, names, line and bindings, and,
 * since both engines have full types here, the same types, constants and resolved methods wherever PMD's own type
 * inference succeeds (where it does not, the PMD adapter must answer "unknown", never something else). Run over the case
 * corpus, the modern-syntax files and the sample app, so that every shape a rule is tested on is covered.
 */
class AdapterAgreementTest {

  @TestFactory
  Stream<DynamicTest> bothAdaptersBuildTheSameModel() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(ConformancePaths.corpusDir(), ConformancePaths.modernSyntaxDir(),
        ConformancePaths.samplesSourceDir())) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> walk = Files.walk(dir)) {
          walk.filter(file -> file.toString().endsWith(".java")).sorted().forEach(files::add);
        }
      }
    }
    assertTrue(files.size() > 40, "expected the corpus, modern-syntax and sample sources, found " + files.size());

    CompilationTestHelper javac = CompilationTestHelper.newInstance(JavacModelDump.class, getClass());
    for (Path file : files) {
      javac.addSourceLines(key(file), Files.readAllLines(file, StandardCharsets.UTF_8).toArray(String[]::new));
    }
    javac.expectNoDiagnostics().doTest();

    String ruleset = "<?xml version=\"1.0\"?>\n"
        + "<ruleset name=\"model\" xmlns=\"http://pmd.sourceforge.net/ruleset/2.0.0\">\n"
        + "  <description>model dump</description>\n"
        + "  <rule name=\"ModelDump\" language=\"java\" class=\"" + PmdModelDump.class.getName() + "\"\n"
        + "        message=\"model\"><priority>3</priority></rule>\n"
        + "</ruleset>\n";
    // javac compiles the corpus's and the sample's own types with them: PMD needs their classes to resolve them too.
    PmdRun pmd = PmdRun.analyse(files, CorpusClasses.auxclasspath(), ruleset);
    assertTrue(pmd.problems().isEmpty(), () -> String.join("\n", pmd.problems()));

    return files.stream().map(file -> DynamicTest.dynamicTest(ConformancePaths.display(file), () -> {
      String fromJavac = JavacModelDump.MODELS.entrySet().stream()
          .filter(entry -> entry.getKey().endsWith("/" + key(file)))
          .map(java.util.Map.Entry::getValue).findFirst().orElse(null);
      String fromPmd = PmdModelDump.MODELS.get(file.toAbsolutePath().toString());
      assertNotNull(fromJavac, "javac built no model for " + key(file));
      assertNotNull(fromPmd, "PMD built no model for " + file);
      if (!fromJavac.equals(fromPmd)) {
        keepForDiff(file, fromJavac, fromPmd);
      }
      assertEquals(withoutTypes(fromJavac), withoutTypes(fromPmd),
          "models differ; see target/model-dumps/{javac,pmd}/" + key(file));
      assertEquals(fromJavac, knownToPmdOnly(fromJavac, fromPmd),
          "type facts differ; see target/model-dumps/{javac,pmd}/" + key(file));
    }));
  }

  /** Drops every type fact: what follows " : " and the resolved-method fields of calls. */
  private static String withoutTypes(String model) {
    return model.lines()
        .map(line -> line.replaceAll(" in \\S+ static=\\S+ local=\\S+", "").replaceAll(" : .*$", "")
            .replaceAll(" overrides=\\S+", ""))
        .reduce("", (text, line) -> text + line + "\n");
  }

  /**
   * The PMD model with every type fact PMD could not infer ({@code null}, {@code UNKNOWN}, and whether a call it could
   * not resolve is declared in the unit) replaced by javac's: those
   * are gaps of PMD's inference, answered honestly as unknown; any other difference remains.
   */
  private static String knownToPmdOnly(String fromJavac, String fromPmd) {
    // Split on '\n' only: a literal's value printed in the model may hold a '\r' ("\r" in a replace call), which
    // String#lines would take for a line end and rejoin as '\n'.
    List<String> javacLines = List.of(fromJavac.split("\n", -1));
    List<String> pmdLines = List.of(fromPmd.split("\n", -1));
    StringBuilder merged = new StringBuilder();
    for (int i = 0; i < pmdLines.size(); i++) {
      String pmdLine = pmdLines.get(i);
      String javacLine = i < javacLines.size() ? javacLines.get(i) : "";
      String[] pmdTokens = pmdLine.split(" ", -1);
      String[] javacTokens = javacLine.split(" ", -1);
      // a call PMD could not resolve has no declaration either: whether it is the unit's own method is unknown too
      boolean unresolvedCall = pmdLine.contains(" in null static=UNKNOWN local=false");
      if (pmdTokens.length == javacTokens.length) {
        for (int t = 0; t < pmdTokens.length; t++) {
          if (pmdTokens[t].equals("null") || pmdTokens[t].equals("static=UNKNOWN")
              || (unresolvedCall && pmdTokens[t].equals("local=false"))) {
            pmdTokens[t] = javacTokens[t];
          }
        }
        pmdLine = String.join(" ", pmdTokens);
      }
      merged.append(i == 0 ? "" : "\n").append(pmdLine);
    }
    return merged.toString();
  }

  /** A name unique across the corpus directories, which reuse file names: the path in the project. */
  private static String key(Path file) {
    return ConformancePaths.display(file);
  }

  /** Writes both models under {@code target/model-dumps} so that {@code diff -r} shows where they part. */
  private static void keepForDiff(Path file, String fromJavac, String fromPmd) {
    Path dumps = ConformancePaths.moduleDir().resolve("target/model-dumps");
    try {
      for (String engine : List.of("javac", "pmd")) {
        Path out = dumps.resolve(engine).resolve(key(file));
        Files.createDirectories(out.getParent());
        Files.writeString(out, engine.equals("javac") ? fromJavac : fromPmd);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
