package dev.tracelint.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.CompilationTestHelper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library on the classpath whose class files name a class that is not there (an annotation of jsr305, which javac
 * does not need to compile against it) must not cost the unit its findings: javac reads such class files lazily, and
 * a question about the missing class (here: the annotations of the library method a handler candidate overrides)
 * answers "unknown" instead of ending the analysis of the whole unit. Found by the real-code sweep on four libraries
 * whose dependencies are annotated with {@code javax.annotation.Nullable}.
 */
class MissingClassFilesTest {
  @TempDir Path library;

  @Test
  void aQuestionAboutAMissingAnnotationClassLeavesTheUnitsFindings() throws IOException {
    compileLibraryWithoutItsAnnotation();
    CompilationTestHelper.newInstance(BlockingIngestOnRequestPath.class, getClass())
        .setArgs(List.of("-classpath", System.getProperty("java.class.path") + File.pathSeparator + library))
        .addSourceLines(
            "Api.java",
            """
            import com.example.lib.Settings;
            import io.opentelemetry.sdk.trace.SdkTracerProvider;
            import java.util.concurrent.TimeUnit;
            import org.springframework.web.bind.annotation.GetMapping;
            import org.springframework.web.bind.annotation.RestController;

            @RestController
            class Api implements Settings.Listener {
              private final SdkTracerProvider provider;

              Api(SdkTracerProvider provider) {
                this.provider = provider;
              }

              @Override
              public Object onChange(Settings settings) {
                return settings;
              }

              @GetMapping("/settings")
              String settings() {
                // BUG: Diagnostic contains: provider.forceFlush().join() blocks request handler 'settings'
                provider.forceFlush().join(5, TimeUnit.SECONDS);
                return "ok";
              }
            }
            """)
        .doTest();
  }

  /** {@code com.example.lib.Settings}, annotated with {@code com.example.lib.Nullable}, whose class file is deleted. */
  private void compileLibraryWithoutItsAnnotation() throws IOException {
    Path sources = Files.createDirectories(library.resolve("src/com/example/lib"));
    Files.writeString(sources.resolve("Nullable.java"),
        "package com.example.lib;\n"
            + "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.CLASS)\n"
            + "public @interface Nullable {}\n");
    Files.writeString(sources.resolve("Settings.java"),
        "package com.example.lib;\n"
            + "@Nullable public class Settings {\n"
            + "  @Nullable public String getApiKey() { return null; }\n"
            + "  public interface Listener { @Nullable Object onChange(@Nullable Settings settings); }\n"
            + "}\n");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, null, "-d", library.toString(),
        sources.resolve("Nullable.java").toString(), sources.resolve("Settings.java").toString());
    assertEquals(0, status);
    Files.delete(library.resolve("com/example/lib/Nullable.class"));
    assertTrue(Files.exists(library.resolve("com/example/lib/Settings$Listener.class")));
  }
}
