package dev.tracelint.lsp.server;

import static dev.tracelint.lsp.Executables.onPath;
import static dev.tracelint.lsp.server.LanguageServerIT.initialize;
import static dev.tracelint.lsp.server.LanguageServerIT.shutDown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonArray;
import dev.tracelint.lsp.LspProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Types in a Maven workspace: the server starts in the no-types mode, computes the project's classpath with Maven
 * in the background, analyses again once it is known, and computes it again when {@code pom.xml} changes.
 */
class MavenWorkspaceIT {
  private static final Duration MAVEN = Duration.ofMinutes(5);

  /**
   * Nothing in this file names a type of OpenTelemetry's trace package: only type resolution (opentelemetry-api on
   * the classpath) tells that {@code tracer} is a Tracer, and so that this span is not ended on every path.
   */
  private static final String SPAN_IN_VAR = """
      package com.example.agent;

      import io.opentelemetry.api.OpenTelemetry;

      class Agent {
        String answer(OpenTelemetry openTelemetry, java.util.function.Supplier<String> model) {
          var tracer = openTelemetry.getTracer("agent");
          var span = tracer.spanBuilder("answer").startSpan();
          String reply = model.get();
          span.end();
          return reply;
        }
      }
      """;

  @TempDir Path project;

  @Test
  void resolvesTypesOnceTheMavenClasspathIsKnownAndAgainWhenThePomChanges() throws Exception {
    assumeTrue(onPath("mvn"), "needs Maven on the PATH");
    Files.writeString(project.resolve("pom.xml"), pom(""));
    Path source = project.resolve("src/main/java/com/example/agent/Agent.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, SPAN_IN_VAR);
    String uri = source.toUri().toString();

    try (LspProcess server = new LspProcess(project)) {
      initialize(server, project, Map.of());
      server.notify("textDocument/didOpen", Map.of("textDocument",
          Map.of("uri", uri, "languageId", "java", "version", 1, "text", SPAN_IN_VAR)));
      assertEquals(0, diagnostics(server, uri).size(), "no types yet: the tracer is not known to be one");
      awaitClasspath(server);
      assertEquals(0, diagnostics(server, uri).size(), "the project does not depend on OpenTelemetry yet");

      Files.writeString(project.resolve("pom.xml"), pom("""
          <dependencies>
            <dependency>
              <groupId>io.opentelemetry</groupId>
              <artifactId>opentelemetry-api</artifactId>
              <version>%s</version>
            </dependency>
          </dependencies>
          """.formatted(System.getProperty("opentelemetry.version"))));
      server.notify("workspace/didChangeWatchedFiles", Map.of("changes",
          List.of(Map.of("uri", project.resolve("pom.xml").toUri().toString(), "type", 2))));
      awaitClasspath(server);
      JsonArray withTypes = diagnostics(server, uri);
      assertEquals(1, withTypes.size(), withTypes.toString());
      assertEquals("UnclosedTrace", withTypes.get(0).getAsJsonObject().get("code").getAsString());
      shutDown(server);
    }
  }

  private static JsonArray diagnostics(LspProcess server, String uri) throws InterruptedException {
    return server.diagnostics(uri, 1, MAVEN).getAsJsonArray("diagnostics");
  }

  private static void awaitClasspath(LspProcess server) throws InterruptedException {
    server.notification("window/logMessage",
        params -> params.get("message").getAsString().startsWith("tracelint: Maven classpath ready"), MAVEN);
  }

  private static String pom(String dependencies) {
    return """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.example</groupId>
          <artifactId>agent</artifactId>
          <version>1</version>
          %s
        </project>
        """.formatted(dependencies);
  }
}
