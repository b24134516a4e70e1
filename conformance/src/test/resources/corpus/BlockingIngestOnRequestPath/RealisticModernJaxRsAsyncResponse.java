package corpus.blockingingestonrequestpath;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import jakarta.annotation.PreDestroy;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A JAX-RS resource answering asynchronously: the answer is computed on a worker and resumed into the suspended
 * response, the span ended when it completes, and the exporter only waited on when the resource is destroyed.
 */
@Path("/answers")
public class RealisticModernJaxRsAsyncResponse {
  record Question(String text) {}

  record Answer(String text, long millis) {}

  interface Model {
    String answer(String question);
  }

  private final Tracer tracer;
  private final Model model;
  private final ExecutorService workers;
  private final SdkTracerProvider provider;

  public RealisticModernJaxRsAsyncResponse(Tracer tracer, Model model, ExecutorService workers, SdkTracerProvider provider) {
    this.tracer = tracer;
    this.model = model;
    this.workers = workers;
    this.provider = provider;
  }

  @POST
  public void ask(Question question, @Suspended AsyncResponse response) {
    long started = System.nanoTime();
    Span span = tracer.spanBuilder("answer").startSpan();
    CompletableFuture.supplyAsync(() -> model.answer(question.text()), workers)
        .whenComplete(
            (text, error) -> {
              span.end();
              if (error != null) {
                response.resume(error);
              } else {
                response.resume(new Answer(text, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)));
              }
            });
  }

  @PreDestroy
  void shutdown() {
    provider.shutdown().join(10, TimeUnit.SECONDS);
  }
}
