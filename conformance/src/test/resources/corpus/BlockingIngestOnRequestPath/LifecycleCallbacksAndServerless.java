package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.sentry.Sentry;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lifecycle callbacks of a controller and a SmartLifecycle may drain telemetry; a serverless handler must flush
 * before it returns.
 */
@RestController
class LifecycleCallbacksAndServerless implements DisposableBean, ApplicationListener<ContextClosedEvent> {
  private SdkTracerProvider provider;

  @GetMapping("/ping")
  String ping() {
    return "pong";
  }

  @Override
  public void destroy() {
    provider.close();
  }

  @Override
  public void onApplicationEvent(ContextClosedEvent event) {
    provider.forceFlush().join(10, TimeUnit.SECONDS);
  }

  @EventListener(ContextClosedEvent.class)
  public void onContextClosed() {
    provider.shutdown().join(10, TimeUnit.SECONDS);
  }
}

final class TelemetryLifecycle implements SmartLifecycle {
  private OpenTelemetrySdk sdk;
  private volatile boolean running;

  @Override
  public void start() {
    running = true;
  }

  @Override
  public void stop() {
    sdk.close();
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}

/** Stands in for com.amazonaws.services.lambda.runtime.RequestHandler, which is not among the known APIs. */
interface ServerlessRequestHandler<I, O> {
  O handleRequest(I input, Object context);
}

class QueueEventFunction implements ServerlessRequestHandler<List<String>, String> {
  private OpenTelemetrySdk sdk;

  @Override
  public String handleRequest(List<String> messages, Object context) {
    try {
      return "processed " + messages.size();
    } catch (RuntimeException e) {
      Sentry.captureException(e);
      throw e;
    } finally {
      Sentry.flush(5000);
      sdk.getSdkTracerProvider().forceFlush().join(1, TimeUnit.SECONDS);
    }
  }
}
