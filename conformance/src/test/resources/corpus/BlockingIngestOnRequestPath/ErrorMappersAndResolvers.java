package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.sentry.Sentry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.concurrent.TimeUnit;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.handler.AbstractHandlerExceptionResolver;

/**
 * Exception mappers and resolvers answer a failed request on the thread that serves it, as {@code @ExceptionHandler}
 * methods do: JAX-RS {@code ExceptionMapper#toResponse} (jakarta and javax) and Spring MVC
 * {@code HandlerExceptionResolver#resolveException} ({@code AbstractHandlerExceptionResolver#doResolveException} for its
 * subclasses). Waiting for telemetry there delays the error response. Capturing the failure, or requesting a flush
 * without waiting, does not; nor does a {@code toResponse} of a class that maps nothing.
 */
@Provider
class ErrorMappersAndResolvers implements ExceptionMapper<IllegalStateException> {
  private final SdkTracerProvider tracing = SdkTracerProvider.builder().build();

  @Override
  public Response toResponse(IllegalStateException failure) {
    tracing.forceFlush().join(3, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath -- tracing.forceFlush().join() blocks request handler 'toResponse'
    return Response.status(Response.Status.CONFLICT).entity(failure.getMessage()).build();
  }
}

@javax.ws.rs.ext.Provider
class LegacyTimeoutMapper implements javax.ws.rs.ext.ExceptionMapper<java.util.concurrent.TimeoutException> {
  @Override
  public javax.ws.rs.core.Response toResponse(java.util.concurrent.TimeoutException timeout) {
    Sentry.captureException(timeout);
    Sentry.flush(1500); // tracelint-expect: BlockingIngestOnRequestPath
    return javax.ws.rs.core.Response.status(504).build();
  }
}

class ReportingResolver implements HandlerExceptionResolver {
  @Override
  public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
      Exception failure) {
    Sentry.captureException(failure);
    Sentry.flush(2000); // tracelint-expect: BlockingIngestOnRequestPath
    return new ModelAndView("error");
  }
}

class ExportingResolver extends AbstractHandlerExceptionResolver {
  private SdkTracerProvider tracing;

  @Override
  protected ModelAndView doResolveException(HttpServletRequest request, HttpServletResponse response,
      Object handler, Exception failure) {
    drain(); // tracelint-expect: BlockingIngestOnRequestPath
    return new ModelAndView("error");
  }

  private void drain() {
    tracing.shutdown().join(5, TimeUnit.SECONDS);
  }
}

@Provider
class CapturingMapper implements ExceptionMapper<IllegalArgumentException> {
  @Override
  public Response toResponse(IllegalArgumentException failure) {
    Sentry.captureException(failure);
    return Response.status(Response.Status.BAD_REQUEST).build();
  }
}

class FlushRequestingResolver implements HandlerExceptionResolver {
  private SdkTracerProvider tracing;

  @Override
  public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
      Exception failure) {
    tracing.forceFlush();
    return null;
  }
}

/** Maps failures for a batch report; it is no JAX-RS provider and serves no request. */
class ReportRowMapper {
  private SdkTracerProvider tracing;

  public String toResponse(RuntimeException failure) {
    tracing.forceFlush().join(3, TimeUnit.SECONDS);
    return "row failed: " + failure.getMessage();
  }
}

class ResolverWithAnOverloadedHelper extends AbstractHandlerExceptionResolver {
  private SdkTracerProvider tracing;

  @Override
  protected ModelAndView doResolveException(HttpServletRequest request, HttpServletResponse response,
      Object handler, Exception failure) {
    return new ModelAndView("error");
  }

  /** Not the resolver's method: Spring never calls it. */
  void resolveException(String reason) {
    tracing.forceFlush().join(3, TimeUnit.SECONDS);
  }
}
