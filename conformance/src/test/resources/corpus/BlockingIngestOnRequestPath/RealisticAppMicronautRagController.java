package corpus.blockingingestonrequestpath;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.annotation.Async;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A Micronaut RAG controller: timings go to Micrometer, the export queue is drained by an async method. */
@Controller("/rag")
public class RealisticAppMicronautRagController {
  public record Query(String text, int topK) {}

  public record Hit(String documentId, double score) {}

  interface Retriever {
    List<Hit> search(String text, int topK);
  }

  private final Retriever retriever;
  private final MeterRegistry registry;
  private final SdkTracerProvider provider;
  private final Timer searchTimer;

  public RealisticAppMicronautRagController(Retriever retriever, MeterRegistry registry, SdkTracerProvider provider) {
    this.retriever = retriever;
    this.registry = registry;
    this.provider = provider;
    this.searchTimer = Timer.builder("rag.search").publishPercentiles(0.5, 0.95).register(registry);
  }

  @Post("/search")
  public List<Hit> search(@Body Query query) {
    return searchTimer.record(() -> retriever.search(query.text(), Math.max(1, query.topK())));
  }

  @Get("/documents/{id}/hits")
  public HttpResponse<Long> hits(@PathVariable String id) {
    registry.counter("rag.document.lookups", "document", id).increment();
    drainExportsLater();
    return HttpResponse.ok((long) registry.getMeters().size());
  }

  @Async
  void drainExportsLater() {
    provider.forceFlush().join(10, TimeUnit.SECONDS);
  }
}
