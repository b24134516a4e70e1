package dev.tracelint.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.common.collect.ImmutableMap;
import com.google.errorprone.ErrorProneOptions;
import com.google.errorprone.VisitorState;
import com.google.errorprone.fixes.Fix;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.scanner.ErrorProneScanner;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.api.BasicJavacTask;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A suggested fix carries a short description for the tools that list fixes (IDEs, patching tools), not only its
 * first changed line. javac's own message ("Did you mean '...'?") shows the code, whatever the description.
 */
class FixDescriptionTest {

  @Test
  void unclosedTraceFixIsDescribed(@TempDir Path dir) throws Exception {
    Path source = dir.resolve("Agent.java");
    Files.writeString(source, """
        import io.opentelemetry.api.trace.Span;
        import io.opentelemetry.api.trace.Tracer;

        class Agent {
          void step(Tracer tracer) {
            Span span = tracer.spanBuilder("step").startSpan();
            work();
            span.end();
          }

          void work() {}
        }
        """);
    List<Description> descriptions = scan(source);

    assertEquals(1, descriptions.size(), descriptions.toString());
    List<Fix> fixes = descriptions.get(0).fixes;
    assertFalse(fixes.isEmpty(), "UnclosedTrace suggests a fix here");
    for (Fix fix : fixes) {
      assertEquals("End span 'span' in a finally block", fix.getShortDescription());
    }
  }

  /** Runs UnclosedTrace over one attributed file with Error Prone's scanner, collecting its descriptions. */
  private static List<Description> scan(Path source) throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      JavacTask task = (JavacTask) javac.getTask(null, files, null,
          List.of("-proc:none", "-cp", classpath.replace(File.pathSeparator + File.pathSeparator, File.pathSeparator)),
          null, files.getJavaFileObjects(source.toFile()));
      Iterable<? extends CompilationUnitTree> units = task.parse();
      task.analyze();
      List<Description> descriptions = new ArrayList<>();
      ErrorProneScanner scanner = new ErrorProneScanner(new UnclosedTrace());
      for (CompilationUnitTree unit : units) {
        VisitorState state = VisitorState.createConfiguredForCompilation(((BasicJavacTask) task).getContext(),
            descriptions::add, ImmutableMap.of(), ErrorProneOptions.empty());
        scanner.scan(new TreePath(unit), state);
      }
      return descriptions;
    }
  }
}
