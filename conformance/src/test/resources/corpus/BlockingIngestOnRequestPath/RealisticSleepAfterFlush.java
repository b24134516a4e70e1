package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints of a rate-limited crawler; one "gives the exporter a moment". */
@RestController
public class RealisticSleepAfterFlush {
  interface Crawler {
    int crawl(String url);
  }

  private final SdkTracerProvider tracerProvider;
  private final SdkLoggerProvider loggerProvider;
  private final Crawler crawler;

  RealisticSleepAfterFlush(SdkTracerProvider tracerProvider, SdkLoggerProvider loggerProvider, Crawler crawler) {
    this.tracerProvider = tracerProvider;
    this.loggerProvider = loggerProvider;
    this.crawler = crawler;
  }

  @PostMapping("/crawl")
  public int crawl(String url) throws InterruptedException {
    int pages = crawler.crawl(url);
    Thread.sleep(250);
    return pages + crawler.crawl(url + "/sitemap.xml");
  }

  @PostMapping("/crawl/finish")
  public int finish(String url) throws InterruptedException {
    int pages = crawler.crawl(url);
    tracerProvider.forceFlush();
    loggerProvider.forceFlush();
    Thread.sleep(500); // tracelint-expect: BlockingIngestOnRequestPath
    return pages;
  }

  @PostMapping("/crawl/quick")
  public int quick(String url) {
    int pages = crawler.crawl(url);
    tracerProvider.forceFlush();
    return pages;
  }
}
