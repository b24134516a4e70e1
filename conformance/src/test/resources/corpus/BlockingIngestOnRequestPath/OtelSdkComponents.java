package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Span processors and exporters: close() waits; forceFlush(), export() and flush() block only when their result is
 * waited on, through a local or combined by {@code CompletableResultCode.ofAll}. {@code BatchSpanProcessor} is not
 * catalogued itself: with types it is a SpanProcessor, without them a type of the SDK classified by its method names.
 */
@RestController
class OtelSdkComponents {
  private BatchSpanProcessor processor;
  private SpanExporter exporter;
  private List<SpanData> spans;

  @DeleteMapping("/session")
  void flagsJoinOnLocalResultOfProcessorFlush() {
    CompletableResultCode result = processor.forceFlush();
    result.join(2, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath -- result.join() blocks request handler 'flagsJoinOnLocalResultOfProcessorFlush' until telemetry is sent
  }

  @PostMapping("/processor/close")
  void flagsCloseOfBatchProcessor() {
    processor.close(); // tracelint-expect: BlockingIngestOnRequestPath -- processor.close() blocks request handler 'flagsCloseOfBatchProcessor' until telemetry is sent
  }

  @PostMapping("/export/all")
  void flagsJoinOnCombinedResults() {
    CompletableResultCode.ofAll(List.of(exporter.flush(), processor.forceFlush())).join(1, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
  }

  @PostMapping("/export")
  String acceptsExportAndFlushNotWaitedOn() {
    exporter.export(spans);
    processor.forceFlush().whenComplete(() -> {});
    return "requested";
  }
}
