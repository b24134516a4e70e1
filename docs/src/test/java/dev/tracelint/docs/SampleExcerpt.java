package dev.tracelint.docs;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A rule's example, cut from the sample app's pair: the first method of {@code <Rule>Violation.java} with a line marked
 * for the rule, and the method of the same name (in the same nested class) of {@code <Rule>Fixed.java}, each with its
 * doc comment. The {@code tracelint-expect} markers become {@code // flagged: <Rule>} comments.
 *
 * @param violation the violation file, relative to the project root
 * @param violationMember its method, as {@code Class.method} ({@code Class.Nested.method} for a nested class)
 * @param violationCode the method's source, without its common indentation
 * @param fixed the corrected file, relative to the project root
 * @param fixedMember its method of the same name
 * @param fixedCode that method's source
 */
record SampleExcerpt(Path violation, String violationMember, String violationCode, Path fixed, String fixedMember,
    String fixedCode) {
  static final String SAMPLES = "samples/agent-app/src/main/java";

  private static final Pattern MARKER =
      Pattern.compile("\\s*//\\s*tracelint-expect(-with-types|-without-types)?:\\s*([\\w\\s,]+?)\\s*(--.*)?$");

  /** The pair of {@code rule} under {@code root}'s sample app. */
  static SampleExcerpt of(Path root, String rule) {
    Path violation = find(root, rule + "Violation.java");
    Path fixed = find(root, rule + "Fixed.java");
    JavaParser parser = SourceIndex.parser();
    CompilationUnit violationUnit = SourceIndex.parse(parser, violation);
    CompilationUnit fixedUnit = SourceIndex.parse(parser, fixed);
    List<String> violationLines = lines(violation);

    CallableDeclaration<?> flagged = firstFlagged(violationUnit, violationLines, rule).orElseThrow(() ->
        new DocsException(root.relativize(violation) + " has no method with a `// tracelint-expect: " + rule
            + "` line"));
    List<String> path = memberPath(flagged);
    CallableDeclaration<?> twin = fixedUnit.findAll(CallableDeclaration.class, c -> memberPath(c).equals(path)
            && c.getParameters().size() == flagged.getParameters().size())
        .stream().findFirst().orElseThrow(() -> new DocsException(root.relativize(fixed) + " has no "
            + String.join(".", path) + " to show next to " + root.relativize(violation) + "'s"));
    return new SampleExcerpt(root.relativize(violation), label(violationUnit, path), code(flagged, violationLines),
        root.relativize(fixed), label(fixedUnit, path), code(twin, lines(fixed)));
  }

  private static Path find(Path root, String fileName) {
    try (Stream<Path> files = Files.walk(root.resolve(SAMPLES))) {
      List<Path> found = files.filter(f -> f.getFileName().toString().equals(fileName)).sorted().toList();
      if (found.size() != 1) {
        throw new DocsException("every rule has one sample pair in " + SAMPLES + " (CONTRIBUTING.md); found "
            + found.size() + " files named " + fileName);
      }
      return found.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The innermost method or constructor around the first line whose marker names {@code rule}. */
  private static Optional<CallableDeclaration<?>> firstFlagged(CompilationUnit unit, List<String> lines, String rule) {
    for (int i = 0; i < lines.size(); i++) {
      Matcher marker = MARKER.matcher(lines.get(i));
      if (!marker.find() || "-without-types".equals(marker.group(1))
          || !List.of(marker.group(2).split("\\s*,\\s*")).contains(rule)) {
        continue;
      }
      int line = i + 1;
      Optional<CallableDeclaration<?>> around = unit.findAll(CallableDeclaration.class, c -> c.getRange()
              .filter(r -> r.begin.line <= line && line <= r.end.line).isPresent())
          .stream().<CallableDeclaration<?>>map(c -> c)
          .min(Comparator.comparingInt(c -> c.getRange().map(r -> r.end.line - r.begin.line).orElse(0)));
      if (around.isPresent()) {
        return around;
      }
    }
    return Optional.empty();
  }

  /** The names of the nested classes below the top-level one, then the member's ({@code <init>} for a constructor). */
  private static List<String> memberPath(CallableDeclaration<?> member) {
    List<String> path = new ArrayList<>();
    path.add(member instanceof ConstructorDeclaration ? "<init>" : member.getNameAsString());
    for (Node node = member.getParentNode().orElse(null); node != null; node = node.getParentNode().orElse(null)) {
      if (node instanceof TypeDeclaration<?> type && !type.isTopLevelType()) {
        path.add(0, type.getNameAsString());
      }
    }
    return path;
  }

  private static String label(CompilationUnit unit, List<String> path) {
    String top = unit.getPrimaryTypeName().orElse("?");
    return top + "." + String.join(".", path).replace("<init>", "new");
  }

  /** The member's lines (its comment first), markers rewritten, common indentation removed. */
  private static String code(CallableDeclaration<?> member, List<String> lines) {
    int begin = member.getComment().flatMap(Node::getBegin).map(p -> p.line)
        .orElse(member.getBegin().orElseThrow().line);
    int end = member.getEnd().orElseThrow().line;
    List<String> excerpt = new ArrayList<>();
    for (String line : lines.subList(begin - 1, end)) {
      excerpt.add(rewriteMarker(line));
    }
    int indent = excerpt.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder code = new StringBuilder();
    for (String line : excerpt) {
      code.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return code.toString();
  }

  private static String rewriteMarker(String line) {
    Matcher marker = MARKER.matcher(line);
    if (!marker.find()) {
      return line;
    }
    String code = line.substring(0, marker.start());
    if ("-without-types".equals(marker.group(1))) {
      return code;
    }
    String rules = String.join(", ", marker.group(2).trim().split("\\s*,\\s*"));
    return code + (marker.group(1) == null ? " // flagged: " : " // flagged with types: ") + rules;
  }
}
