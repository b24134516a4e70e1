package corpus.unclosedtrace;

import io.sentry.ISpan;
import io.sentry.ITransaction;
import io.sentry.Sentry;
import io.sentry.SpanStatus;
import io.sentry.TransactionOptions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Sentry binds a transaction started with {@code bindToScope} to the current scope: the interceptor's
 * {@code preHandle} starts and tags it, and {@code afterCompletion} finds it again with {@code Sentry.getSpan()} and
 * finishes it.
 */
class RealisticPairedSentryBoundTransaction implements HandlerInterceptor {
  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    TransactionOptions options = new TransactionOptions();
    options.setBindToScope(true);
    ITransaction transaction =
        Sentry.startTransaction(request.getMethod() + " " + request.getRequestURI(), "http.server", options);
    transaction.setTag("http.method", request.getMethod());
    transaction.setData("http.query", String.valueOf(request.getQueryString()));
    return true;
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    ISpan span = Sentry.getSpan();
    if (span == null) {
      return;
    }
    ISpan transaction = span;
    if (ex != null) {
      transaction.setThrowable(ex);
      transaction.setStatus(SpanStatus.INTERNAL_ERROR);
    } else {
      transaction.setStatus(SpanStatus.fromHttpStatusCode(response.getStatus(), SpanStatus.OK));
    }
    transaction.finish();
  }
}
