package corpus.unclosedtrace;

import corpus.unclosedtrace.TransactionTypesElsewhere.TransactionContext;
import corpus.unclosedtrace.TransactionTypesElsewhere.TransactionLog;
import corpus.unclosedtrace.TransactionTypesElsewhere.TransactionState;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;

/**
 * A span tagged and ended straight away, as a transaction hook records one: an enum constant's {@code name()} or
 * {@code ordinal()} of an accessor or a constant cannot fail (both are final in {@code java.lang.Enum}), also when
 * the enum lives in a file PMD without an auxclasspath cannot load; a state looked up by a call that takes an
 * argument can, and leaves the span open.
 */
class EnumNamesBeforeTheEnd {
  Tracer tracer;

  void acceptsEnumNamesOfAnAccessorAndAConstant(TransactionContext context) {
    Span span = tracer.spanBuilder("end-transaction").startSpan();
    span.setAttribute("transaction", context.getTransactionId());
    span.setAttribute("state", context.getState().name());
    span.setAttribute("expected", TransactionState.COMMIT.name());
    span.end();
  }

  void acceptsEnumOrdinalOfAnAccessor(TransactionContext context) {
    Span span = tracer.spanBuilder("end-transaction").startSpan();
    span.setAttribute("stateOrder", context.getState().ordinal());
    span.end();
  }

  void flagsEnumNameOfAStateLookedUp(TransactionLog log, String transactionId) {
    Span span = tracer.spanBuilder("check-transaction").startSpan(); // tracelint-expect: UnclosedTrace
    span.setAttribute("state", log.stateOf(transactionId).name());
    span.end();
  }
}
