package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A sleep beside a flush request, written in the try a handler that may not throw InterruptedException needs: the
 * try alone in the block stands where the sleep would. A try that does more than sleep, or that is not next to the
 * flush request, is judged as before.
 */
@RestController
class SleepWrappedForInterruption {
  interface Indexer {
    int index(String url);
  }

  private SdkTracerProvider provider;
  private Indexer indexer;

  @PostMapping("/wrapped-after")
  int flagsSleepAloneInATryAfterTheFlushRequest(String url) {
    int pages = indexer.index(url);
    provider.forceFlush();
    try {
      Thread.sleep(300); // tracelint-expect: BlockingIngestOnRequestPath
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return pages;
  }

  @PostMapping("/wrapped-before")
  int flagsSleepAloneInATryBeforeTheFlushRequest(String url) {
    try {
      Thread.sleep(300); // tracelint-expect: BlockingIngestOnRequestPath
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    provider.forceFlush();
    return indexer.index(url);
  }

  @PostMapping("/wrapped-apart")
  int acceptsWrappedSleepNotNextToTheFlushRequest(String url) {
    provider.forceFlush();
    int pages = indexer.index(url);
    try {
      Thread.sleep(300);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return pages;
  }

  @PostMapping("/wrapped-work")
  int acceptsSleepInATryThatAlsoWorks(String url) {
    provider.forceFlush();
    int pages = 0;
    try {
      pages = indexer.index(url);
      Thread.sleep(300);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return pages;
  }

  @PostMapping("/wrapped-quiet")
  int acceptsWrappedSleepWithoutAFlush(String url) {
    int pages = indexer.index(url);
    try {
      Thread.sleep(300);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return pages;
  }
}
