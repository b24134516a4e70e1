package corpus.blockingingestonrequestpath;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.scheduling.annotation.Scheduled;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.sentry.Sentry;
import java.util.concurrent.TimeUnit;
import org.reactivestreams.Publisher;

/**
 * Micronaut 4 pieces around an agent service: a server filter that only tags and passes on, a scheduled job and an
 * @ExecuteOn(BLOCKING) endpoint (still a request path: it moves the work off the event loop, but the response waits),
 * and a filter that flushes Sentry before passing the request on.
 */
public class RealisticModernMicronautFilterAndJobs {
  @Filter("/agent/**")
  public static final class TaggingFilter implements HttpServerFilter {
    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
      Sentry.setTag("path", request.getPath());
      return chain.proceed(request);
    }
  }

  @Filter("/admin/**")
  public static final class FlushingFilter implements HttpServerFilter {
    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
      Sentry.flush(1_000); // tracelint-expect: BlockingIngestOnRequestPath
      return chain.proceed(request);
    }
  }

  public static final class ExportJob {
    private final SdkTracerProvider provider;

    public ExportJob(SdkTracerProvider provider) {
      this.provider = provider;
    }

    @Scheduled(fixedDelay = "30s")
    void export() {
      provider.forceFlush().join(10, TimeUnit.SECONDS);
    }
  }

  @Controller("/agent")
  public static final class AgentController {
    private final SdkTracerProvider provider;

    public AgentController(SdkTracerProvider provider) {
      this.provider = provider;
    }

    @Get("/status")
    public String status() {
      return provider.forceFlush().isSuccess() ? "idle" : "exporting";
    }

    @Get("/drain")
    @ExecuteOn(TaskExecutors.BLOCKING)
    public String drain() {
      provider.forceFlush().join(5, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
      return "drained";
    }
  }
}
