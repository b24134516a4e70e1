package corpus.blockingingestonrequestpath;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * JAX-RS request and response filters: the response filter ends the request's span. A batch endpoint's spans are
 * flushed from a worker (the response does not wait); a debug header that waits for the export makes the response
 * wait, whatever the reason.
 */
class RealisticPairedJaxRsResponseFilter implements ContainerRequestFilter, ContainerResponseFilter {
  private final SdkTracerProvider provider;
  private final ExecutorService workers;

  RealisticPairedJaxRsResponseFilter(SdkTracerProvider provider, ExecutorService workers) {
    this.provider = provider;
    this.workers = workers;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty("span", Span.current());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object span = request.getProperty("span");
    if (span instanceof Span) {
      ((Span) span).setAttribute("http.status_code", response.getStatus());
    }
    if ("batch".equals(request.getHeaderString("X-Workload"))) {
      CompletableFuture.runAsync(() -> provider.forceFlush().join(30, TimeUnit.SECONDS), workers);
    }
    if (request.getHeaderString("X-Debug-Flush") != null) {
      CompletableResultCode flushed = provider.forceFlush();
      flushed.join(2, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
    }
  }
}
