package corpus.unclosedtrace;

import io.sentry.ISpan;
import io.sentry.ITransaction;
import io.sentry.Sentry;
import io.sentry.SpanStatus;
import java.util.List;

/** A nightly export job traced with Sentry transactions and child spans. */
public class RealisticSentryNightlyExport {
  interface Repository {
    List<String> loadChangedRows(String table);
  }

  interface Uploader {
    void upload(String table, List<String> rows) throws Exception;
  }

  private final Repository repository;
  private final Uploader uploader;

  RealisticSentryNightlyExport(Repository repository, Uploader uploader) {
    this.repository = repository;
    this.uploader = uploader;
  }

  public void exportAll(List<String> tables) throws Exception {
    ITransaction transaction = Sentry.startTransaction("nightly-export", "task");
    try {
      for (String table : tables) {
        exportTable(transaction, table);
      }
      transaction.setStatus(SpanStatus.OK);
    } catch (Exception e) {
      transaction.setThrowable(e);
      transaction.setStatus(SpanStatus.INTERNAL_ERROR);
      throw e;
    } finally {
      transaction.finish();
    }
  }

  void exportTable(ITransaction transaction, String table) throws Exception {
    ISpan load = transaction.startChild("db.query", "load " + table); // tracelint-expect: UnclosedTrace
    List<String> rows = repository.loadChangedRows(table);
    load.finish();

    ISpan upload = transaction.startChild("http.client", "upload " + table);
    try {
      uploader.upload(table, rows);
      upload.setStatus(SpanStatus.OK);
    } catch (Exception e) {
      upload.setThrowable(e);
      upload.setStatus(SpanStatus.INTERNAL_ERROR);
      throw e;
    } finally {
      upload.finish();
    }
  }

  void exportTableCarefully(ITransaction transaction, String table) throws Exception {
    ISpan load = transaction.startChild("db.query", "load " + table);
    List<String> rows;
    try {
      rows = repository.loadChangedRows(table);
    } finally {
      load.finish();
    }
    uploader.upload(table, rows);
  }
}
