package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * A servlet filter as application teams write it: the span is ended in the filter's {@code finally}, unless the
 * request went asynchronous, when an {@link AsyncListener} registered on the request ends it on complete, error or
 * timeout.
 */
class RealisticPairedServletFilter implements Filter {
  private final Tracer tracer;

  RealisticPairedServletFilter(Tracer tracer) {
    this.tracer = tracer;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    Span span = tracer.spanBuilder(http.getMethod() + " " + http.getRequestURI())
        .setSpanKind(SpanKind.SERVER)
        .startSpan();
    boolean async = false;
    try (Scope scope = span.makeCurrent()) {
      chain.doFilter(request, response);
      if (request.isAsyncStarted()) {
        async = true;
        request.getAsyncContext().addListener(new SpanEndingListener(span));
      }
    } catch (IOException | ServletException | RuntimeException e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR);
      throw e;
    } finally {
      if (!async) {
        span.end();
      }
    }
  }

  /** Ends the span when the asynchronous request is over, whichever way it ends. */
  static final class SpanEndingListener implements AsyncListener {
    private final Span span;

    SpanEndingListener(Span span) {
      this.span = span;
    }

    @Override
    public void onComplete(AsyncEvent event) {
      span.end();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
      span.setStatus(StatusCode.ERROR, "timeout");
      span.end();
    }

    @Override
    public void onError(AsyncEvent event) {
      span.recordException(event.getThrowable());
      span.setStatus(StatusCode.ERROR);
      span.end();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
      event.getAsyncContext().addListener(this);
    }
  }
}
