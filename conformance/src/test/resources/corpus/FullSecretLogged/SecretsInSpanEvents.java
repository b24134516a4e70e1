package corpus.fullsecretlogged;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;

/**
 * A span's events are exported with the span: an event's name is shown as it is, and {@code recordException} records
 * the exception's message as the event's {@code exception.message} attribute. Flagged: an event named with a secret,
 * and an exception recorded whose message holds one, in place or through a local. Not flagged: an event named by a
 * literal or with an ordinary value, an exception whose message names the secret's variable only, a caught exception
 * recorded as it is, and a secret's length given as the event's name.
 */
class SecretsInSpanEvents {
  void flagsAnEventNamedWithTheToken(Span span, String token) {
    span.addEvent("token refreshed: " + token); // tracelint-expect: FullSecretLogged
  }

  void flagsAnEventNamedWithTheKeyBesideAttributes(Span span, String apiKey) {
    span.addEvent("using key " + apiKey, Attributes.empty()); // tracelint-expect: FullSecretLogged
  }

  void flagsARecordedExceptionWhoseMessageHoldsTheKey(Span span, String apiKey) {
    span.recordException(new IllegalStateException("bad key " + apiKey)); // tracelint-expect: FullSecretLogged
  }

  void flagsARecordedExceptionKeptInALocal(Span span, String clientSecret, RuntimeException cause) {
    IllegalArgumentException failure = new IllegalArgumentException("secret " + clientSecret + " rejected", cause);
    span.recordException(failure); // tracelint-expect: FullSecretLogged
  }

  void acceptsAnEventNamedByALiteral(Span span, String token) {
    span.addEvent("token refreshed");
  }

  void acceptsAnEventNamedWithAnOrdinaryValue(Span span, String model) {
    span.addEvent("model selected: " + model);
  }

  void acceptsAnExceptionNamingOnlyTheVariable(Span span) {
    span.recordException(new IllegalStateException("apiKey must not be blank"));
  }

  void acceptsACaughtExceptionRecordedAsItIs(Span span, Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      span.recordException(e);
    }
  }

  void acceptsTheLengthOfTheToken(Span span, String token) {
    span.addEvent("token of length " + token.length());
  }
}
