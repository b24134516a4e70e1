package corpus.unclosedtrace;

import io.sentry.ISentryLifecycleToken;
import io.sentry.ISpan;
import io.sentry.ITransaction;
import io.sentry.Sentry;
import io.sentry.SpanStatus;
import io.sentry.TransactionOptions;
import java.util.List;

/** A nightly embedding refresh, traced with Sentry: the transaction is made current with a token in try-with-resources. */
public class RealisticAppSentryBoundTransaction {
  interface Embedder {
    int embed(List<String> texts);
  }

  private final Embedder embedder;

  public RealisticAppSentryBoundTransaction(Embedder embedder) {
    this.embedder = embedder;
  }

  public int refresh(List<List<String>> batches) {
    TransactionOptions options = new TransactionOptions();
    options.setBindToScope(true);
    ITransaction transaction = Sentry.startTransaction("embeddings.refresh", "task", options);
    int total = 0;
    try (ISentryLifecycleToken token = transaction.makeCurrent()) {
      for (List<String> batch : batches) {
        total += embedBatch(transaction, batch);
      }
      transaction.setStatus(SpanStatus.OK);
      return total;
    } catch (RuntimeException e) {
      transaction.setThrowable(e);
      transaction.setStatus(SpanStatus.INTERNAL_ERROR);
      throw e;
    } finally {
      transaction.setData("embeddings.total", total);
      transaction.finish();
    }
  }

  private int embedBatch(ITransaction transaction, List<String> batch) {
    ISpan span = transaction.startChild("embeddings.batch", "batch of " + batch.size());
    try {
      int embedded = embedder.embed(batch);
      span.setData("embedded", embedded);
      return embedded;
    } catch (RuntimeException e) {
      span.setThrowable(e);
      span.setStatus(SpanStatus.INTERNAL_ERROR);
      throw e;
    } finally {
      span.finish();
    }
  }
}
