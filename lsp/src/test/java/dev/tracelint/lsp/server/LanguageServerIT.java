package dev.tracelint.lsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.tracelint.lsp.LspProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the packaged jar as a separate process, driven over stdio with real JSON-RPC messages, through an
 * editing session: open a violating file, fix it, break its syntax, apply a quick fix, shut down.
 */
class LanguageServerIT {
  private static final Duration WAIT = Duration.ofSeconds(60);

  static final String VIOLATING = """
      package com.example.agent;

      import io.opentelemetry.api.trace.Span;
      import io.opentelemetry.api.trace.Tracer;

      public class AgentService {
        private final Tracer tracer;
        private final ChatModel model;

        public AgentService(Tracer tracer, ChatModel model) {
          this.tracer = tracer;
          this.model = model;
        }

        public String answer(String question) {
          Span span = tracer.spanBuilder("answer").startSpan();
          String reply = model.complete(question);
          span.end();
          return reply;
        }

        interface ChatModel {
          String complete(String prompt);
        }
      }
      """;

  private static final String FIXED = VIOLATING.replace("""
          String reply = model.complete(question);
          span.end();
          return reply;
      """, """
          try {
            return model.complete(question);
          } finally {
            span.end();
          }
      """);

  /** Retries until the call succeeds, without a limit but with a pause: an UnboundedRetry finding only. */
  private static final String RETRY_LOOP = """
      while (true) {
            try {
              return model.complete(question);
            } catch (RuntimeException e) {
              java.util.concurrent.locks.LockSupport.parkNanos(1_000_000L);
            }
          }""";

  @TempDir Path workspace;

  @Test
  void publishesFixesAndClearsFindingsThroughAnEditingSession() throws Exception {
    String uri = workspace.resolve("AgentService.java").toUri().toString();
    try (LspProcess server = new LspProcess(workspace)) {
      initialize(server, workspace, Map.of());

      server.notify("textDocument/didOpen", Map.of("textDocument",
          Map.of("uri", uri, "languageId", "java", "version", 1, "text", VIOLATING)));
      JsonObject diagnostic = single(server.diagnostics(uri, 1, WAIT));
      assertEquals("UnclosedTrace", diagnostic.get("code").getAsString());
      assertEquals("tracelint", diagnostic.get("source").getAsString());
      assertEquals(2, diagnostic.get("severity").getAsInt(), "Warning, as the Error Prone check");
      assertEquals("span 'span' is not ended on every path: call span.end() in a finally block",
          diagnostic.get("message").getAsString());
      assertEquals("https://github.com/tracelint/tracelint/blob/main/docs/rules/UnclosedTrace.md",
          diagnostic.getAsJsonObject("codeDescription").get("href").getAsString());
      // line 16, "startSpan": the method name of the start call, 0-based in the protocol
      assertRange(diagnostic, 15, 45, 15, 54);

      server.notify("textDocument/didChange", change(uri, 2, FIXED));
      assertEquals(0, server.diagnostics(uri, 2, WAIT).getAsJsonArray("diagnostics").size(), "fixed: cleared");

      String broken = VIOLATING.replace("return reply;", "return reply");
      server.notify("textDocument/didChange", change(uri, 3, broken));
      assertEquals(0, server.diagnostics(uri, 3, WAIT).getAsJsonArray("diagnostics").size(),
          "no finding was shown for the text that last parsed, so none is kept");

      server.notify("textDocument/didChange", change(uri, 4, VIOLATING));
      JsonObject again = single(server.diagnostics(uri, 4, WAIT));
      JsonObject actions = server.response(server.request("textDocument/codeAction", Map.of(
          "textDocument", Map.of("uri", uri),
          "range", again.get("range"),
          "context", Map.of("diagnostics", List.of(again)))), WAIT);
      JsonObject endInFinally = actionTitled(actions.getAsJsonArray("result"), "End span 'span' in a finally block");
      assertTrue(endInFinally.get("isPreferred").getAsBoolean(), "the rule's own fix is the preferred one");
      String ended = applyEdits(VIOLATING,
          endInFinally.getAsJsonObject("edit").getAsJsonObject("changes").getAsJsonArray(uri));
      assertTrue(ended.contains("    String reply;\n    try {\n      reply = model.complete(question);\n"
          + "    } finally {\n      span.end();\n    }\n    return reply;\n"), ended);
      JsonObject suppress = actionTitled(actions.getAsJsonArray("result"),
          "Suppress UnclosedTrace in method 'answer'");
      assertEquals("quickfix", suppress.get("kind").getAsString());
      String suppressed = applyEdits(VIOLATING,
          suppress.getAsJsonObject("edit").getAsJsonObject("changes").getAsJsonArray(uri));
      assertTrue(suppressed.contains("""
            @SuppressWarnings("UnclosedTrace")
            public String answer(String question) {
          """), suppressed);

      server.notify("textDocument/didChange", change(uri, 5, ended));
      assertEquals(0, server.diagnostics(uri, 5, WAIT).getAsJsonArray("diagnostics").size(),
          "the applied fix ends the span on every path");
      server.notify("textDocument/didChange", change(uri, 6, suppressed));
      assertEquals(0, server.diagnostics(uri, 6, WAIT).getAsJsonArray("diagnostics").size(),
          "the applied quick fix suppresses the finding");

      server.notify("textDocument/didClose", Map.of("textDocument", Map.of("uri", uri)));
      server.notification("textDocument/publishDiagnostics",
          params -> params.get("uri").getAsString().equals(uri) && params.getAsJsonArray("diagnostics").isEmpty(),
          WAIT);

      shutDown(server);
    }
  }

  @Test
  void keepsFindingsOnUnchangedLinesWhileTheBufferDoesNotParse() throws Exception {
    String uri = workspace.resolve("AgentService.java").toUri().toString();
    try (LspProcess server = new LspProcess(workspace)) {
      initialize(server, workspace, Map.of());
      server.notify("textDocument/didOpen", Map.of("textDocument",
          Map.of("uri", uri, "languageId", "java", "version", 1, "text", VIOLATING)));
      single(server.diagnostics(uri, 1, WAIT));

      String brokenElsewhere = VIOLATING.replace("this.model = model;", "this.model = model");
      server.notify("textDocument/didChange", change(uri, 2, brokenElsewhere));
      assertRange(single(server.diagnostics(uri, 2, WAIT)), 15, 45, 15, 54);

      String brokenOnTheLine = VIOLATING.replace("startSpan();", "startSpan(;");
      server.notify("textDocument/didChange", change(uri, 3, brokenOnTheLine));
      assertEquals(0, server.diagnostics(uri, 3, WAIT).getAsJsonArray("diagnostics").size(),
          "the finding's own line changed: it is dropped, not left stale");

      shutDown(server);
    }
  }

  @Test
  void analysesOnlyTheNewestOfRapidChanges() throws Exception {
    String uri = workspace.resolve("AgentService.java").toUri().toString();
    try (LspProcess server = new LspProcess(workspace)) {
      initialize(server, workspace, Map.of());
      server.notify("textDocument/didOpen", Map.of("textDocument",
          Map.of("uri", uri, "languageId", "java", "version", 1, "text", FIXED)));
      server.diagnostics(uri, 1, WAIT);

      for (int version = 2; version <= 6; version++) {
        server.notify("textDocument/didChange", change(uri, version, version % 2 == 0 ? VIOLATING : FIXED));
      }
      single(server.diagnostics(uri, 6, WAIT)); // version 6 is the violating text
      List<Integer> published = new ArrayList<>();
      for (JsonObject message : server.received()) {
        if (message.has("method") && message.get("method").getAsString().equals("textDocument/publishDiagnostics")) {
          published.add(message.getAsJsonObject("params").get("version").getAsInt());
        }
      }
      assertEquals(List.of(1, 6), published, "versions 2 to 5 were stale before their analysis ran");
      shutDown(server);
    }
  }

  @Test
  void showsAMalformedOptionToTheUserAndKeepsServing() throws Exception {
    String uri = workspace.resolve("AgentService.java").toUri().toString();
    try (LspProcess server = new LspProcess(workspace)) {
      initialize(server, workspace, Map.of("tracelint", Map.of("UnclosedTrace", Map.of("startMethods", "AgentTracer#"))));
      JsonObject message = server.notification("window/showMessage", params -> true, WAIT).getAsJsonObject("params");
      assertEquals(2, message.get("type").getAsInt(), "a warning");
      assertTrue(message.get("message").getAsString().contains("AgentTracer#"), message.toString());

      server.notify("textDocument/didOpen", Map.of("textDocument", Map.of("uri", uri, "languageId", "java",
          "version", 1, "text", VIOLATING.replace("return reply;", RETRY_LOOP))));
      assertEquals("UnboundedRetry",
          single(server.diagnostics(uri, 1, WAIT)).get("code").getAsString(), "the other rules still run");
      shutDown(server);
    }
  }

  @Test
  void survivesOddInputAndKeepsServing() throws Exception {
    String uri = workspace.resolve("AgentService.java").toUri().toString();
    try (LspProcess server = new LspProcess(workspace)) {
      initialize(server, workspace, Map.of());
      List<String> oddTexts = List.of(
          "",
          "\u0000\u0001 class \uFFFF",
          "class A { String s = \"\"\"\n unterminated text block",
          "class A { void f() { " + "(".repeat(5_000) + " } }",
          "class A { void f() { " + "(".repeat(300_000) + " } }",
          "@".repeat(10_000),
          "class Ünïcödé { void 𝔣() { while (true) { try { g(); } catch (Exception e) {} } } }");
      int version = 1;
      for (String text : oddTexts) {
        String odd = workspace.resolve("Odd" + version + ".java").toUri().toString();
        server.notify("textDocument/didOpen", Map.of("textDocument",
            Map.of("uri", odd, "languageId", "java", "version", version, "text", text)));
        server.diagnostics(odd, version, WAIT);
        version++;
      }
      server.notify("textDocument/didOpen", Map.of("textDocument",
          Map.of("uri", "untitled:Untitled-1", "languageId", "java", "version", 1, "text", VIOLATING)));
      assertEquals("UnclosedTrace", single(server.diagnostics("untitled:Untitled-1", 1, WAIT))
          .get("code").getAsString(), "an unsaved buffer without a file is analysed too");
      server.notify("textDocument/didChange", change("file:///never/opened.java", 7, VIOLATING));
      server.notify("textDocument/didOpen", Map.of("textDocument",
          Map.of("uri", "file:///notes.txt", "languageId", "plaintext", "version", 1, "text", VIOLATING)));
      JsonObject noActions = server.response(server.request("textDocument/codeAction", Map.of(
          "textDocument", Map.of("uri", "file:///never/opened.java"),
          "range", Map.of("start", Map.of("line", 0, "character", 0), "end", Map.of("line", 0, "character", 0)),
          "context", Map.of("diagnostics", List.of()))), WAIT);
      assertEquals(0, noActions.getAsJsonArray("result").size());

      server.notify("textDocument/didOpen", Map.of("textDocument",
          Map.of("uri", uri, "languageId", "java", "version", 1, "text", VIOLATING)));
      assertEquals("UnclosedTrace", single(server.diagnostics(uri, 1, WAIT)).get("code").getAsString(),
          "still serving");
      assertTrue(server.received().stream().noneMatch(message -> message.has("method")
          && message.get("method").getAsString().equals("textDocument/publishDiagnostics")
          && message.getAsJsonObject("params").get("uri").getAsString().endsWith("notes.txt")),
          "a plain-text document is not analysed");
      List<String> failures = server.received().stream()
          .filter(message -> message.has("method") && message.get("method").getAsString().equals("window/logMessage"))
          .map(message -> message.getAsJsonObject("params").get("message").getAsString())
          .filter(message -> message.contains("analysis failed"))
          .toList();
      assertEquals(1, failures.size(), failures.toString());
      assertTrue(failures.get(0).contains("Odd5.java") && failures.get(0).contains("StackOverflowError"),
          "5,000 nested parentheses fit the analysis thread's stack, 300,000 do not: " + failures);
      shutDown(server);
    }
  }

  static void initialize(LspProcess server, Path root, Object initializationOptions) throws Exception {
    JsonObject result = server.response(server.request("initialize", Map.of(
        "processId", ProcessHandle.current().pid(),
        "rootUri", root.toUri().toString(),
        "capabilities", Map.of(),
        "initializationOptions", initializationOptions)), WAIT).getAsJsonObject("result");
    JsonObject capabilities = result.getAsJsonObject("capabilities");
    assertEquals(1, capabilities.getAsJsonObject("textDocumentSync").get("change").getAsInt(), "full sync");
    assertTrue(capabilities.has("codeActionProvider"));
    server.notify("initialized", Map.of());
  }

  static void shutDown(LspProcess server) throws Exception {
    JsonObject response = server.response(server.request("shutdown", null), WAIT);
    assertTrue(response.has("result") && response.get("result").isJsonNull(), response.toString());
    server.notify("exit", null);
    assertTrue(server.process().waitFor(30, TimeUnit.SECONDS), "the process ends after exit");
    assertEquals(0, server.process().exitValue(), "exit after shutdown: code 0");
  }

  static Map<String, Object> change(String uri, int version, String text) {
    return Map.of("textDocument", Map.of("uri", uri, "version", version), "contentChanges",
        List.of(Map.of("text", text)));
  }

  static JsonObject single(JsonObject diagnosticsParams) {
    JsonArray diagnostics = diagnosticsParams.getAsJsonArray("diagnostics");
    assertEquals(1, diagnostics.size(), diagnostics.toString());
    return diagnostics.get(0).getAsJsonObject();
  }

  static void assertRange(JsonObject diagnostic, int line, int character, int endLine, int endCharacter) {
    JsonObject range = diagnostic.getAsJsonObject("range");
    assertEquals(List.of(line, character, endLine, endCharacter), List.of(
        range.getAsJsonObject("start").get("line").getAsInt(),
        range.getAsJsonObject("start").get("character").getAsInt(),
        range.getAsJsonObject("end").get("line").getAsInt(),
        range.getAsJsonObject("end").get("character").getAsInt()), range.toString());
  }

  private static JsonObject actionTitled(JsonArray actions, String title) {
    for (JsonElement action : actions) {
      if (action.getAsJsonObject().get("title").getAsString().equals(title)) {
        return action.getAsJsonObject();
      }
    }
    throw new AssertionError("no action '" + title + "' in " + actions);
  }

  /** Applies text edits as an editor does: each against the original text, from the last to the first. */
  static String applyEdits(String text, JsonArray edits) {
    List<JsonObject> sorted = new ArrayList<>();
    edits.forEach(edit -> sorted.add(edit.getAsJsonObject()));
    sorted.sort(Comparator.comparing((JsonObject edit) -> offset(text, edit, "start")).reversed());
    String result = text;
    for (JsonObject edit : sorted) {
      result = result.substring(0, offset(text, edit, "start")) + edit.get("newText").getAsString()
          + result.substring(offset(text, edit, "end"));
    }
    assertFalse(sorted.isEmpty(), "an action without edits");
    return result;
  }

  private static int offset(String text, JsonObject edit, String end) {
    JsonObject position = edit.getAsJsonObject("range").getAsJsonObject(end);
    int line = position.get("line").getAsInt();
    int offset = 0;
    for (int i = 0; i < line; i++) {
      offset = text.indexOf('\n', offset) + 1;
    }
    return offset + position.get("character").getAsInt();
  }
}
