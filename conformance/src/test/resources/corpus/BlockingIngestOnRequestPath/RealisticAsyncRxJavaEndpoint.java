package corpus.blockingingestonrequestpath;

import io.reactivex.rxjava3.core.Single;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import zipkin2.reporter.AsyncReporter;
import zipkin2.reporter.brave.AsyncZipkinSpanHandler;

/**
 * A Spring controller returning RxJava 3 Singles (Spring adapts them like Monos), traced with Brave and Zipkin: the
 * reporter's flush() sends the queued spans on the calling thread, so it must not run as the response completes.
 */
@RestController
public class RealisticAsyncRxJavaEndpoint {
  interface RxSummarizer {
    Single<String> summarize(String text);
  }

  private final RxSummarizer summarizer;
  private final AsyncReporter<?> reporter;
  private final AsyncZipkinSpanHandler spanHandler;

  RealisticAsyncRxJavaEndpoint(RxSummarizer summarizer, AsyncReporter<?> reporter, AsyncZipkinSpanHandler spanHandler) {
    this.summarizer = summarizer;
    this.reporter = reporter;
    this.spanHandler = spanHandler;
  }

  @PostMapping("/summaries")
  public Single<String> summarize(@RequestBody String text) {
    return summarizer.summarize(text).map(String::trim);
  }

  @PostMapping("/summaries/reported")
  public Single<String> summarizeAndReport(@RequestBody String text) {
    return summarizer.summarize(text).doAfterTerminate(reporter::flush);
  }

  @PostMapping("/summaries/flushed")
  public Single<String> summarizeAndFlush(@RequestBody String text) {
    return summarizer.summarize(text).doAfterTerminate(() -> spanHandler.flush()); // tracelint-expect: BlockingIngestOnRequestPath
  }

  @PostMapping("/summaries/detached")
  public Single<String> summarizeDetached(@RequestBody String text) {
    Single<String> summary = summarizer.summarize(text).cache();
    summary.subscribe(ok -> { }, error -> { });
    return summary;
  }
}
