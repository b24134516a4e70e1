package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.SourceUnit;
import dev.tracelint.catalog.LoggingSinks;
import dev.tracelint.catalog.MethodRef;
import dev.tracelint.catalog.SecretCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * FullSecretLogged: a logging or printing call whose message or arguments carry a secret's full value, or a span or
 * observation attribute given one (the tracing backend keeps and shows it), reported at the call with the name of the
 * first secret it records. The procedure is the one written down in
 * {@code docs/rules/FullSecretLogged.md}: which calls are sinks is {@link LoggingCalls}'s question, how a secret
 * reaches one {@link SecretFlow}'s.
 */
public final class FullSecretLogged implements Procedure {
  public static final String RULE = "FullSecretLogged";

  private final SecretCatalog catalog;

  /**
   * @param catalog the default catalogue extended by the user's {@code SecretNames}, {@code MaskingMethods} and
   *     {@code LoggingMethods}
   */
  public FullSecretLogged(SecretCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public String rule() {
    return RULE;
  }

  @Override
  public List<Finding> findings(SourceUnit unit) {
    List<Finding> findings = new ArrayList<>();
    UnitIndex index = UnitIndex.of(unit);
    Set<Expr.Call> logged = new LinkedHashSet<>();
    for (String name : LoggingSinks.methodNames()) {
      for (Expr.Call call : index.callsNamed(name)) {
        if (LoggingCalls.isSink(call)) {
          logged.add(call);
        }
      }
    }
    // the in-house loggers of the LoggingMethods option, judged as a logger's call is
    for (MethodRef loggingMethod : catalog.userLoggingMethods()) {
      for (Expr.Call call : index.callsNamed(loggingMethod.method())) {
        if (TypeEvidence.isCallTo(call, loggingMethod)) {
          logged.add(call);
        }
      }
    }
    for (Expr.Call call : logged) {
      if (GeneratedSecretGuards.guards(call)) {
        continue;
      }
      String subject = new SecretFlow(catalog, index, call).firstSecretArgument();
      if (subject != null) {
        findings.add(new Finding(RULE, call, SecretCatalog.message(subject)));
      }
    }
    for (String name : LoggingSinks.telemetryAttributeMethodNames()) {
      for (Expr.Call call : index.callsNamed(name)) {
        // no generated-password guard here: a password shown to its user once is not one to export
        LoggingSinks.AttributeValues values = LoggingCalls.telemetryAttributeValues(call);
        if (values == null) {
          continue;
        }
        String subject = new SecretFlow(catalog, index, call).firstSecretAttributeValue(values);
        if (subject != null) {
          findings.add(new Finding(RULE, call, SecretCatalog.attributeMessage(subject)));
        }
      }
    }
    findings.sort(Comparator.comparingInt(finding -> finding.anchor().span().start()));
    return findings;
  }
}
