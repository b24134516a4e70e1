package corpus.retrywithoutbackoff;

import java.io.UncheckedIOException;
import java.util.ServiceConfigurationError;
import java.util.function.Supplier;

/**
 * Loops that go round after a class-loading error (docs/rules/RetryWithoutBackoff.md, "What is not flagged"): a catch
 * of only {@code LinkageError} and its subtypes or {@code ServiceConfigurationError} steps a service loader past a
 * broken plugin class. No remote work failed and no wait would help; a catch that also takes an I/O failure retries.
 */
class ClassLoadingErrorLoops {
  <T> T acceptsSteppingPastBrokenPluginClasses(Supplier<T> nextPlugin) {
    LinkageError last = null;
    for (int skipped = 0; skipped < 100; skipped++) {
      try {
        return nextPlugin.get();
      } catch (LinkageError e) {
        last = e;
      }
    }
    throw new IllegalStateException("too many broken plugins", last);
  }

  <T> T acceptsSkippingMisconfiguredProviders(Supplier<T> nextProvider) {
    for (int skipped = 0; skipped < 20; skipped++) {
      try {
        return nextProvider.get();
      } catch (ServiceConfigurationError | NoClassDefFoundError e) {
        System.err.println("skipping a provider: " + e.getMessage());
      }
    }
    return null;
  }

  <T> T flagsCatchThatAlsoTakesAnIoFailure(Supplier<T> download) {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return download.get();
      } catch (LinkageError | UncheckedIOException e) {
        System.err.println("attempt failed: " + e.getMessage());
      }
    }
    return null;
  }
}
