package dev.tracelint.checks;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodInvocationTree;
import dev.tracelint.analysis.Procedure;
import dev.tracelint.catalog.SecretCatalog;
import java.util.List;
import javax.inject.Inject;

/**
 * Flags a logging or printing call whose message or arguments carry a secret's full value: a variable, field,
 * parameter or getter named like a secret, an environment variable or property read by a secret key, a request header
 * that carries credentials, or an {@code @Value} field of a secret property. The decision is
 * {@link dev.tracelint.analysis.FullSecretLogged}'s; see {@code docs/rules/FullSecretLogged.md}.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Log or trace only a short prefix or a mask of a secret, never its full value",
    severity = WARNING,
    linkType = CUSTOM,
    link = "https://github.com/tracelint/tracelint/blob/main/docs/rules/FullSecretLogged.md")
public final class FullSecretLogged extends BugChecker
    implements CompilationUnitTreeMatcher, MethodInvocationTreeMatcher {
  private static final long serialVersionUID = 1L;

  private static final String SECRET_NAMES_FLAG = "FullSecretLogged:" + SecretCatalog.SECRET_NAMES_OPTION;
  private static final String MASKING_METHODS_FLAG = "FullSecretLogged:" + SecretCatalog.MASKING_METHODS_OPTION;
  private static final String LOGGING_METHODS_FLAG = "FullSecretLogged:" + SecretCatalog.LOGGING_METHODS_OPTION;

  /** {@code null} inside when an entry is malformed: see {@link ParsedOption}. */
  private final transient ParsedOption<Procedure> procedure;
  private final transient UnitFindings findings;

  /** For ServiceLoader: the default catalogue. */
  public FullSecretLogged() {
    this(ErrorProneFlags.empty());
  }

  /**
   * Reads {@code -XepOpt:FullSecretLogged:SecretNames}, {@code ...:MaskingMethods}, {@code ...:LoggingMethods} and
   * {@code ...:IncludeTestCode}.
   */
  @Inject
  public FullSecretLogged(ErrorProneFlags flags) {
    this.procedure = ParsedOption.parse(() -> TestCodeFlag.applied(flags,
        new dev.tracelint.analysis.FullSecretLogged(SecretCatalog.withUserEntries(
            SECRET_NAMES_FLAG, flags.get(SECRET_NAMES_FLAG).orElse(null),
            MASKING_METHODS_FLAG, flags.get(MASKING_METHODS_FLAG).orElse(null),
            LOGGING_METHODS_FLAG, flags.get(LOGGING_METHODS_FLAG).orElse(null))),
        List.of(SecretCatalog.SECRET_NAMES_OPTION, SecretCatalog.MASKING_METHODS_OPTION,
            SecretCatalog.LOGGING_METHODS_OPTION)));
    this.findings = new UnitFindings(procedure.value());
  }

  @Override
  public Description matchCompilationUnit(CompilationUnitTree tree, VisitorState state) {
    return procedure.reportErrorOnce(buildDescription(tree));
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    return findings.describe(this, tree, state);
  }
}
