package dev.tracelint.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TestCodeCatalogTest {

  @Test
  void recognisesMavenAndGradleTestSourceRoots() {
    assertTrue(TestCodeCatalog.isTestSourcePath("/repo/app/src/test/java/com/x/FooTest.java"));
    assertTrue(TestCodeCatalog.isTestSourcePath("C:\\repo\\src\\test\\java\\Foo.java"));
    assertTrue(TestCodeCatalog.isTestSourcePath("src/test/java/Foo.java"));
    assertTrue(TestCodeCatalog.isTestSourcePath("/repo/src/testFixtures/java/com/x/Fixtures.java"));
    assertTrue(TestCodeCatalog.isTestSourcePath("/repo/src/integrationTest/java/com/x/FooIT.java"));
    assertTrue(TestCodeCatalog.isTestSourcePath("/repo/src/functionalTest/java/com/x/FooFT.java"));
    assertTrue(TestCodeCatalog.isTestSourcePath("/repo/src/e2eTests/java/com/x/Flow.java"));
    assertTrue(TestCodeCatalog.isTestSourcePath("/repo/src/testIntegration/java/com/x/Flow.java"));
  }

  @Test
  void recognisesInvokerProjectsAndBazelTestRoots() {
    assertTrue(TestCodeCatalog.isTestSourcePath("/repo/src/it/java/com/x/FooIT.java"));
    assertTrue(TestCodeCatalog.isTestSourcePath("/repo/src/it/simple-project/src/main/java/com/x/App.java"));
    assertTrue(TestCodeCatalog.isTestSourcePath("/repo/javatests/com/x/FooTest.java"));
  }

  @Test
  void mainCodeBenchmarksAndTestResourcesAreNotTestSources() {
    assertFalse(TestCodeCatalog.isTestSourcePath("/repo/src/main/java/com/x/Foo.java"));
    assertFalse(TestCodeCatalog.isTestSourcePath("/repo/src/jmh/java/com/x/FooBenchmark.java"));
    assertFalse(TestCodeCatalog.isTestSourcePath("/repo/conformance/src/test/resources/corpus/R/A.java"));
    assertFalse(TestCodeCatalog.isTestSourcePath("/repo/src/latest/java/com/x/Foo.java"));
    assertFalse(TestCodeCatalog.isTestSourcePath("/repo/src/main/java/com/x/test/Foo.java"));
    assertFalse(TestCodeCatalog.isTestSourcePath(""));
    assertFalse(TestCodeCatalog.isTestSourcePath(null));
  }

  @Test
  void knowsTestAnnotationsByCanonicalNameOnly() {
    assertTrue(TestCodeCatalog.testMethodAnnotations().contains("org.junit.jupiter.api.BeforeEach"));
    assertTrue(TestCodeCatalog.testMethodAnnotations().contains("org.junit.Before"));
    assertTrue(TestCodeCatalog.testMethodAnnotations().contains("org.testng.annotations.BeforeMethod"));
    assertFalse(TestCodeCatalog.testMethodAnnotations().contains("org.aspectj.lang.annotation.Before"));
    assertFalse(TestCodeCatalog.testMethodAnnotations().contains("org.openjdk.jmh.annotations.Setup"));
    assertTrue(TestCodeCatalog.testClassAnnotations().contains("org.testng.annotations.Test"));
  }

  @Test
  void includeTestCodeIsTrueOrFalseAndOffByDefault() {
    assertFalse(TestCodeCatalog.parseIncludeTestCode("R:IncludeTestCode", null));
    assertFalse(TestCodeCatalog.parseIncludeTestCode("R:IncludeTestCode", ""));
    assertFalse(TestCodeCatalog.parseIncludeTestCode("R:IncludeTestCode", "false"));
    assertTrue(TestCodeCatalog.parseIncludeTestCode("R:IncludeTestCode", "true"));
    assertTrue(TestCodeCatalog.parseIncludeTestCode("R:IncludeTestCode", " TRUE "));
  }

  @Test
  void aMalformedIncludeTestCodeNamesTheOptionAndTheValue() {
    CatalogConfigurationException e = assertThrows(CatalogConfigurationException.class,
        () -> TestCodeCatalog.parseIncludeTestCode("UnclosedTrace:IncludeTestCode", "yes"));
    assertEquals("UnclosedTrace:IncludeTestCode", e.option());
    assertEquals("yes", e.entry());
    assertTrue(e.getMessage().contains("expected true or false"), e.getMessage());
  }
}
