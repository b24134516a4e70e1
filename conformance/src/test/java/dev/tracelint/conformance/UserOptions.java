package dev.tracelint.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rule options every conformance run passes, in one place: those the sample agent app configures in its POM for
 * its in-house SDK ({@code samples/agent-app/pom.xml}), and those the corpus's own in-house SDKs need, spelled once and
 * rendered for each engine. Options only extend the defaults, so passing them to files that do not use an in-house
 * SDK changes nothing there.
 */
final class UserOptions {
  private UserOptions() {}

  /** The option every rule takes: test code is skipped unless it is {@code true}. */
  static final String INCLUDE_TEST_CODE = "IncludeTestCode";

  /** What the sample app configures, rule name to option key (Error Prone spelling, UpperCamel) to value. */
  static final Map<String, Map<String, String>> SAMPLE_OPTIONS = Map.of(
      "UnclosedTrace", Map.of("StartMethods", "com.example.agent.sdk.AgentTracer#startTrace:end"));

  /**
   * What the corpus's in-house SDKs add (corpus/&lt;Rule&gt;/inhouse), written as a user would: several entries, nested
   * owners with dots (and one, TelemetryHub$Exporter, in the binary spelling), {@code |} alternatives. No blanks:
   * Error Prone splits its one {@code -Xplugin} argument at blanks, so a blank in a value would cut it there (a user
   * cannot write one either; {@code OptionEntries} refuses the common {@code a, b}).
   */
  private static final Map<String, Map<String, String>> CORPUS_OPTIONS = Map.of(
      "UnclosedTrace", Map.of("StartMethods", String.join(",",
          "corpus.unclosedtrace.inhouse.AgentTracer#startTrace:end",
          "corpus.unclosedtrace.inhouse.AgentTrace#startStep:end|fail",
          "corpus.unclosedtrace.inhouse.TraceBuilder#startTrace:end",
          "corpus.unclosedtrace.inhouse.TraceBuilder#start:end",
          "corpus.unclosedtrace.inhouse.AgentContext#attach:close",
          "corpus.unclosedtrace.inhouse.AgentStep#start:end",
          "corpus.unclosedtrace.inhouse.StepBuilder#start:end",
          "corpus.unclosedtrace.inhouse.RunRecord#post:patch",
          "corpus.unclosedtrace.inhouse.StepTracer#beginStep:#finishStep|#failStep",
          "corpus.unclosedtrace.inhouse.facade.Telemetry.Spans#open:finish|abandon",
          "corpus.unclosedtrace.inhouse.facade.Telemetry.Context#enter:close")),
      "FullSecretLogged", Map.of(
          "SecretNames", "(?i)unseal|licen[cs]eKey",
          "MaskingMethods", String.join(",",
              "corpus.fullsecretlogged.inhouse.sdk.Redactor#scrub",
              "corpus.fullsecretlogged.inhouse.sdk.Redactor#fingerprint",
              "corpus.fullsecretlogged.inhouse.sdk.VaultClient.Lease#getToken",
              "corpus.fullsecretlogged.inhouse.sdk.Obscurer#hide"),
          "LoggingMethods", String.join(",",
              "corpus.fullsecretlogged.inhouse.sdk.AuditTrail#record",
              "corpus.fullsecretlogged.inhouse.sdk.AuditTrail#emit")),
      "RetryWithoutBackoff", Map.of("BackoffMethods", String.join(",",
          "corpus.retrywithoutbackoff.inhouse.sdk.Cadence#hold",
          "corpus.retrywithoutbackoff.inhouse.sdk.Cadence.Gate#pass",
          "corpus.retrywithoutbackoff.inhouse.sdk.CollectorClient#sendPaced",
          "corpus.retrywithoutbackoff.inhouse.sdk.Pacing#settle",
          "corpus.retrywithoutbackoff.inhouse.sdk.Cooldown#between")),
      "BlockingIngestOnRequestPath", Map.of(
          "HandlerAnnotations", "corpus.blockingingestonrequestpath.inhouse.sdk.AgentRoute",
          "BlockingCalls", String.join(",",
              "corpus.blockingingestonrequestpath.inhouse.sdk.TelemetryHub#drain",
              "corpus.blockingingestonrequestpath.inhouse.sdk.TelemetryHub#drainAsync",
              "corpus.blockingingestonrequestpath.inhouse.sdk.TelemetryHub$Exporter#push",
              "corpus.blockingingestonrequestpath.inhouse.sdk.SpanSink#settle")),
      "ExitBeforeTraceFlush", Map.of("Pipelines", String.join(",",
          "corpus.exitbeforetraceflush.inhouse.sdk.JobTelemetry#start:close|flushAndWait|flush",
          "corpus.exitbeforetraceflush.inhouse.sdk.JobTelemetry.Builder#build:shutdown")));

  /** Both, entries of the same option joined. */
  static final Map<String, Map<String, String>> OPTIONS = merged(SAMPLE_OPTIONS, CORPUS_OPTIONS);

  private static Map<String, Map<String, String>> merged(Map<String, Map<String, String>> first,
      Map<String, Map<String, String>> second) {
    Map<String, Map<String, String>> all = new TreeMap<>();
    for (Map<String, Map<String, String>> options : List.of(first, second)) {
      options.forEach((rule, values) -> values.forEach((key, value) -> all.computeIfAbsent(rule, r -> new TreeMap<>())
          .merge(key, value, (a, b) -> a + "," + b)));
    }
    return all;
  }

  /** {@code -XepOpt:Rule:Key=value} flags, for the single {@code -Xplugin:ErrorProne ...} argument. */
  static List<String> errorProneFlags() {
    List<String> flags = new ArrayList<>();
    OPTIONS.forEach((rule, options) ->
        options.forEach((key, value) -> flags.add("-XepOpt:" + rule + ":" + key + "=" + value)));
    return flags;
  }

  /** PMD rule properties (same key in lowerCamel) for the rules of {@code presentRules} that take options. */
  static Map<String, Map<String, String>> pmdProperties(Set<String> presentRules) {
    Map<String, Map<String, String>> properties = new TreeMap<>();
    OPTIONS.forEach((rule, options) -> {
      if (presentRules.contains(rule)) {
        Map<String, String> byProperty = new TreeMap<>();
        options.forEach((key, value) -> byProperty.put(pmdPropertyName(key), value));
        properties.put(rule, byProperty);
      }
    });
    return properties;
  }

  /**
   * {@link #errorProneFlags()} and {@code -XepOpt:Rule:IncludeTestCode=true} for each of {@code rules}: how the harness
   * runs the files that are test code a second time.
   */
  static List<String> errorProneFlagsIncludingTestCode(Set<String> rules) {
    List<String> flags = new ArrayList<>(errorProneFlags());
    rules.forEach(rule -> flags.add("-XepOpt:" + rule + ":" + INCLUDE_TEST_CODE + "=true"));
    return flags;
  }

  /** {@link #pmdProperties} and {@code includeTestCode=true} on each of {@code presentRules}. */
  static Map<String, Map<String, String>> pmdPropertiesIncludingTestCode(Set<String> presentRules) {
    Map<String, Map<String, String>> properties = pmdProperties(presentRules);
    presentRules.forEach(rule -> properties.computeIfAbsent(rule, r -> new TreeMap<>())
        .put(pmdPropertyName(INCLUDE_TEST_CODE), "true"));
    return properties;
  }

  static String pmdPropertyName(String errorProneKey) {
    return Character.toLowerCase(errorProneKey.charAt(0)) + errorProneKey.substring(1);
  }
}
