package corpus.unclosedtrace;

import brave.Span;
import brave.Tracer;
import java.io.IOException;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/** A RestTemplate interceptor of an agent's tool gateway, traced with Brave. */
public class RealisticAppBraveRestClientInterceptor implements ClientHttpRequestInterceptor {
  private final Tracer tracer;

  public RealisticAppBraveRestClientInterceptor(Tracer tracer) {
    this.tracer = tracer;
  }

  @Override
  public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
      throws IOException {
    Span span = tracer.nextSpan()
        .name(request.getMethod().name() + " " + request.getURI().getPath())
        .kind(Span.Kind.CLIENT)
        .start();
    try (Tracer.SpanInScope ws = tracer.withSpanInScope(span)) {
      ClientHttpResponse response = execution.execute(request, body);
      span.tag("http.status_code", Integer.toString(response.getStatusCode().value()));
      return response;
    } catch (IOException | RuntimeException e) {
      span.error(e);
      throw e;
    } finally {
      span.finish();
    }
  }

  /** A copy kept for the legacy gateway: finished on the normal path and in a narrow catch only. */
  public static final class Legacy implements ClientHttpRequestInterceptor {
    private final Tracer tracer;

    public Legacy(Tracer tracer) {
      this.tracer = tracer;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
        throws IOException {
      Span span = tracer.nextSpan().name("legacy-gateway").kind(Span.Kind.CLIENT).start(); // tracelint-expect: UnclosedTrace -- span 'span'
      try (Tracer.SpanInScope ws = tracer.withSpanInScope(span)) {
        ClientHttpResponse response = execution.execute(request, body);
        span.finish();
        return response;
      } catch (IOException e) {
        span.error(e);
        span.finish();
        throw e;
      }
    }
  }

  /** The same with catch (Throwable): every exception lands in the catch that finishes. */
  public static final class Rewritten implements ClientHttpRequestInterceptor {
    private final Tracer tracer;

    public Rewritten(Tracer tracer) {
      this.tracer = tracer;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
        throws IOException {
      Span span = tracer.nextSpan().name("legacy-gateway").kind(Span.Kind.CLIENT).start();
      try (Tracer.SpanInScope ws = tracer.withSpanInScope(span)) {
        ClientHttpResponse response = execution.execute(request, body);
        span.finish();
        return response;
      } catch (Throwable t) {
        span.error(t);
        span.finish();
        throw t;
      }
    }
  }
}
