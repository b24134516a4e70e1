package dev.tracelint.pmd;

import dev.tracelint.catalog.RetryBuilderDefault;
import dev.tracelint.catalog.RetryCatalog;
import dev.tracelint.catalog.RetryProblem;
import dev.tracelint.catalog.RetrySetting;
import dev.tracelint.pmd.RetryLoops.RecursiveRetry;
import dev.tracelint.pmd.RetryLoops.RetryLoop;
import java.util.Optional;
import net.sourceforge.pmd.lang.java.ast.ASTAnnotation;
import net.sourceforge.pmd.lang.java.ast.ASTConstructorCall;
import net.sourceforge.pmd.lang.java.ast.ASTDoStatement;
import net.sourceforge.pmd.lang.java.ast.ASTForStatement;
import net.sourceforge.pmd.lang.java.ast.ASTLoopStatement;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTWhileStatement;
import net.sourceforge.pmd.lang.java.rule.AbstractJavaRulechainRule;

/**
 * UnboundedRetry: a retry that nothing limits. Flags hand-written retry loops with no attempt limit, deadline,
 * interruption check or giving-up path, methods that retry by calling themselves from their catch with no decreasing
 * attempt count, and retry-library settings that mean "no limit". Reported at the loop keyword, the recursive call,
 * the setting's method name or the annotation, as the Error Prone check does.
 */
public final class UnboundedRetryRule extends AbstractJavaRulechainRule {
  private static final RetryCatalog CATALOG = RetryCatalog.defaults();

  public UnboundedRetryRule() {
    super(ASTWhileStatement.class, ASTForStatement.class, ASTDoStatement.class, ASTMethodCall.class,
        ASTConstructorCall.class, ASTAnnotation.class);
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
    if (retry != null && retry.unbounded()) {
      ReportPositions.reportAt(asCtx(data), this, loop, RetryCatalog.unboundedLoopMessage());
    }
    return data;
  }

  @Override
  public Object visit(ASTMethodCall node, Object data) {
    // one finding per call, in the Error Prone check's order: a setting, a builder default, a recursive retry
    Optional<RetrySetting> setting = RetrySettings.settingOf(node, CATALOG, RetryProblem.UNBOUNDED);
    if (setting.isPresent()) {
      ReportPositions.reportAtMethodName(asCtx(data), this, node, setting.get().message());
      return data;
    }
    Optional<RetryBuilderDefault> builder = RetrySettings.builderDefaultOf(node, RetryProblem.UNBOUNDED);
    if (builder.isPresent()) {
      ReportPositions.reportAtMethodName(asCtx(data), this, node, builder.get().message());
      return data;
    }
    RecursiveRetry recursion = RetryLoops.recursiveRetry(node);
    if (recursion != null && recursion.unbounded()) {
      ReportPositions.reportAtMethodName(asCtx(data), this, node,
          RetryCatalog.unboundedRecursionMessage(recursion.method().getName()));
    }
    return data;
  }

  @Override
  public Object visit(ASTConstructorCall node, Object data) {
    RetrySettings.settingOf(node, CATALOG, RetryProblem.UNBOUNDED)
        .ifPresent(setting -> ReportPositions.reportAt(asCtx(data), this, node, setting.message()));
    return data;
  }

  @Override
  public Object visit(ASTAnnotation node, Object data) {
    RetrySettings.settingOf(node, CATALOG, RetryProblem.UNBOUNDED)
        .ifPresent(setting -> ReportPositions.reportAt(asCtx(data), this, node, setting.message()));
    return data;
  }
}
