package corpus.unclosedtrace;

import io.sentry.ISpan;
import io.sentry.ITransaction;
import io.sentry.Sentry;
import io.sentry.SpanStatus;
import java.util.List;

/** Sentry custom instrumentation as Sentry documents it: catch, set status, rethrow, finish in finally. */
public class RealisticCleanSentryTransaction {
  interface Repository {
    List<String> load(String tenant);

    void save(String tenant, List<String> rows);
  }

  private final Repository repository;

  RealisticCleanSentryTransaction(Repository repository) {
    this.repository = repository;
  }

  public int reindex(String tenant) {
    ITransaction transaction = Sentry.startTransaction("reindex", "task");
    try {
      List<String> rows = loadRows(transaction, tenant);
      ISpan save = transaction.startChild("db.save", tenant);
      try {
        repository.save(tenant, rows);
        save.setStatus(SpanStatus.OK);
      } finally {
        save.finish();
      }
      transaction.setStatus(SpanStatus.OK);
      return rows.size();
    } catch (RuntimeException e) {
      transaction.setThrowable(e);
      transaction.setStatus(SpanStatus.INTERNAL_ERROR);
      throw e;
    } finally {
      transaction.finish();
    }
  }

  private List<String> loadRows(ISpan parent, String tenant) {
    ISpan span = parent.startChild("db.load");
    try {
      return repository.load(tenant);
    } catch (RuntimeException e) {
      span.setThrowable(e);
      span.finish(SpanStatus.INTERNAL_ERROR);
      throw e;
    } finally {
      if (!span.isFinished()) {
        span.finish(SpanStatus.OK);
      }
    }
  }
}
