package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.TypeRef;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.LoggingSinks;
import dev.tracelint.catalog.MethodRef;

/**
 * Which calls write their arguments to a log or the console: the sinks {@link LoggingSinks} lists per logger type. With
 * types, the receiver's type decides, and a print stream counts only as {@code System.out} or {@code System.err}.
 * Without them (PMD without an auxclasspath), a logger type named by the unit's imports
 * ({@link TypeEvidence#isA}), a receiver named like a logger or declared with a logger type's simple name, or a fluent
 * logging chain stands in for the type.
 */
final class LoggingCalls {
  private LoggingCalls() {}

  /** Whether {@code call} is a logging or console call whose arguments end up in a log. */
  static boolean isSink(Expr.Call call) {
    Expr receiver = call.receiver();
    if (receiver != null && receiver.kind() == Node.Kind.TYPE_NAME
        && LoggingSinks.LOGGING_CONTEXT_PUTS.stream().anyMatch(put -> TypeEvidence.isCallTo(call, put))) {
      // MDC.put("user", value), written on the type: every later log line of the thread prints the value
      return true;
    }
    // An unqualified call (inside a logger implementation) is the logger's own business; a static call on a type is
    // not made on a logger, whatever the type implements.
    if (receiver == null || receiver.kind() == Node.Kind.TYPE_NAME) {
      return false;
    }
    TypeRef type = TypeEvidence.knownType(receiver);
    for (String owner : LoggingSinks.ownerTypes()) {
      if (LoggingSinks.isSink(owner, call.name()) && TypeEvidence.isA(type, owner, call.unit()).isYes()) {
        return !owner.equals(LoggingSinks.PRINT_STREAM) || isConsole(receiver);
      }
    }
    return !type.isResolved() && LoggingSinks.isLoggerSinkName(call.name()) && looksLikeLogger(receiver);
  }

  /**
   * Which arguments {@code call} records as span, observation, log-record or meter attribute values
   * ({@link LoggingSinks}'s telemetry attribute sinks), or {@code null} when it is no such call: on a receiver of a
   * catalogued type or its subtype ({@code Sentry.setTag}, {@code Attributes.of} on the type itself); without types, a
   * type the unit's imports name.
   */
  static LoggingSinks.AttributeValues telemetryAttributeValues(Expr.Call call) {
    if (LoggingSinks.isLoggerSinkName(call.name()) && isSink(call)) {
      // log.error(..) is a logger's, judged as a log line; span.error(e) of a tracing span is an attribute sink
      return null;
    }
    for (String owner : LoggingSinks.telemetryAttributeOwners()) {
      LoggingSinks.AttributeValues values = LoggingSinks.telemetryAttributeValues(owner, call.name());
      if (values != null && hasValueArguments(values, call.arguments().size())
          && TypeEvidence.isCallTo(call, new MethodRef(owner, call.name()))) {
        return values;
      }
    }
    return null;
  }

  private static boolean hasValueArguments(LoggingSinks.AttributeValues values, int arguments) {
    switch (values) {
      case PAIRS:
        return arguments >= 2 && arguments % 2 == 0;
      case PAIRS_AFTER_NAME:
        // counter(name, Iterable<Tag>) records a collection judged where it was built (Tags.of, Tag.of)
        return arguments >= 3 && arguments % 2 == 1;
      case MAP:
      case FIRST:
        return arguments >= 1;
      default:
        return arguments >= 2;
    }
  }

  /**
   * {@code System.out} or {@code System.err}, also statically imported: other print streams may write anywhere (a
   * credentials file), so they are not judged.
   */
  static boolean isConsole(Expr receiver) {
    Variable field = Nodes.variableOf(receiver);
    return field != null
        && field.kind() == Variable.VarKind.FIELD
        && LoggingSinks.CONSOLE_OWNER.equals(field.declaringType())
        && LoggingSinks.isConsoleField(field.name());
  }

  /**
   * Without types: {@code log.info}, {@code LOGGER.warn}, {@code audit.info} on an {@code AuditLogger audit},
   * {@code log.atInfo().log}, {@code LoggerFactory.getLogger(..).info}.
   */
  private static boolean looksLikeLogger(Expr receiver) {
    if (receiver instanceof Expr.Call) {
      String step = ((Expr.Call) receiver).name();
      return LoggingSinks.isFluentBuilderStep(step) || LoggingSinks.isLoggerFactory(step);
    }
    String name = Nodes.referencedName(receiver);
    if (name == null) {
      return false;
    }
    if (LoggingSinks.isLoggerName(name)) {
      return true;
    }
    Variable variable = Nodes.variableOf(receiver);
    String writtenType = variable == null ? null : variable.writtenType();
    return writtenType != null && LoggingSinks.isLoggerTypeSimpleName(TypeEvidence.simpleNameOf(writtenType));
  }
}
