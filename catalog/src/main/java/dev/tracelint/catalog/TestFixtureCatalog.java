package dev.tracelint.catalog;

import java.util.List;
import java.util.Map;

/**
 * The setup and teardown annotations of the test and benchmark frameworks, paired: what a method annotated with a
 * setup annotation begins, the method of the same class annotated with the matching teardown annotation may end. The
 * framework runs the teardown whatever the test or benchmark did, so a span or segment begun in the one and ended or
 * cleared in the other is not a leak.
 */
public final class TestFixtureCatalog {
  private TestFixtureCatalog() {}

  /** Setup annotation (canonical name) to the teardown annotation that matches it. */
  private static final Map<String, String> TEARDOWN_OF_SETUP = Map.ofEntries(
      // JUnit 4
      Map.entry("org.junit.Before", "org.junit.After"),
      Map.entry("org.junit.BeforeClass", "org.junit.AfterClass"),
      // JUnit 5
      Map.entry("org.junit.jupiter.api.BeforeEach", "org.junit.jupiter.api.AfterEach"),
      Map.entry("org.junit.jupiter.api.BeforeAll", "org.junit.jupiter.api.AfterAll"),
      // TestNG
      Map.entry("org.testng.annotations.BeforeMethod", "org.testng.annotations.AfterMethod"),
      Map.entry("org.testng.annotations.BeforeClass", "org.testng.annotations.AfterClass"),
      Map.entry("org.testng.annotations.BeforeTest", "org.testng.annotations.AfterTest"),
      Map.entry("org.testng.annotations.BeforeSuite", "org.testng.annotations.AfterSuite"),
      Map.entry("org.testng.annotations.BeforeGroups", "org.testng.annotations.AfterGroups"),
      // JMH
      Map.entry("org.openjdk.jmh.annotations.Setup", "org.openjdk.jmh.annotations.TearDown"));

  /** Every setup annotation, by canonical name. */
  public static List<String> setupAnnotations() {
    return List.copyOf(TEARDOWN_OF_SETUP.keySet());
  }

  /** The teardown annotation matching a setup annotation, or {@code null} when it is not one. */
  public static String teardownOf(String setupAnnotation) {
    return TEARDOWN_OF_SETUP.get(setupAnnotation);
  }
}
