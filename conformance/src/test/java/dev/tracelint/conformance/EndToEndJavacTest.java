package dev.tracelint.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.errorprone.BugPattern;
import com.google.errorprone.bugpatterns.BugChecker;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * javac with {@code -Xplugin:ErrorProne} and the built checks on the annotation-processor path, configured exactly as a
 * user's build configures it: every check loads by its name, options arrive through {@code -XepOpt}, a malformed
 * option fails the build with a message naming the entry, and the artifact registers every check.
 */
class EndToEndJavacTest {

  private static final String SERVICES = "META-INF/services/" + BugChecker.class.getName();

  /** An in-house tracing SDK that no catalogue knows: only the StartMethods option can teach it to the check. */
  private static final String IN_HOUSE_TRACER = """
      package com.example.agent;

      public final class AgentTracer {
        public AgentTrace startTrace(String name) {
          return new AgentTrace();
        }
      }
      """;

  private static final String IN_HOUSE_TRACE = """
      package com.example.agent;

      public final class AgentTrace {
        public void end() {}
      }
      """;

  /** Ends the trace on the normal path only: an exception from {@code callModel} leaves it open. */
  private static final String IN_HOUSE_USER = """
      package com.example.app;

      import com.example.agent.AgentTrace;
      import com.example.agent.AgentTracer;

      class Planner {
        String plan(AgentTracer tracer, String prompt) throws Exception {
          AgentTrace trace = tracer.startTrace("plan");
          String answer = callModel(prompt);
          trace.end();
          return answer;
        }

        private String callModel(String prompt) throws Exception {
          if (prompt.isEmpty()) {
            throw new Exception("empty prompt");
          }
          return prompt;
        }
      }
      """;

  private static final String IN_HOUSE_OPTION = "com.example.agent.AgentTracer#startTrace:end";

  @TestFactory
  Stream<DynamicTest> everyCheckLoadsByItsNameAndAnErrorFindingFailsTheBuild() {
    Set<String> checks = EngineFaces.discover().errorProneChecks();
    assertFalse(checks.isEmpty(), "this build ships no Error Prone check");
    return checks.stream().map(check -> DynamicTest.dynamicTest(check, () -> {
      Path sample = firstCorpusFileMarking(check);
      Set<Finding> marked = ExpectedFindings.read(sample).findings().stream()
          .filter(finding -> finding.rule().equals(check)).collect(Collectors.toCollection(TreeSet::new));

      ErrorProneRun run = ErrorProneRun.compileWithPluginArgument(List.of(sample), Set.of(check),
          "-Xplugin:ErrorProne -XepDisableAllChecks -Xep:" + check + ":ERROR "
              + String.join(" ", UserOptions.errorProneFlags()),
          ConformancePaths.processorPath(true));

      assertFalse(run.succeeded(), () -> "-Xep:" + check + ":ERROR did not fail the build on "
          + ConformancePaths.display(sample) + ":\n" + run.describeAll());
      assertEquals(marked, run.findings(), () -> run.describeAll());
      assertTrue(run.diagnostics().stream()
              .filter(diagnostic -> check.equals(ErrorProneRun.checkName(diagnostic)))
              .allMatch(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR),
          () -> run.describeAll());
    }));
  }

  @Test
  void anUnknownCheckNameIsRejected(@TempDir Path dir) throws IOException {
    String failure = failureOf(inHouseSources(dir),
        "-Xplugin:ErrorProne -XepDisableAllChecks -Xep:NoSuchTracelintCheck:ERROR", true);

    assertTrue(failure.contains("NoSuchTracelintCheck"), failure);
  }

  /**
   * In-process, javac's processor class loader delegates to the test classpath, which holds the checks anyway; a
   * forked javac, as in a user's build, sees only the paths it is given. It finds the check by name when the checks are
   * on the processor path, and refuses the name when they are not (the trap of putting them on the classpath).
   */
  @Test
  void aForkedJavacLoadsChecksFromTheProcessorPathOnly(@TempDir Path dir) throws Exception {
    String check = anyCheck();
    List<Path> sources = inHouseSources(dir);
    String plugin = "-Xplugin:ErrorProne -XepDisableAllChecks -Xep:" + check + ":ERROR";

    ForkedJavac.Started startedWith = ForkedJavac.start(sources, plugin, ConformancePaths.processorPath(true), dir);
    ForkedJavac.Started startedWithout =
        ForkedJavac.start(sources, plugin, ConformancePaths.processorPath(false), dir);
    ForkedJavac.Result withChecks = startedWith.await();
    ForkedJavac.Result withoutChecks = startedWithout.await();

    assertEquals(0, withChecks.exitCode(), withChecks::output);
    assertFalse(withChecks.output().contains("not a valid checker name"), withChecks::output);
    assertTrue(withoutChecks.exitCode() != 0 && withoutChecks.output().contains(check), withoutChecks::output);
  }

  @Test
  void startMethodsOptionTeachesTheCheckAnInHouseSdk(@TempDir Path dir) throws IOException {
    requireCheck("UnclosedTrace");
    List<Path> sources = inHouseSources(dir);
    Path user = sources.get(0);

    ErrorProneRun configured = ErrorProneRun.compileWithPluginArgument(sources, Set.of("UnclosedTrace"),
        "-Xplugin:ErrorProne -XepDisableAllChecks -Xep:UnclosedTrace:WARN"
            + " -XepOpt:UnclosedTrace:StartMethods=" + IN_HOUSE_OPTION,
        ConformancePaths.processorPath(true));
    ErrorProneRun unconfigured = ErrorProneRun.compileWithPluginArgument(sources, Set.of("UnclosedTrace"),
        "-Xplugin:ErrorProne -XepDisableAllChecks -Xep:UnclosedTrace:WARN", ConformancePaths.processorPath(true));

    assertEquals(Set.of(new Finding(user, lineOf(IN_HOUSE_USER, "tracer.startTrace("), "UnclosedTrace")),
        configured.findings(), configured::describeAll);
    assertTrue(configured.succeeded(), configured::describeAll);
    assertEquals(Set.of(), unconfigured.findings(), unconfigured::describeAll);
  }

  /** Malformed entries, one per list option the issues define; each check must refuse them by name. */
  @ParameterizedTest(name = "{0}:{1}={2}")
  @CsvSource(delimiter = ';', value = {
      "UnclosedTrace; StartMethods; com.example.agent.AgentTracer.startTrace:end",
      "UnclosedTrace; StartMethods; com.example.agent.AgentTracer#startTrace",
      "FullSecretLogged; MaskingMethods; com.example.Masks.mask",
      "FullSecretLogged; SecretNames; (unclosed",
      "BlockingIngestOnRequestPath; BlockingCalls; com.example.agent.AgentTracer#",
      "BlockingIngestOnRequestPath; HandlerAnnotations; com..example.Handler",
      "ExitBeforeTraceFlush; Pipelines; com.example.agent.AgentTelemetry#create",
      "ExitBeforeTraceFlush; Pipelines; com.example.agent.AgentTelemetry#create:close||flush",
      "RetryWithoutBackoff; BackoffMethods; hold",
      "FullSecretLogged; MaskingMethods; com.example.Masks#mask,",
      "FullSecretLogged; SecretNames; (?i)licence|",
  })
  void aMalformedOptionEntryFailsTheBuildNamingTheEntry(String check, String key, String entry, @TempDir Path dir)
      throws IOException {
    requireCheck(check);
    List<Path> sources = inHouseSources(dir);

    String failure = failureOf(sources, "-Xplugin:ErrorProne -XepDisableAllChecks -Xep:" + check + ":WARN"
        + " -XepOpt:" + check + ":" + key + "=" + entry, true);

    assertTrue(failure.contains(entry), () -> "the failure does not name the entry '" + entry + "':\n" + failure);
  }

  /**
   * javac splits the {@code -Xplugin:ErrorProne ...} argument at blanks, so {@code a, b} reaches the check as
   * {@code a,} and {@code b} as a stray word that Error Prone ignores: the cut value is refused, naming it, instead of
   * silently dropping {@code b}.
   */
  @Test
  void aBlankAfterACommaFailsTheBuildInsteadOfDroppingTheRest(@TempDir Path dir) throws IOException {
    requireCheck("UnclosedTrace");
    List<Path> sources = inHouseSources(dir);

    String failure = failureOf(sources, "-Xplugin:ErrorProne -XepDisableAllChecks -Xep:UnclosedTrace:WARN"
        + " -XepOpt:UnclosedTrace:StartMethods=com.example.agent.AgentTracer#startTrace:end,"
        + " com.example.agent.AgentTrace#startStep:end", true);

    assertTrue(failure.contains("'com.example.agent.AgentTracer#startTrace:end,'"), failure);
    assertTrue(failure.contains("without blanks"), failure);
  }

  @Test
  void theArtifactRegistersEveryCheckAsABugCheckerService() throws Exception {
    Path checks = ConformancePaths.checksEntry()
        .orElseThrow(() -> new org.opentest4j.TestAbortedException("this build ships no Error Prone check yet"));

    Set<String> registered = new TreeSet<>(servicesOf(checks));
    Set<String> declared = new TreeSet<>();
    for (String className : classNamesIn(checks)) {
      Class<?> type = Class.forName(className, false, getClass().getClassLoader());
      if (BugChecker.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())
          && type.isAnnotationPresent(BugPattern.class)) {
        declared.add(className);
      }
    }

    assertFalse(declared.isEmpty(), "no BugChecker class found in " + checks);
    assertEquals(declared, registered, () -> SERVICES + " in " + checks + " does not list exactly the checks");
  }

  /**
   * Runs a compilation expected to be refused and returns everything it said: the error diagnostics, or the message
   * chain of the exception javac's API throws when a plugin refuses its arguments.
   */
  private static String failureOf(List<Path> sources, String pluginArgument, boolean withChecks) {
    ErrorProneRun run;
    try {
      run = ErrorProneRun.compileWithPluginArgument(
          sources, Set.of(), pluginArgument, ConformancePaths.processorPath(withChecks));
    } catch (RuntimeException | AssertionError thrown) {
      // Error Prone refuses bad flags by throwing out of the compiler; javac prints that chain to the user.
      StringBuilder chain = new StringBuilder();
      for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
        chain.append(cause).append('\n');
      }
      return chain.toString();
    }
    ErrorProneRun refused = run;
    assertFalse(refused.succeeded(), () -> "the build was not refused:\n" + refused.describeAll());
    assertTrue(refused.crashes().isEmpty(), () -> "a check crashed instead of reporting a configuration error:\n"
        + String.join("\n", refused.crashes()));
    return String.join("\n", refused.errors());
  }

  private static List<Path> inHouseSources(Path dir) throws IOException {
    return List.of(
        write(dir, "com/example/app/Planner.java", IN_HOUSE_USER),
        write(dir, "com/example/agent/AgentTracer.java", IN_HOUSE_TRACER),
        write(dir, "com/example/agent/AgentTrace.java", IN_HOUSE_TRACE));
  }

  private static Path write(Path dir, String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, UTF_8);
  }

  private static int lineOf(String text, String fragment) {
    String[] lines = text.split("\n", -1);
    for (int index = 0; index < lines.length; index++) {
      if (lines[index].contains(fragment)) {
        return index + 1;
      }
    }
    throw new IllegalArgumentException(fragment);
  }

  /** A check these tests need that the build does not ship fails them: a test that skips itself proves nothing. */
  private static void requireCheck(String check) {
    assertTrue(EngineFaces.discover().errorProneChecks().contains(check),
        check + " has no Error Prone check in this build");
  }

  private static String anyCheck() {
    Set<String> checks = EngineFaces.discover().errorProneChecks();
    assertFalse(checks.isEmpty(), "this build ships no Error Prone check");
    return checks.iterator().next();
  }

  private static Path firstCorpusFileMarking(String check) {
    Path dir = ConformancePaths.corpusDir().resolve(check);
    if (Files.isDirectory(dir)) {
      for (Path file : EngineAgreementTest.javaFiles(dir)) {
        if (ExpectedFindings.read(file).rulesNamed().contains(check)) {
          return file;
        }
      }
    }
    fail(check + " has no corpus file with a marked finding under " + ConformancePaths.display(dir));
    throw new AssertionError("unreachable");
  }

  private static List<String> servicesOf(Path checks) throws IOException {
    String text;
    if (Files.isDirectory(checks)) {
      Path services = checks.resolve(SERVICES);
      assertTrue(Files.isRegularFile(services), "missing " + services);
      text = Files.readString(services, UTF_8);
    } else {
      try (ZipFile jar = new ZipFile(checks.toFile())) {
        ZipEntry services = jar.getEntry(SERVICES);
        assertTrue(services != null, "missing " + SERVICES + " in " + checks);
        try (InputStream in = jar.getInputStream(services)) {
          text = new String(in.readAllBytes(), UTF_8);
        }
      }
    }
    List<String> names = new ArrayList<>();
    for (String line : text.split("\n")) {
      String name = line.replaceAll("#.*", "").trim();
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }

  private static List<String> classNamesIn(Path checks) throws IOException {
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(checks)) {
      try (Stream<Path> files = Files.walk(checks)) {
        files.map(file -> checks.relativize(file).toString().replace('\\', '/')).forEach(names::add);
      }
    } else {
      try (ZipFile jar = new ZipFile(checks.toFile())) {
        jar.stream().map(ZipEntry::getName).forEach(names::add);
      }
    }
    return names.stream()
        .filter(name -> name.startsWith("dev/tracelint/") && name.endsWith(".class") && !name.contains("$"))
        .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
        .toList();
  }
}
