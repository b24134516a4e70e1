package dev.tracelint.pmd;

import dev.tracelint.catalog.CatalogConfigurationException;
import dev.tracelint.catalog.RetryBuilderDefault;
import dev.tracelint.catalog.RetryCatalog;
import dev.tracelint.catalog.RetryProblem;
import dev.tracelint.catalog.RetrySetting;
import dev.tracelint.pmd.RetryLoops.RecursiveRetry;
import dev.tracelint.pmd.RetryLoops.RetryLoop;
import java.util.Optional;
import java.util.function.Predicate;
import net.sourceforge.pmd.lang.java.ast.ASTAnnotation;
import net.sourceforge.pmd.lang.java.ast.ASTConstructorCall;
import net.sourceforge.pmd.lang.java.ast.ASTDoStatement;
import net.sourceforge.pmd.lang.java.ast.ASTForStatement;
import net.sourceforge.pmd.lang.java.ast.ASTLoopStatement;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTWhileStatement;
import net.sourceforge.pmd.lang.java.rule.AbstractJavaRulechainRule;
import net.sourceforge.pmd.properties.PropertyDescriptor;
import net.sourceforge.pmd.properties.PropertyFactory;
import net.sourceforge.pmd.reporting.RuleContext;

/**
 * RetryWithoutBackoff: a retry whose failure path goes straight back to the next attempt. Flags hand-written retry
 * loops (bounded or not) and self-retrying methods with no wait call on the way back, and retry-library settings that
 * turn the wait off. In-house wait helpers are added with the {@code backoffMethods} property.
 */
public final class RetryWithoutBackoffRule extends AbstractJavaRulechainRule {

  static final PropertyDescriptor<String> BACKOFF_METHODS = PropertyFactory.stringProperty("backoffMethods")
      .desc("In-house wait or backoff helpers that count as waiting between attempts, comma-separated OWNER#method"
          + " entries (e.g. com.example.agent.Pacer#hold); they extend the built-in list")
      .defaultValue("")
      .build();

  private RetryCatalog catalog = RetryCatalog.defaults();
  private Predicate<ASTMethodCall> waitCalls = RetrySettings.waitCalls(catalog);

  public RetryWithoutBackoffRule() {
    super(ASTWhileStatement.class, ASTForStatement.class, ASTDoStatement.class, ASTMethodCall.class,
        ASTConstructorCall.class, ASTAnnotation.class);
    definePropertyDescriptor(BACKOFF_METHODS);
  }

  /** A malformed {@code backoffMethods} entry makes PMD drop the rule with this reason, which names the entry. */
  @Override
  public String dysfunctionReason() {
    try {
      configuredCatalog();
      return super.dysfunctionReason();
    } catch (CatalogConfigurationException e) {
      return e.getMessage();
    }
  }

  @Override
  public void start(RuleContext ctx) {
    super.start(ctx);
    catalog = configuredCatalog();
    waitCalls = RetrySettings.waitCalls(catalog);
  }

  private RetryCatalog configuredCatalog() {
    return RetryCatalog.withBackoffMethods(BACKOFF_METHODS.name(), getProperty(BACKOFF_METHODS));
  }

  @Override
  public Object visit(ASTWhileStatement node, Object data) {
    return checkLoop(node, data);
  }

  @Override
  public Object visit(ASTForStatement node, Object data) {
    return checkLoop(node, data);
  }

  @Override
  public Object visit(ASTDoStatement node, Object data) {
    return checkLoop(node, data);
  }

  private Object checkLoop(ASTLoopStatement loop, Object data) {
    RetryLoop retry = RetryLoops.retryLoop(loop);
    if (retry != null && !retry.retriesOnlyConflicts() && !RetryLoops.containsWait(loop, waitCalls)) {
      ReportPositions.reportAt(asCtx(data), this, loop, RetryCatalog.noWaitLoopMessage());
    }
    return data;
  }

  @Override
  public Object visit(ASTMethodCall node, Object data) {
    // one finding per call, in the Error Prone check's order: a setting, a builder default, a recursive retry
    Optional<RetrySetting> setting = RetrySettings.settingOf(node, catalog, RetryProblem.NO_WAIT);
    if (setting.isPresent()) {
      ReportPositions.reportAtMethodName(asCtx(data), this, node, setting.get().message());
      return data;
    }
    Optional<RetryBuilderDefault> builder = RetrySettings.builderDefaultOf(node, RetryProblem.NO_WAIT);
    if (builder.isPresent()) {
      ReportPositions.reportAtMethodName(asCtx(data), this, node, builder.get().message());
      return data;
    }
    RecursiveRetry recursion = RetryLoops.recursiveRetry(node);
    if (recursion != null && !recursion.retriesOnlyConflicts()
        && !RetryLoops.containsWait(recursion.method().getBody(), waitCalls)) {
      ReportPositions.reportAtMethodName(asCtx(data), this, node,
          RetryCatalog.noWaitRecursionMessage(recursion.method().getName()));
    }
    return data;
  }

  @Override
  public Object visit(ASTConstructorCall node, Object data) {
    RetrySettings.settingOf(node, catalog, RetryProblem.NO_WAIT)
        .ifPresent(setting -> ReportPositions.reportAt(asCtx(data), this, node, setting.message()));
    return data;
  }

  @Override
  public Object visit(ASTAnnotation node, Object data) {
    RetrySettings.settingOf(node, catalog, RetryProblem.NO_WAIT)
        .ifPresent(setting -> ReportPositions.reportAt(asCtx(data), this, node, setting.message()));
    return data;
  }
}
