package corpus.retrywithoutbackoff;

import java.io.IOException;

/**
 * Conditional writes that lost to another writer (docs/rules/RetryWithoutBackoff.md, "What is not flagged"): a write
 * guarded by an expected version fails with DynamoDB's {@code ConditionalCheckFailedException} or an in-house
 * {@code Stale...VersionException} when someone wrote first; reading the new version and writing again at once is the
 * remedy. Throttling or a stale connection is the store failing, and is still retried at once only with a finding.
 */
class ConditionalWritesLostToAnotherWriter {
  static class ConditionalCheckFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  static class StaleLedgerVersionException extends Exception {
    private static final long serialVersionUID = 1L;
  }

  static class ProvisionedThroughputExceededException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  static class StaleConnectionException extends IOException {
    private static final long serialVersionUID = 1L;
  }

  interface Ledger {
    long version(String account);

    void write(String account, long expectedVersion, long balance) throws StaleLedgerVersionException;
  }

  interface Items {
    long revision(String id);

    void putIfRevision(String id, long revision, String document);
  }

  interface Rows {
    void upsert(String row) throws IOException;
  }

  void acceptsPutRepeatedAfterItsConditionFailed(Items items, String id, String document) {
    for (int round = 0; round < 8; round++) {
      long revision = items.revision(id);
      try {
        items.putIfRevision(id, revision, document);
        return;
      } catch (ConditionalCheckFailedException lost) {
        // someone else wrote first: read their revision and try again
      }
    }
    throw new IllegalStateException("too much contention on " + id);
  }

  void acceptsLedgerWriteRepeatedOnAStaleVersion(Ledger ledger, String account, long balance) {
    int attempts = 0;
    while (attempts++ < 5) {
      try {
        ledger.write(account, ledger.version(account), balance);
        return;
      } catch (StaleLedgerVersionException e) {
        System.out.println("version moved on for " + account);
      }
    }
  }

  void acceptsSelfCallAfterAStaleVersion(Ledger ledger, String account, long balance, int attempt)
      throws StaleLedgerVersionException {
    try {
      ledger.write(account, ledger.version(account), balance);
    } catch (StaleLedgerVersionException e) {
      if (attempt >= 3) {
        throw e;
      }
      acceptsSelfCallAfterAStaleVersion(ledger, account, balance, attempt + 1);
    }
  }

  void flagsPutRepeatedWhileThrottled(Items items, String id, String document) {
    for (int round = 0; round < 8; round++) { // tracelint-expect: RetryWithoutBackoff
      try {
        items.putIfRevision(id, items.revision(id), document);
        return;
      } catch (ProvisionedThroughputExceededException throttled) {
        System.err.println("throttled on " + id);
      }
    }
  }

  void flagsUpsertRepeatedOnAStaleConnection(Rows rows, String row) throws IOException {
    for (int round = 0; round < 3; round++) { // tracelint-expect: RetryWithoutBackoff
      try {
        rows.upsert(row);
        return;
      } catch (StaleConnectionException e) {
        System.err.println("stale connection: " + e);
      }
    }
    rows.upsert(row);
  }
}
