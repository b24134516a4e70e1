package corpus.blockingingestonrequestpath;

import brave.Tracing;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.annotation.Async;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.TimeUnit;
import org.springframework.web.servlet.HandlerInterceptor;

/** A Spring interceptor runs on every request; a bare forceFlush() in it is fine, closing Brave is not. */
class InterceptorAndMicronaut implements HandlerInterceptor {
  private Tracing tracing;
  private SdkTracerProvider tracerProvider;

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    tracerProvider.forceFlush();
    return true;
  }

  @Override
  public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
      Exception ex) {
    tracing.close(); // tracelint-expect: BlockingIngestOnRequestPath -- tracing.close() blocks request handler 'afterCompletion' until telemetry is sent
  }
}

@Controller("/metrics")
class MicronautMetricsController {
  private MeterRegistry registry;

  @Get
  String scrape() {
    registry.close(); // tracelint-expect: BlockingIngestOnRequestPath -- registry.close() blocks request handler 'scrape' until telemetry is sent
    return "";
  }
}

/** A Micronaut route marked {@code @Async} runs on an executor: the request does not wait for it. */
@Controller("/exports")
class MicronautAsyncExports {
  private SdkTracerProvider tracerProvider;

  @Async
  @Post
  void acceptsJoinedFlushInAsyncRoute() {
    tracerProvider.forceFlush().join(10, TimeUnit.SECONDS);
  }
}
