package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A controller that waits for work with latches, once for telemetry. */
@RestController
public class RealisticLatchOnExport {
  interface Indexer {
    void index(String document);
  }

  private final SdkTracerProvider provider;
  private final ExecutorService workers;
  private final Indexer indexer;

  RealisticLatchOnExport(SdkTracerProvider provider, ExecutorService workers, Indexer indexer) {
    this.provider = provider;
    this.workers = workers;
    this.indexer = indexer;
  }

  @PostMapping("/index")
  public String index(String document) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    workers.execute(() -> {
      indexer.index(document);
      done.countDown();
    });
    done.await(30, TimeUnit.SECONDS);
    return "indexed";
  }

  @PostMapping("/index-traced")
  public String indexTraced(String document) throws InterruptedException {
    indexer.index(document);
    CountDownLatch exported = new CountDownLatch(1);
    provider.forceFlush().whenComplete(exported::countDown);
    exported.await(5, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
    return "indexed";
  }

  @PostMapping("/index-async")
  public String indexAsync(String document) {
    workers.execute(() -> {
      indexer.index(document);
      provider.forceFlush().join(5, TimeUnit.SECONDS);
    });
    return "queued";
  }
}
