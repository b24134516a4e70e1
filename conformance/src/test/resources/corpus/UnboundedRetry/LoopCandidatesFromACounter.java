package corpus.unboundedretry;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loops whose counter builds the next candidate (docs/rules/UnboundedRetry.md, point 3): each turn calls with a value
 * made from the counter and something else ({@code probeFile(dir, i + 1)}, {@code base + "-" + attempt}), or passes a
 * counter that is not an attempt count in arithmetic ({@code probe(dir, i + 1)}). The next turn writes another file or
 * tries another name; it does not repeat the failed request. A counter that only counts (in a condition, a log
 * message, or passed on as the attempt number) still retries.
 */
class LoopCandidatesFromACounter {
  private static final Logger log = LoggerFactory.getLogger(LoopCandidatesFromACounter.class);

  interface Store {
    void rename(String from, String to) throws IOException;

    void post(String url, int attempt) throws IOException;

    void post(String url) throws IOException;
  }

  private Store store;

  static File probeFile(File dir, int index) {
    return new File(dir, "probe-" + index);
  }

  static void write(File file) throws IOException {}

  static void probe(File dir, int index) throws IOException {}

  void acceptsProbeFileNamedByTheTurn(File dir) throws IOException {
    IOException last = null;
    for (int i = 0; i < 3; ++i) {
      File file = probeFile(dir, i + 1);
      try {
        write(file);
        return;
      } catch (IOException e) {
        last = e;
      }
    }
    throw last;
  }

  void acceptsProbeIndexPassedInline(File dir) throws IOException {
    IOException last = null;
    for (int i = 0; i < 3; i++) {
      try {
        probe(dir, i + 1);
        return;
      } catch (IOException e) {
        last = e;
      }
    }
    throw last;
  }

  void acceptsNextFreeNameAfterAConflict(String current, String base) throws IOException {
    String target = base;
    int attempt = 0;
    while (true) {
      try {
        store.rename(current, target);
        break;
      } catch (FileAlreadyExistsException e) {
        if (++attempt > 1000) {
          throw new IOException("no free name for " + base);
        }
        target = base + "-" + attempt;
      }
    }
  }

  void flagsCounterThatOnlyCounts(String url) {
    for (int i = 0; i < 3; i++) { // tracelint-expect: RetryWithoutBackoff
      try {
        store.post(url);
        return;
      } catch (IOException e) {
        log.warn("post failed, turn {}", i + 1);
      }
    }
  }

  void flagsAttemptNumberPassedOn(String url) {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        store.post(url, attempt + 1);
        return;
      } catch (IOException e) {
        log.warn("post failed");
      }
    }
  }

  void flagsCounterOnlyInAMessage(String url) {
    int attempt = 0;
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      String note = "attempt " + attempt;
      try {
        store.post(url);
        return;
      } catch (IOException e) {
        attempt++;
        log.warn(note);
      }
    }
  }
}
