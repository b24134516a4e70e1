package dev.tracelint.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HarmlessCallsTest {
  @Test
  void loggerNamedReceiversWithLogMethodsOrLevelChecksAreHarmless() {
    assertTrue(HarmlessCalls.isHarmless("log", "debug", 2));
    assertTrue(HarmlessCalls.isHarmless("LOGGER", "info", 1));
    assertTrue(HarmlessCalls.isHarmless("auditLogger", "warn", 1));
    assertTrue(HarmlessCalls.isHarmless("log", "isDebugEnabled", 0));
  }

  @Test
  void logMethodsOnOtherReceiversAndOtherLoggerMethodsAreNot() {
    assertFalse(HarmlessCalls.isHarmless("audit", "info", 1));
    assertFalse(HarmlessCalls.isHarmless("log", "flush", 0));
    assertFalse(HarmlessCalls.isHarmless("out", "println", 1));
  }

  @Test
  void listedStaticCallsAreHarmlessOthersOfTheSameOwnerAreNot() {
    assertTrue(HarmlessCalls.isHarmless("System", "nanoTime", 0));
    assertTrue(HarmlessCalls.isHarmless("Context", "current", 0));
    assertTrue(HarmlessCalls.isHarmless("Attributes", "of", 4));
    assertTrue(HarmlessCalls.isHarmless("AttributeKey", "stringKey", 1));
    assertTrue(HarmlessCalls.isHarmless("MDC", "put", 2));
    assertTrue(HarmlessCalls.isHarmless("ThreadContext", "clearAll", 0));
    assertFalse(HarmlessCalls.isHarmless("MDC", "setContextMap", 1));
    assertFalse(HarmlessCalls.isHarmless("System", "exit", 1));
    assertFalse(HarmlessCalls.isHarmless("Context", "taskWrapping", 1));
  }

  @Test
  void argumentLessAccessorsOfLowerCaseVariablesAreHarmless() {
    assertTrue(HarmlessCalls.isHarmless("request", "getPath", 0));
    assertTrue(HarmlessCalls.isHarmless("job", "isUrgent", 0));
    assertTrue(HarmlessCalls.isHarmless("list", "hasElements", 0));
  }

  @Test
  void oneArgumentSettersOfLowerCaseVariablesAreHarmless() {
    assertTrue(HarmlessCalls.isHarmless("context", "setState", 1));
    assertTrue(HarmlessCalls.isHarmless("delegate", "setAsync", 1));
    assertFalse(HarmlessCalls.isHarmless("context", "setState", 2));
    assertFalse(HarmlessCalls.isHarmless("Config", "setDefault", 1));
    assertFalse(HarmlessCalls.isHarmless("context", "settle", 1));
    assertFalse(HarmlessCalls.isHarmless("context", "set", 1));
  }

  @Test
  void buildWithoutArgumentsAndAnnotationLookupsAreKnownByName() {
    assertTrue(HarmlessCalls.isBuild("build", 0));
    assertFalse(HarmlessCalls.isBuild("build", 1));
    assertFalse(HarmlessCalls.isBuild("buildAndSend", 0));
    assertTrue(HarmlessCalls.isAnnotationLookup("findMergedAnnotation"));
    assertTrue(HarmlessCalls.isAnnotationLookup("getAnnotation"));
    assertFalse(HarmlessCalls.isAnnotationLookup("getAnnotations"));
  }

  @Test
  void accessorsWithArgumentsOnClassesOrThatFetchAreNot() {
    assertFalse(HarmlessCalls.isHarmless("cache", "getOrDefault", 2));
    assertFalse(HarmlessCalls.isHarmless("Registry", "getInstance", 0));
    assertFalse(HarmlessCalls.isHarmless("dataSource", "getConnection", 0));
    assertFalse(HarmlessCalls.isHarmless("future", "get", 0));
    assertFalse(HarmlessCalls.isHarmless("client", "getaway", 0));
  }

  @Test
  void nullAndEmptinessTestsSizeQueriesAndAnnotationReadsAreHarmless() {
    assertTrue(HarmlessCalls.isHarmless("Objects", "isNull", 1));
    assertTrue(HarmlessCalls.isHarmless("StringUtils", "hasText", 1));
    assertTrue(HarmlessCalls.isHarmless("Strings", "isNullOrEmpty", 1));
    assertTrue(HarmlessCalls.isHarmless("Optional", "ofNullable", 1));
    assertTrue(HarmlessCalls.isHarmless("items", "size", 0));
    assertTrue(HarmlessCalls.isHarmless("method", "getAnnotation", 1));
    assertTrue(HarmlessCalls.isHarmless("type", "isAnnotationPresent", 1));
  }

  @Test
  void checksThatThrowAndReadsOnClassesAreNot() {
    assertFalse(HarmlessCalls.isHarmless("Objects", "requireNonNull", 2));
    assertFalse(HarmlessCalls.isHarmless("Optional", "of", 1));
    assertFalse(HarmlessCalls.isHarmless("Items", "size", 0));
    assertFalse(HarmlessCalls.isHarmless("method", "getAnnotation", 2));
    assertFalse(HarmlessCalls.isHarmless("items", "size", 1));
  }

  @Test
  void oneArgumentEqualityTestsOnAnyReceiverAndObjectsEqualsAreHarmless() {
    assertTrue(HarmlessCalls.isEqualityTest("equals", 1));
    assertTrue(HarmlessCalls.isEqualityTest("equalsIgnoreCase", 1));
    assertTrue(HarmlessCalls.isEqualityTest("contentEquals", 1));
    assertTrue(HarmlessCalls.isHarmless("Objects", "equals", 2));
  }

  @Test
  void argumentLessSizeAndLengthAreSizeQueriesOtherCallsAreNot() {
    assertTrue(HarmlessCalls.isSizeQuery("length", 0));
    assertTrue(HarmlessCalls.isSizeQuery("size", 0));
    assertFalse(HarmlessCalls.isSizeQuery("size", 1));
    assertFalse(HarmlessCalls.isSizeQuery("count", 0));
  }

  @Test
  void otherComparisonsAndOtherAritiesAreNotEqualityTests() {
    assertFalse(HarmlessCalls.isEqualityTest("equals", 0));
    assertFalse(HarmlessCalls.isEqualityTest("equals", 2));
    assertFalse(HarmlessCalls.isEqualityTest("compareTo", 1));
    assertFalse(HarmlessCalls.isEqualityTest("matches", 1));
  }

  @Test
  void stringReadsAndReshapesAreTextReadsIndexRegexAndCountMethodsAreNot() {
    assertTrue(HarmlessCalls.isTextRead("trim", 0));
    assertTrue(HarmlessCalls.isTextRead("toLowerCase", 1));
    assertTrue(HarmlessCalls.isTextRead("startsWith", 1));
    assertTrue(HarmlessCalls.isTextRead("replace", 2));
    assertFalse(HarmlessCalls.isTextRead("startsWith", 2));
    assertFalse(HarmlessCalls.isTextRead("substring", 1));
    assertFalse(HarmlessCalls.isTextRead("charAt", 1));
    assertFalse(HarmlessCalls.isTextRead("split", 1));
    assertFalse(HarmlessCalls.isTextRead("replaceAll", 2));
    assertFalse(HarmlessCalls.isTextRead("repeat", 1));
    assertFalse(HarmlessCalls.isTextRead("formatted", 1));
  }

  @Test
  void emptyOrSizedJdkContainersAreHarmlessCreations() {
    assertTrue(HarmlessCalls.isHarmlessCreation("java.util.HashMap", 0, null));
    assertTrue(HarmlessCalls.isHarmlessCreation("java.util.ArrayList", 1, 16));
    assertTrue(HarmlessCalls.isHarmlessCreation("java.util.concurrent.atomic.AtomicReference", 1, null));
    assertFalse(HarmlessCalls.isHarmlessCreation("java.util.ArrayList", 1, null));
    assertFalse(HarmlessCalls.isHarmlessCreation("java.util.ArrayList", 1, -1));
    assertFalse(HarmlessCalls.isHarmlessCreation("java.lang.Object", 1, 0));
    assertFalse(HarmlessCalls.isHarmlessCreation("java.util.HashMap", 2, null));
    assertFalse(HarmlessCalls.isHarmlessCreation("com.example.Registry", 0, null));
  }
}
