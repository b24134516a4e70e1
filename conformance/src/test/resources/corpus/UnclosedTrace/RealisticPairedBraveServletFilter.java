package corpus.unclosedtrace;

import brave.Span;
import brave.Tracing;
import brave.propagation.CurrentTraceContext;
import java.io.IOException;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;

/**
 * A javax servlet filter with Brave: the span's context is put in scope with the current-trace-context's
 * {@code newScope} in try-with-resources, and the span is finished in {@code finally}; a request that went
 * asynchronous finishes it from a listener instead.
 */
class RealisticPairedBraveServletFilter implements Filter {
  private final Tracing tracing;

  RealisticPairedBraveServletFilter(Tracing tracing) {
    this.tracing = tracing;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    Span span = tracing.tracer().nextSpan().name(http.getMethod()).kind(Span.Kind.SERVER);
    span.start();
    CurrentTraceContext current = tracing.currentTraceContext();
    boolean handedToListener = false;
    try (CurrentTraceContext.Scope scope = current.newScope(span.context())) {
      chain.doFilter(request, response);
      if (request.isAsyncStarted()) {
        request.getAsyncContext().addListener(new BraveAsyncListener(span));
        handedToListener = true;
      }
    } catch (IOException | ServletException | RuntimeException | Error e) {
      span.error(e);
      throw e;
    } finally {
      if (!handedToListener) {
        span.finish();
      }
    }
  }

  static final class BraveAsyncListener implements javax.servlet.AsyncListener {
    private final Span span;

    BraveAsyncListener(Span span) {
      this.span = span;
    }

    @Override
    public void onComplete(javax.servlet.AsyncEvent event) {
      span.finish();
    }

    @Override
    public void onTimeout(javax.servlet.AsyncEvent event) {
      span.tag("error", "timeout");
      span.finish();
    }

    @Override
    public void onError(javax.servlet.AsyncEvent event) {
      span.error(event.getThrowable());
      span.finish();
    }

    @Override
    public void onStartAsync(javax.servlet.AsyncEvent event) {
      event.getAsyncContext().addListener(this);
    }
  }
}
