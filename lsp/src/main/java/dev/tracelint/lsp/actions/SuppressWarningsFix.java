package dev.tracelint.lsp.actions;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.printer.lexicalpreservation.LexicalPreservingPrinter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The quick fix that suppresses a rule where it reported: {@code @SuppressWarnings("<Rule>")} on the enclosing method
 * or constructor (else the enclosing field, else the enclosing type), which both engines honour. A rule name is
 * added to an existing {@code @SuppressWarnings("x")} or {@code @SuppressWarnings({...})} instead of a second
 * annotation.
 *
 * <p>The edit is made with JavaParser's lexical-preserving printer, so that everything but the annotation keeps the
 * user's formatting, comments and imports, and is then cut down to the one span of text that changed.
 */
public final class SuppressWarningsFix {
  private static final String SUPPRESS_WARNINGS = "SuppressWarnings";

  private SuppressWarningsFix() {}

  /**
   * The fix that suppresses {@code ruleName} at 1-based {@code line} and {@code column} of {@code source}; empty when
   * the source does not parse, nothing encloses the position, or the rule is already suppressed there.
   */
  public static Optional<RuleFix> at(String source, String ruleName, int line, int column) {
    ParseResult<CompilationUnit> parsed = new JavaParser(
        new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25)).parse(source);
    if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
      return Optional.empty();
    }
    CompilationUnit unit = parsed.getResult().get();
    Position position = new Position(line, column);
    Optional<BodyDeclaration<?>> target = innermost(unit, CallableDeclaration.class, position)
        .or(() -> innermost(unit, FieldDeclaration.class, position))
        .or(() -> innermost(unit, TypeDeclaration.class, position));
    if (target.isEmpty()) {
      return Optional.empty();
    }
    LexicalPreservingPrinter.setup(unit);
    BodyDeclaration<?> declaration = target.get();
    if (!addRuleName((NodeWithAnnotations<?>) declaration, ruleName)) {
      return Optional.empty();
    }
    String edited = LexicalPreservingPrinter.print(unit);
    return Optional.of(new RuleFix(
        "Suppress " + ruleName + " in " + describe(declaration), List.of(difference(source, edited))));
  }

  /** The innermost declaration of {@code type} whose range contains {@code position}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Optional<BodyDeclaration<?>> innermost(CompilationUnit unit, Class type, Position position) {
    List<BodyDeclaration<?>> candidates = unit.findAll(type);
    return candidates.stream()
        .filter(node -> node.getRange().map(range -> range.contains(position)).orElse(false))
        .max(Comparator.comparing(node -> node.getBegin().get()));
  }

  /** Adds {@code ruleName} to the declaration's {@code @SuppressWarnings}; false when it is there already. */
  private static boolean addRuleName(NodeWithAnnotations<?> declaration, String ruleName) {
    Optional<AnnotationExpr> existing = declaration.getAnnotations().stream()
        .filter(annotation -> annotation.getNameAsString().equals(SUPPRESS_WARNINGS)
            || annotation.getNameAsString().equals("java.lang." + SUPPRESS_WARNINGS))
        .findFirst();
    StringLiteralExpr name = new StringLiteralExpr(ruleName);
    if (existing.isEmpty()) {
      declaration.addAnnotation(new SingleMemberAnnotationExpr(new Name(SUPPRESS_WARNINGS), name));
      return true;
    }
    if (existing.get() instanceof SingleMemberAnnotationExpr single) {
      Optional<Expression> merged = withName(single.getMemberValue(), name);
      merged.ifPresent(single::setMemberValue);
      return merged.isPresent();
    }
    if (existing.get() instanceof NormalAnnotationExpr normal) {
      for (MemberValuePair pair : normal.getPairs()) {
        if (pair.getNameAsString().equals("value")) {
          Optional<Expression> merged = withName(pair.getValue(), name);
          merged.ifPresent(pair::setValue);
          return merged.isPresent();
        }
      }
      normal.addPair("value", name);
      return true;
    }
    // @SuppressWarnings with no value does not compile; leave it to the compiler to say so.
    return false;
  }

  /** {@code value} with {@code name} added, as a new array initializer; empty when {@code value} holds it. */
  private static Optional<Expression> withName(Expression value, StringLiteralExpr name) {
    NodeList<Expression> names = value instanceof ArrayInitializerExpr array
        ? new NodeList<>(array.getValues().stream().map(Expression::clone).toList())
        : new NodeList<>(value.clone());
    if (names.stream().anyMatch(existing -> existing.equals(name))) {
      return Optional.empty();
    }
    names.add(name);
    return Optional.of(new ArrayInitializerExpr(names));
  }

  private static String describe(Node declaration) {
    if (declaration instanceof CallableDeclaration<?> callable) {
      return (callable.isConstructorDeclaration() ? "constructor '" : "method '") + callable.getNameAsString() + "'";
    }
    if (declaration instanceof FieldDeclaration field) {
      return "field '" + field.getVariable(0).getNameAsString() + "'";
    }
    return "type '" + ((TypeDeclaration<?>) declaration).getNameAsString() + "'";
  }

  /** The one edit that turns {@code before} into {@code after}: everything between their common prefix and suffix. */
  static SourceEdit difference(String before, String after) {
    int prefix = 0;
    int shorter = Math.min(before.length(), after.length());
    while (prefix < shorter && before.charAt(prefix) == after.charAt(prefix)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < shorter - prefix
        && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
      suffix++;
    }
    return new SourceEdit(prefix, before.length() - suffix, after.substring(prefix, after.length() - suffix));
  }
}
