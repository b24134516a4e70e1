package dev.tracelint.docs;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Java sources of some modules, parsed with JavaParser, with the two questions the generator asks of them: which
 * type a name written in a file stands for, and what string a constant expression ({@code "UnclosedTrace:" +
 * TraceCatalog.START_METHODS_OPTION}) holds. Names are resolved the way javac would for the shapes rule code uses
 * (enclosing types, the file's own types, imports, the package); anything else is reported, never guessed.
 */
final class SourceIndex {
  /** Stands for a part of a string that is not a compile-time constant (such as {@code procedure.rule()}). */
  static final char UNKNOWN = '\u0000';

  private final Map<String, TypeDeclaration<?>> types = new LinkedHashMap<>();
  private final List<Path> roots;
  private final JavaParser parser = parser();
  private final Set<Path> parsed = new HashSet<>();

  private SourceIndex(List<Path> roots) {
    this.roots = roots;
  }

  /**
   * The sources under {@code roots} (missing roots are skipped): those under {@code eager} are parsed at once and
   * listed by {@link #types()}, the others only when a name is resolved to one of their types.
   */
  static SourceIndex of(List<Path> roots, List<Path> eager) {
    SourceIndex index = new SourceIndex(roots);
    for (Path root : eager) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          index.load(file);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return index;
  }

  private void load(Path file) {
    if (parsed.add(file)) {
      for (TypeDeclaration<?> type : parse(parser, file).findAll(TypeDeclaration.class, t -> true)) {
        type.getFullyQualifiedName().ifPresent(name -> types.put(name, type));
      }
    }
  }

  /** A parser for the Java 17 the project is written in (records, switch expressions, text blocks). */
  static JavaParser parser() {
    return new JavaParser(new ParserConfiguration().setLanguageLevel(LanguageLevel.JAVA_17));
  }

  static CompilationUnit parse(JavaParser parser, Path file) {
    ParseResult<CompilationUnit> result;
    try {
      result = parser.parse(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!result.isSuccessful() || result.getResult().isEmpty()) {
      throw new DocsException(file + " does not parse: " + result.getProblems());
    }
    CompilationUnit unit = result.getResult().get();
    unit.setStorage(file);
    return unit;
  }

  /** Every type of the eagerly parsed sources (and of those parsed since), nested ones included, in file order. */
  List<TypeDeclaration<?>> types() {
    return List.copyOf(types.values());
  }

  /** The type of that name, parsing the file that would declare it ({@code a/b/C.java} for {@code a.b.C.Nested}). */
  Optional<TypeDeclaration<?>> type(String fullyQualifiedName) {
    if (!types.containsKey(fullyQualifiedName)) {
      for (String prefix = fullyQualifiedName; prefix.contains("."); prefix = prefix.substring(0, prefix.lastIndexOf('.'))) {
        String relative = prefix.replace('.', '/') + ".java";
        for (Path root : roots) {
          if (Files.isRegularFile(root.resolve(relative))) {
            load(root.resolve(relative));
          }
        }
      }
    }
    return Optional.ofNullable(types.get(fullyQualifiedName));
  }

  /** The type that {@code written} (simple, nested {@code Outer.Inner} or fully qualified) names where {@code at} is. */
  Optional<TypeDeclaration<?>> resolveType(String written, Node at) {
    Optional<TypeDeclaration<?>> qualified = type(written);
    if (qualified.isPresent()) {
      return qualified;
    }
    int dot = written.indexOf('.');
    String first = dot < 0 ? written : written.substring(0, dot);
    String rest = dot < 0 ? "" : written.substring(dot);
    for (String candidate : candidates(first, at)) {
      Optional<TypeDeclaration<?>> type = type(candidate + rest);
      if (type.isPresent()) {
        return type;
      }
    }
    return Optional.empty();
  }

  private static List<String> candidates(String simpleName, Node at) {
    List<String> candidates = new ArrayList<>();
    for (Node node = at; node != null; node = node.getParentNode().orElse(null)) {
      if (node instanceof TypeDeclaration<?> enclosing) {
        enclosing.getFullyQualifiedName().ifPresent(name -> {
          candidates.add(name + "." + simpleName);
          if (enclosing.getNameAsString().equals(simpleName)) {
            candidates.add(name);
          }
        });
      }
    }
    CompilationUnit unit = at.findCompilationUnit().orElseThrow();
    for (ImportDeclaration imported : unit.getImports()) {
      String name = imported.getNameAsString();
      if (!imported.isStatic() && !imported.isAsterisk() && name.endsWith("." + simpleName)) {
        candidates.add(name);
      }
    }
    String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
    candidates.add(pkg + simpleName);
    for (ImportDeclaration imported : unit.getImports()) {
      if (!imported.isStatic() && imported.isAsterisk()) {
        candidates.add(imported.getNameAsString() + "." + simpleName);
      }
    }
    return candidates;
  }

  /**
   * The field {@code name} as seen from {@code at}: a field of an enclosing type or of a statically imported type.
   */
  Optional<VariableDeclarator> resolveField(String name, Node at) {
    for (Node node = at; node != null; node = node.getParentNode().orElse(null)) {
      if (node instanceof TypeDeclaration<?> enclosing) {
        Optional<VariableDeclarator> field = field(enclosing, name);
        if (field.isPresent()) {
          return field;
        }
      }
    }
    for (ImportDeclaration imported : at.findCompilationUnit().orElseThrow().getImports()) {
      if (!imported.isStatic()) {
        continue;
      }
      String owner = imported.isAsterisk() ? imported.getNameAsString()
          : imported.getName().getQualifier().map(Object::toString).orElse("");
      if (imported.isAsterisk() || imported.getName().getIdentifier().equals(name)) {
        Optional<VariableDeclarator> field = type(owner).flatMap(t -> field(t, name));
        if (field.isPresent()) {
          return field;
        }
      }
    }
    return Optional.empty();
  }

  static Optional<VariableDeclarator> field(TypeDeclaration<?> type, String name) {
    for (BodyDeclaration<?> member : type.getMembers()) {
      if (member instanceof FieldDeclaration field) {
        for (VariableDeclarator variable : field.getVariables()) {
          if (variable.getNameAsString().equals(name)) {
            return Optional.of(variable);
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The constant string {@code expression} holds; fails on anything that is not a compile-time constant. */
  String constant(Expression expression) {
    String value = partialConstant(expression);
    if (value.indexOf(UNKNOWN) >= 0) {
      throw new DocsException("not a constant string: " + where(expression));
    }
    return value;
  }

  /**
   * The string {@code expression} holds, with {@link #UNKNOWN} for each operand that is not a constant: a local
   * variable's initializer is followed, so that {@code String flag = procedure.rule() + ":" + KEY; flags.get(flag)}
   * gives {@code UNKNOWN + ":" + value of KEY}.
   */
  String partialConstant(Expression expression) {
    return evaluate(expression, 0);
  }

  private String evaluate(Expression expression, int depth) {
    if (depth > 32) {
      throw new DocsException("constant too deeply nested: " + where(expression));
    }
    if (expression instanceof StringLiteralExpr literal) {
      return literal.asString();
    }
    if (expression instanceof TextBlockLiteralExpr block) {
      return block.asString();
    }
    if (expression instanceof EnclosedExpr enclosed) {
      return evaluate(enclosed.getInner(), depth + 1);
    }
    if (expression instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
      return evaluate(binary.getLeft(), depth + 1) + evaluate(binary.getRight(), depth + 1);
    }
    if (expression instanceof NameExpr name) {
      Optional<VariableDeclarator> variable = local(name.getNameAsString(), name)
          .or(() -> resolveField(name.getNameAsString(), name));
      return variable.flatMap(VariableDeclarator::getInitializer)
          .map(initializer -> evaluate(initializer, depth + 1)).orElse(String.valueOf(UNKNOWN));
    }
    if (expression instanceof FieldAccessExpr access) {
      return resolveType(access.getScope().toString(), access)
          .flatMap(owner -> field(owner, access.getNameAsString()))
          .flatMap(VariableDeclarator::getInitializer)
          .map(initializer -> evaluate(initializer, depth + 1)).orElse(String.valueOf(UNKNOWN));
    }
    return String.valueOf(UNKNOWN);
  }

  /** A local variable {@code name} declared in the method or lambda around {@code at}. */
  private static Optional<VariableDeclarator> local(String name, Node at) {
    for (Node node = at; node != null; node = node.getParentNode().orElse(null)) {
      if (node instanceof CallableDeclaration<?> || node instanceof LambdaExpr) {
        Optional<VariableDeclarator> local = node.findFirst(VariableDeclarator.class,
            v -> v.getNameAsString().equals(name) && !(v.getParentNode().orElse(null) instanceof FieldDeclaration));
        if (local.isPresent()) {
          return local;
        }
      }
      if (node instanceof TypeDeclaration<?>) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** {@code node} as a reader finds it: the file and line. */
  static String where(Node node) {
    String file = node.findCompilationUnit().flatMap(CompilationUnit::getStorage)
        .map(s -> s.getPath().getFileName().toString()).orElse("?");
    String line = node.getBegin().map(p -> String.valueOf(p.line)).orElse("?");
    return "`" + node + "` (" + file + ":" + line + ")";
  }
}
