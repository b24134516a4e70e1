package corpus.unboundedretry;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Loops that copy a status query's answer into a local and go on until it reaches a state: the copy says what the
 * query says, so the loop polls the remote side as one that tests the query itself does. A value read otherwise (a
 * token scanned from input) is a sentinel read until the end, and a count or a deadline bounds a poll.
 */
class StatusCopiesPolledAgain {
  enum ExportState { PENDING, RUNNING, SUCCEEDED, FAILED }

  enum Token { WORD, NUMBER, EOF }

  interface ExportApi {
    ExportState getState(String exportId);
  }

  interface Lexer {
    Token scan(String mode);
  }

  private final ExportApi exports;
  private final Lexer lexer;

  StatusCopiesPolledAgain(ExportApi exports, Lexer lexer) {
    this.exports = exports;
    this.lexer = lexer;
  }

  void flagsAStatusCopyWaitedForWithoutALimit(String exportId) throws InterruptedException {
    ExportState state = exports.getState(exportId);
    while (state != ExportState.SUCCEEDED) { // tracelint-expect: UnboundedRetry
      TimeUnit.SECONDS.sleep(2);
      state = exports.getState(exportId);
    }
  }

  void flagsAnEndlessLoopLeavingOnACopiedState(String exportId) throws InterruptedException {
    while (true) { // tracelint-expect: UnboundedRetry
      ExportState state = exports.getState(exportId);
      if (state == ExportState.SUCCEEDED) {
        return;
      }
      Thread.sleep(1_000);
    }
  }

  void acceptsAStatusCopyPolledAFewTimes(String exportId) throws InterruptedException {
    int polls = 0;
    ExportState state = exports.getState(exportId);
    while (state != ExportState.SUCCEEDED && polls++ < 30) {
      TimeUnit.SECONDS.sleep(2);
      state = exports.getState(exportId);
    }
  }

  void acceptsAStatusCopyPolledUntilADeadline(String exportId, Duration budget) throws InterruptedException {
    long deadline = System.nanoTime() + budget.toNanos();
    ExportState state = exports.getState(exportId);
    while (state != ExportState.SUCCEEDED) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("export " + exportId + " still " + state);
      }
      TimeUnit.SECONDS.sleep(2);
      state = exports.getState(exportId);
    }
  }

  int acceptsTokensScannedUntilTheEnd() {
    int words = 0;
    Token token = lexer.scan("text");
    while (token != Token.EOF) {
      if (token == Token.WORD) {
        words++;
      }
      token = lexer.scan("text");
    }
    return words;
  }
}
