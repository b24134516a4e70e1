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
  void accessorsWithArgumentsOnClassesOrThatFetchAreNot() {
    assertFalse(HarmlessCalls.isHarmless("cache", "getOrDefault", 2));
    assertFalse(HarmlessCalls.isHarmless("Registry", "getInstance", 0));
    assertFalse(HarmlessCalls.isHarmless("dataSource", "getConnection", 0));
    assertFalse(HarmlessCalls.isHarmless("future", "get", 0));
    assertFalse(HarmlessCalls.isHarmless("client", "getaway", 0));
  }
}
