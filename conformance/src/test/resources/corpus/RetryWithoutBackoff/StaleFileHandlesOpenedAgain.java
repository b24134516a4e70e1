package corpus.retrywithoutbackoff;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

/**
 * A read that goes round only when the failure is a stale file handle (NFS's ESTALE: the file was replaced on the
 * server), told by a predicate so named that takes the caught failure or by its type, opens the path again and gets
 * the new file: no wait improves that. A catch that also goes round on any other failure, or on one a predicate
 * names less specifically, retries a read that may fail again the same way, and still waits for nothing.
 */
class StaleFileHandlesOpenedAgain {
  static final int MAX_STALE_READS = 5;

  static final class StaleFileHandleException extends IOException {}

  static boolean isStaleFileHandle(IOException failure) {
    String message = failure.getMessage();
    return message != null && message.toLowerCase().contains("stale file handle");
  }

  static boolean isTransient(IOException failure) {
    return failure.getMessage() != null;
  }

  byte[] acceptsReadOpenedAgainOnlyWhenTheHandleIsStale(File settings) throws IOException {
    for (int attempt = 0; attempt < MAX_STALE_READS; attempt++) {
      try {
        return Files.readAllBytes(settings.toPath());
      } catch (IOException e) {
        if (!isStaleFileHandle(e)) {
          throw e;
        }
      }
    }
    return new byte[0];
  }

  byte[] acceptsStaleHandleTestedBesideTheCount(File snapshot) throws IOException {
    int attempt = 0;
    while (true) {
      try {
        return Files.readAllBytes(snapshot.toPath());
      } catch (IOException e) {
        if (isStaleFileHandle(e) && attempt < MAX_STALE_READS) {
          attempt++;
          continue;
        }
        throw new IOException("cannot read " + snapshot, e);
      }
    }
  }

  byte[] acceptsStaleHandleToldByItsType(File index) throws IOException {
    for (int attempt = 0; attempt < MAX_STALE_READS; attempt++) {
      try {
        return Files.readAllBytes(index.toPath());
      } catch (IOException e) {
        if (e instanceof StaleFileHandleException) {
          continue;
        }
        throw e;
      }
    }
    return new byte[0];
  }

  byte[] flagsReadRepeatedOnATransientFailure(File report) throws IOException {
    for (int attempt = 0; attempt < MAX_STALE_READS; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return Files.readAllBytes(report.toPath());
      } catch (IOException e) {
        if (!isTransient(e)) {
          throw e;
        }
      }
    }
    return new byte[0];
  }

  byte[] flagsStaleHandleOrAnyOtherFailure(File journal) throws IOException {
    for (int attempt = 0; attempt < MAX_STALE_READS; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return Files.readAllBytes(journal.toPath());
      } catch (IOException e) {
        if (isStaleFileHandle(e) || isTransient(e)) {
          continue;
        }
        throw e;
      }
    }
    return new byte[0];
  }
}
