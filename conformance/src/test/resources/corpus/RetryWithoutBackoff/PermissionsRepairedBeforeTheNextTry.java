package corpus.retrywithoutbackoff;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A catch that gives a local file the permission the attempt lacked ({@code file.setWritable(true)},
 * {@code Files.setPosixFilePermissions(..)}) before it goes round repairs the cause of the failure: the next attempt is
 * a new request, and no wait would improve it. A catch that only checks the permission, or changes something else
 * about the file, tries the same request again at once.
 */
class PermissionsRepairedBeforeTheNextTry {
  void acceptsDeleteRetriedOnceTheFileIsWritable(File stale) throws IOException {
    boolean tryAgain;
    do {
      tryAgain = false;
      try {
        Files.delete(stale.toPath());
        return;
      } catch (IOException e) {
        if (!stale.canWrite()) {
          tryAgain = stale.setWritable(true);
        }
        if (!tryAgain) {
          throw e;
        }
      }
    } while (tryAgain);
  }

  void acceptsScriptMadeExecutableBeforeTheNextRun(Path script) throws IOException, InterruptedException {
    for (int attempt = 0; attempt < 2; attempt++) {
      try {
        new ProcessBuilder(script.toString()).start().waitFor();
        return;
      } catch (IOException e) {
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-x---"));
      }
    }
  }

  void acceptsDirectoryOpenedForReadingBeforeTheNextListing(File folder) throws IOException {
    for (int attempt = 0; attempt < 2; attempt++) {
      try {
        Files.list(folder.toPath()).close();
        return;
      } catch (IOException e) {
        folder.setReadable(true);
      }
    }
  }

  void flagsDeleteRetriedAfterOnlyCheckingThePermission(File stale) throws IOException {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        Files.delete(stale.toPath());
        return;
      } catch (IOException e) {
        if (stale.canWrite()) {
          continue;
        }
        throw e;
      }
    }
  }

  void flagsDeleteRetriedAfterTouchingTheFile(File stale) throws IOException {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        Files.delete(stale.toPath());
        return;
      } catch (IOException e) {
        stale.setLastModified(System.currentTimeMillis());
      }
    }
  }
}
