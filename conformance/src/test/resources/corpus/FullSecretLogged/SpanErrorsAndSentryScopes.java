package corpus.fullsecretlogged;

import io.micrometer.tracing.Span;
import io.sentry.Sentry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A span marked failed with {@code error(Throwable)} records the exception's message, which the tracing backend
 * shows (Micrometer Tracing's and Brave's spans); a Sentry scope's tags and extras go with every event. Not flagged: a
 * caught exception recorded as it is, a message that names the key or gives its length, ordinary tags, a prefix, and
 * a logger's {@code error} beside a span's.
 */
class SpanErrorsAndSentryScopes {
  private static final Logger log = LoggerFactory.getLogger(SpanErrorsAndSentryScopes.class);

  void flagsAMicrometerSpanFailedWithTheKey(Span span, String tavilyApiKey) {
    span.error(new IllegalArgumentException("search rejected key " + tavilyApiKey)); // tracelint-expect: FullSecretLogged
  }

  void flagsABraveSpanFailedWithTheToken(brave.Span span, String crmAccessToken) {
    span.error(new IllegalStateException("CRM refused " + crmAccessToken)); // tracelint-expect: FullSecretLogged
  }

  void flagsASentryScopeExtra(String sessionCookie) {
    Sentry.configureScope(scope -> scope.setExtra("cookie", sessionCookie)); // tracelint-expect: FullSecretLogged
  }

  void acceptsACaughtExceptionRecordedAsItIs(Span span, Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      span.error(e);
      log.error("tool call failed", e);
    }
  }

  void acceptsAMessageThatNamesTheKey(Span span, String tavilyApiKey) {
    span.error(new IllegalArgumentException("search rejected tavilyApiKey of length " + tavilyApiKey.length()));
  }

  void acceptsOrdinaryScopeTags(String tenant, String sessionCookie) {
    Sentry.configureScope(scope -> {
      scope.setTag("tenant", tenant);
      scope.setExtra("cookie.present", String.valueOf(sessionCookie != null));
    });
  }

  void acceptsAPrefixOnABraveSpan(brave.Span span, String crmAccessToken) {
    span.error(new IllegalStateException("CRM refused " + crmAccessToken.substring(0, 6) + "..."));
  }
}
