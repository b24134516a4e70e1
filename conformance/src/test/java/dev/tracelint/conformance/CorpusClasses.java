package dev.tracelint.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The corpus compiled to class files, once per test run, for PMD's auxclasspath: javac sees every corpus type while it
 * compiles the corpus, so PMD "with types" must see them too, in-house SDK stubs in their own files included. Without
 * them a corpus type declared in another file would resolve in Error Prone and not in PMD.
 */
final class CorpusClasses {
  private static Path compiled;
  private static Path compiledSample;

  private CorpusClasses() {}

  /** The directory of the corpus's class files, compiled on first use. */
  static synchronized Path directory() {
    if (compiled == null) {
      compiled = compile(EngineAgreementTest.javaFiles(ConformancePaths.corpusDir()),
          ConformancePaths.moduleDir().resolve("target/corpus-classes"));
    }
    return compiled;
  }

  /**
   * The sample app's class files, compiled on first use: the sample is not a module of this build (tracelint-samples
   * builds it later, against the installed jars), so nothing else has compiled it when the conformance tests run.
   */
  static synchronized Path sampleDirectory() {
    if (compiledSample == null) {
      compiledSample = compile(EngineAgreementTest.javaFiles(ConformancePaths.samplesSourceDir()),
          ConformancePaths.moduleDir().resolve("target/sample-classes"));
    }
    return compiledSample;
  }

  /** What PMD with types resolves: the libraries, the corpus's own classes and the sample app's. */
  static List<Path> auxclasspath() {
    List<Path> auxclasspath = new ArrayList<>(ConformancePaths.libraryClasspath());
    auxclasspath.add(directory());
    auxclasspath.add(sampleDirectory());
    return auxclasspath;
  }

  private static Path compile(List<Path> sources, Path output) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, UTF_8)) {
      Files.createDirectories(output);
      StringWriter errors = new StringWriter();
      boolean compiledCleanly = javac.getTask(errors, files, null,
          List.of("-proc:none", "-nowarn", "-encoding", "UTF-8", "-d", output.toString(),
              "-classpath", ConformancePaths.joined(ConformancePaths.libraryClasspath())),
          null, files.getJavaFileObjectsFromPaths(sources)).call();
      if (!compiledCleanly) {
        throw new IllegalStateException("these sources do not compile:\n" + errors);
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
