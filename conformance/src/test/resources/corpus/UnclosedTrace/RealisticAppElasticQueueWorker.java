package corpus.unclosedtrace;

import co.elastic.apm.api.ElasticApm;
import co.elastic.apm.api.Scope;
import co.elastic.apm.api.Span;
import co.elastic.apm.api.Transaction;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/** A queue worker of a document-ingestion service, traced with the Elastic APM public API. */
public class RealisticAppElasticQueueWorker implements Runnable {
  public record Job(String id, String documentUrl, Map<String, String> headers) {}

  interface Pipeline {
    String fetch(String url);

    void embedAndStore(String id, String text);
  }

  private final BlockingQueue<Job> queue;
  private final Pipeline pipeline;
  private volatile boolean running = true;

  public RealisticAppElasticQueueWorker(BlockingQueue<Job> queue, Pipeline pipeline) {
    this.queue = queue;
    this.pipeline = pipeline;
  }

  @Override
  public void run() {
    while (running) {
      Job job;
      try {
        job = queue.poll(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (job != null) {
        process(job);
      }
    }
  }

  void process(Job job) {
    Transaction transaction = ElasticApm.startTransactionWithRemoteParent(
        key -> Optional.ofNullable(job.headers().get(key)).orElse(null));
    try (Scope scope = transaction.activate()) {
      transaction.setName("ingest-document");
      transaction.setType(Transaction.TYPE_REQUEST);
      transaction.setLabel("job.id", job.id());
      String text = fetch(transaction, job.documentUrl());
      pipeline.embedAndStore(job.id(), text);
      transaction.setResult("success");
    } catch (RuntimeException e) {
      transaction.captureException(e);
      transaction.setResult("failure");
    } finally {
      transaction.end();
    }
  }

  private String fetch(Transaction transaction, String url) {
    Span span = transaction.startSpan("external", "http", "fetch");
    try (Scope scope = span.activate()) {
      span.setName("GET document");
      return pipeline.fetch(url);
    } catch (RuntimeException e) {
      span.captureException(e);
      throw e;
    } finally {
      span.end();
    }
  }

  public void stop() {
    running = false;
  }
}
