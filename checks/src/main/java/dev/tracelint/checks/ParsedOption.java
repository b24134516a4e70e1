package dev.tracelint.checks;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.errorprone.matchers.Description;
import dev.tracelint.catalog.CatalogConfigurationException;
import java.util.function.Supplier;

/**
 * A check's {@code -XepOpt} configuration, parsed once when Error Prone creates the check.
 *
 * <p>A malformed entry must fail the build with a message naming it. Thrown from a check's constructor, Error Prone
 * 2.42 prints it as a javac crash ("An exception has occurred in the compiler", the entry buried in a cause chain), so
 * the error is kept here and reported once, as an ERROR diagnostic on the first compilation unit; the check itself
 * stays silent.
 */
final class ParsedOption<T> {
  private final T value;
  private final CatalogConfigurationException error;
  private boolean errorReported;

  private ParsedOption(T value, CatalogConfigurationException error) {
    this.value = value;
    this.error = error;
  }

  /** Runs {@code parser}, keeping a {@link CatalogConfigurationException} to report rather than throwing it. */
  static <T> ParsedOption<T> parse(Supplier<T> parser) {
    try {
      return new ParsedOption<>(parser.get(), null);
    } catch (CatalogConfigurationException e) {
      return new ParsedOption<>(null, e);
    }
  }

  /** The parsed configuration, or {@code null} when an entry was malformed (the check then reports nothing). */
  T value() {
    return value;
  }

  /**
   * For {@code matchCompilationUnit}: the configuration error on the first compilation unit, as an ERROR naming the
   * option and the entry; {@link Description#NO_MATCH} otherwise.
   *
   * @param description the check's {@code buildDescription(compilationUnit)}
   */
  // An option error must fail the compilation whatever severity the user gave the check (-Xep:Rule:WARN): that is
  // the one place where a check overrides its @BugPattern severity, on purpose.
  @SuppressWarnings("RestrictedApi")
  Description reportErrorOnce(Description.Builder description) {
    if (error == null || errorReported) {
      return Description.NO_MATCH;
    }
    errorReported = true;
    return description.setMessage(error.getMessage()).overrideSeverity(ERROR).build();
  }
}
