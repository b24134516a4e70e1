package dev.tracelint.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's recipe for PMD's binary distribution, run verbatim with bash on the agent-app sample.
 *
 * <p>No PMD distribution zip can be downloaded where this runs (the registries reachable here serve no
 * {@code pmd-dist}), so {@code pmd} is the distribution's launcher as its {@code bin/pmd} script runs it:
 * {@code java -cp "$CLASSPATH:lib/*" net.sourceforge.pmd.cli.PmdCli}, with {@code lib/} replaced by the same
 * {@code pmd-cli} jars from Maven Central (this module's test classpath, without pmd-designer). The tracelint jars
 * come from the build-local repository that invoker:install filled, in place of {@code ~/.m2/repository}.
 */
class PmdDistributionIT {
  private static final Pattern RECIPE =
      Pattern.compile("<!-- snippet-run: PmdDistributionIT -->\\n```sh\\n(.*?)```", Pattern.DOTALL);

  @Test
  void readmeRecipeReportsTheSampleFindingsInValidSarif() throws Exception {
    Path project = SampleFiles.builtSample("agent-app");
    Matcher recipe = RECIPE.matcher(SampleFiles.read(SampleFiles.projectRoot().resolve("README.md")));
    assertTrue(recipe.find(), "README.md has no recipe marked <!-- snippet-run: PmdDistributionIT -->");
    String commands = recipe.group(1);
    assertTrue(commands.contains("$HOME/.m2/repository"), commands);
    commands = commands.replace("$HOME/.m2/repository", SampleFiles.itRepository().toString());

    String script = String.join("\n",
        "set -e",
        "pmd() { \"$JAVA_HOME/bin/java\" -cp \"$CLASSPATH:$PMD_LIB\" net.sourceforge.pmd.cli.PmdCli \"$@\"; }",
        "mvn() { \"$MAVEN_HOME/bin/mvn\" \"$@\"; }",
        commands);
    Path log = project.resolve("target/pmd-distribution.log");
    ProcessBuilder bash = new ProcessBuilder("bash", "-c", script).directory(project.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    bash.environment().put("PMD_LIB", String.join(File.pathSeparator, pmdLib()));
    bash.environment().put("MAVEN_HOME", System.getProperty("maven.home"));
    bash.environment().put("JAVA_HOME", System.getProperty("java.home"));
    bash.environment().remove("CLASSPATH");
    Process process = bash.start();
    assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the recipe did not finish");
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(4, process.exitValue(), "exit code 4 means: findings reported. Output:\n" + output);

    Path report = project.resolve("target/tracelint.sarif.json");
    Sarif.assertValid(report);
    Sarif.assertResultsLinkDocsAndAreWarnings(Sarif.read(report));
    // rulesets/tracelint.xml has the defaults: the in-house SDK is known only to the sample's own ruleset.
    Set<String> expected = new TreeSet<>(SampleFiles.markers(project, project.resolve("src/main/java")));
    expected.removeIf(finding -> finding.contains("/InHouseSdkViolation.java:"));
    assertEquals(expected, Sarif.findings(Sarif.read(report), project));
  }

  /** PMD's command line and its dependencies, as in the distribution's lib/: no tracelint jar among them. */
  private static List<String> pmdLib() throws IOException {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> lib = new ArrayList<>();
    Path root = SampleFiles.projectRoot();
    for (String entry : classpath.split(File.pathSeparator)) {
      Path path = Path.of(entry).toAbsolutePath().normalize();
      if (!entry.isBlank() && !path.startsWith(root) && !entry.contains("/dev/tracelint/")) {
        lib.add(path.toString());
      }
    }
    assertTrue(lib.stream().anyMatch(entry -> entry.contains("pmd-cli")), "pmd-cli is on the test classpath");
    return lib;
  }
}
