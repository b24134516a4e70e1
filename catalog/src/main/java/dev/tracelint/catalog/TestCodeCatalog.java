package dev.tracelint.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What test code looks like, for the one policy every rule follows: test code is skipped unless the rule's
 * {@value #INCLUDE_TEST_CODE_OPTION} option says {@code true}. Spans left open when an assertion fails, leaks written
 * on purpose in leak-handling tests and stub controllers serve no user; and a user's build lints tests with Error Prone
 * during {@code testCompile} while {@code maven-pmd-plugin} skips them, so the engines agree only when both skip them.
 *
 * <p>Test code is a compilation unit in a test source root, or one that declares a class carrying a JUnit 4, JUnit 5 or
 * TestNG test or lifecycle annotation on a method (or TestNG's {@code @Test} on the class). JMH's {@code @Benchmark},
 * {@code @Setup} and {@code @TearDown} do not make a benchmark test code.
 */
public final class TestCodeCatalog {
  private TestCodeCatalog() {}

  /** The option key, Error Prone spelling ({@code -XepOpt:<Rule>:IncludeTestCode=true}). */
  public static final String INCLUDE_TEST_CODE_OPTION = "IncludeTestCode";

  /** The PMD property and language-server option of the same name ({@code includeTestCode}). */
  public static final String INCLUDE_TEST_CODE_PROPERTY = "includeTestCode";

  /**
   * Annotations that mark a method as a test or a test's fixture, by canonical name. Matched by type, never by simple
   * name alone: AspectJ's {@code @Before} and {@code @After} advice lives in main code and traces a great deal.
   */
  private static final Set<String> TEST_METHOD_ANNOTATIONS = Set.of(
      // JUnit 4
      "org.junit.Test", "org.junit.Before", "org.junit.After", "org.junit.BeforeClass", "org.junit.AfterClass",
      // JUnit 5
      "org.junit.jupiter.api.Test", "org.junit.jupiter.api.RepeatedTest", "org.junit.jupiter.api.TestFactory",
      "org.junit.jupiter.api.TestTemplate", "org.junit.jupiter.api.BeforeEach", "org.junit.jupiter.api.AfterEach",
      "org.junit.jupiter.api.BeforeAll", "org.junit.jupiter.api.AfterAll",
      "org.junit.jupiter.params.ParameterizedTest",
      // TestNG
      "org.testng.annotations.Test", "org.testng.annotations.BeforeMethod", "org.testng.annotations.AfterMethod",
      "org.testng.annotations.BeforeClass", "org.testng.annotations.AfterClass",
      "org.testng.annotations.BeforeTest", "org.testng.annotations.AfterTest",
      "org.testng.annotations.BeforeSuite", "org.testng.annotations.AfterSuite",
      "org.testng.annotations.BeforeGroups", "org.testng.annotations.AfterGroups",
      "org.testng.annotations.DataProvider", "org.testng.annotations.Factory");

  /** Annotations that make every public method of the class they are written on a test (TestNG's class-level one). */
  private static final Set<String> TEST_CLASS_ANNOTATIONS = Set.of("org.testng.annotations.Test");

  /**
   * Source sets that hold tests, as the directory under {@code src/}: Maven's {@code test} and {@code it}, Gradle's
   * {@code testFixtures}, and by convention any source set whose name starts with {@code test} or ends with
   * {@code Test} or {@code Tests} ({@code integrationTest}, {@code functionalTest}, {@code contractTest}...).
   */
  private static final Set<String> TEST_SOURCE_SETS = Set.of("test", "it", "testFixtures");

  /** Bazel's and Google's layout: tests live under a {@code javatests} directory. */
  private static final String BAZEL_TEST_ROOT = "javatests";

  /** The canonical names of the annotations that make a method test code. */
  public static Set<String> testMethodAnnotations() {
    return TEST_METHOD_ANNOTATIONS;
  }

  /** The canonical names of the annotations that make a whole class test code. */
  public static Set<String> testClassAnnotations() {
    return TEST_CLASS_ANNOTATIONS;
  }

  /**
   * Whether a source file lies in a test source root: {@code src/<test source set>/java/} of a Maven or Gradle layout,
   * anything under Maven's {@code src/it/} (invoker projects), or a {@code javatests/} directory. Only Java source
   * roots count: resources under {@code src/test/resources} (fixtures, corpora) are analysed like main code when an
   * engine is pointed at them.
   */
  public static boolean isTestSourcePath(String path) {
    if (path == null || path.isEmpty()) {
      return false;
    }
    List<String> segments = List.of(path.replace('\\', '/').split("/"));
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      if (segment.equals(BAZEL_TEST_ROOT) && i < segments.size() - 1) {
        return true;
      }
      if (segment.equals("src") && i + 2 < segments.size()) {
        String sourceSet = segments.get(i + 1);
        if (sourceSet.equals("it") || (isTestSourceSet(sourceSet) && segments.get(i + 2).equals("java"))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isTestSourceSet(String name) {
    return TEST_SOURCE_SETS.contains(name)
        || (name.startsWith("test") && name.length() > 4 && Character.isUpperCase(name.charAt(4)))
        || ((name.endsWith("Test") || name.endsWith("Tests")) && !name.startsWith("Test") && name.length() > 5);
  }

  /**
   * The value of an {@value #INCLUDE_TEST_CODE_OPTION} option: {@code true} or {@code false} (any case, surrounding
   * blanks ignored); absent or empty means the default, {@code false}.
   *
   * @param optionName how the user spelled the option, for the error message
   * @throws CatalogConfigurationException when the value is anything else
   */
  public static boolean parseIncludeTestCode(String optionName, String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    String normalized = value.trim().toLowerCase(Locale.ROOT);
    if (normalized.equals("true")) {
      return true;
    }
    if (normalized.equals("false")) {
      return false;
    }
    throw new CatalogConfigurationException(optionName, value, "expected true or false");
  }
}
