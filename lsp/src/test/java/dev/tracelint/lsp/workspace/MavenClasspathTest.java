package dev.tracelint.lsp.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MavenClasspathTest {
  @TempDir Path project;

  @Test
  void joinsEveryModulesClassesWithTheDependenciesMavenResolved() throws Exception {
    Path library = Files.createFile(project.resolve("library.jar"));
    write("pom.xml", "<project/>");
    write("api/pom.xml", "<project/>");
    write("service/pom.xml", "<project/>");
    Files.createDirectories(project.resolve("api/target/classes"));
    Files.createDirectories(project.resolve("service/target/classes"));
    Files.createDirectories(project.resolve("service/target/test-classes"));
    // Maven resolved the api module only (service depends on api, which is not installed)
    write("api/target/tracelint-classpath.txt", library + File.pathSeparator + project.resolve("deleted.jar"));
    // a POM copied into build output is not a module
    write("service/target/classes/META-INF/maven/pom.xml", "<project/>");
    Files.createDirectories(project.resolve("service/target/classes/META-INF/maven/target/classes"));

    String classpath = new MavenClasspath(project, ready -> {}, message -> {}).collect();
    assertEquals(List.of(
        project.resolve("api/target/classes").toString(),
        project.resolve("service/target/classes").toString(),
        project.resolve("service/target/test-classes").toString(),
        library.toString()), List.of(classpath.split(File.pathSeparator)),
        "the missing deleted.jar is left out: PMD would refuse the whole classpath");
  }

  @Test
  void isEmptyBeforeAnythingWasCompiledOrResolved() throws Exception {
    write("pom.xml", "<project/>");
    assertEquals("", new MavenClasspath(project, ready -> {}, message -> {}).collect());
  }

  private void write(String path, String text) throws Exception {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
