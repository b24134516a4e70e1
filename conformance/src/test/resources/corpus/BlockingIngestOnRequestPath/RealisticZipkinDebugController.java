package corpus.blockingingestonrequestpath;

import brave.Span;
import brave.Tracer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import zipkin2.reporter.brave.AsyncZipkinSpanHandler;

/** A controller traced with Brave, reporting to Zipkin. */
@RestController
public class RealisticZipkinDebugController {
  interface Inventory {
    int available(String sku);
  }

  private final Tracer tracer;
  private final AsyncZipkinSpanHandler spanHandler;
  private final Inventory inventory;

  RealisticZipkinDebugController(Tracer tracer, AsyncZipkinSpanHandler spanHandler, Inventory inventory) {
    this.tracer = tracer;
    this.spanHandler = spanHandler;
    this.inventory = inventory;
  }

  @GetMapping("/inventory")
  public int inventory(String sku) {
    Span span = tracer.nextSpan().name("inventory").start();
    try (Tracer.SpanInScope ws = tracer.withSpanInScope(span)) {
      return inventory.available(sku);
    } finally {
      span.finish();
    }
  }

  @GetMapping("/inventory/debug")
  public int inventoryDebug(String sku) {
    Span span = tracer.nextSpan().name("inventory.debug").start();
    try (Tracer.SpanInScope ws = tracer.withSpanInScope(span)) {
      return inventory.available(sku);
    } finally {
      span.finish();
      spanHandler.flush(); // tracelint-expect: BlockingIngestOnRequestPath
    }
  }
}
