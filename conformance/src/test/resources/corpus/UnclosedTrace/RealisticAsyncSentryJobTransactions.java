package corpus.unclosedtrace;

import io.sentry.ISpan;
import io.sentry.ITransaction;
import io.sentry.Sentry;
import io.sentry.SpanStatus;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Background document jobs traced with Sentry: a transaction per job and a child span per asynchronous stage, each
 * finished by the stage that completes it, whatever the outcome.
 */
public class RealisticAsyncSentryJobTransactions {
  interface Ocr {
    CompletableFuture<String> read(byte[] scan);
  }

  interface Classifier {
    String classify(String text);
  }

  private final Ocr ocr;
  private final Classifier classifier;
  private final Executor jobs;

  RealisticAsyncSentryJobTransactions(Ocr ocr, Classifier classifier, Executor jobs) {
    this.ocr = ocr;
    this.classifier = classifier;
    this.jobs = jobs;
  }

  public CompletableFuture<String> process(byte[] scan) {
    ITransaction transaction = Sentry.startTransaction("document.process", "job");
    ISpan reading = transaction.startChild("ocr.read");
    return ocr.read(scan)
        .whenComplete((text, error) -> reading.finish(error == null ? SpanStatus.OK : SpanStatus.INTERNAL_ERROR))
        .thenApplyAsync(classifier::classify, jobs)
        .whenComplete((label, error) -> {
          if (error != null) {
            transaction.setThrowable(error);
            transaction.setStatus(SpanStatus.INTERNAL_ERROR);
          }
          transaction.finish();
        });
  }

  public CompletableFuture<String> classifyOnly(String text) {
    ITransaction transaction = Sentry.startTransaction("document.classify", "job");
    return CompletableFuture.supplyAsync(() -> {
      ISpan span = transaction.startChild("classifier");
      try {
        return classifier.classify(text);
      } finally {
        span.finish();
      }
    }, jobs).whenComplete((label, error) -> transaction.finish());
  }

  public CompletableFuture<String> readOnlyOnSuccess(byte[] scan) {
    ITransaction transaction = Sentry.startTransaction("document.read", "job");
    ISpan reading = transaction.startChild("ocr.read"); // tracelint-expect: UnclosedTrace
    return ocr.read(scan)
        .thenApply(text -> {
          reading.finish();
          return text;
        })
        .whenComplete((text, error) -> transaction.finish());
  }
}
