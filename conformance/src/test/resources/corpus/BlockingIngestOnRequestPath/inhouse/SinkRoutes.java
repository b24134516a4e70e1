package corpus.blockingingestonrequestpath.inhouse;

import corpus.blockingingestonrequestpath.inhouse.sdk.AgentRoute;
import corpus.blockingingestonrequestpath.inhouse.sdk.HttpSpanSink;
import corpus.blockingingestonrequestpath.inhouse.sdk.SpanSink;

/**
 * In-house routes that settle a span sink whose interface method the BlockingCalls option names, through the
 * interface and through the SDK's implementation, which overrides it; beside them, routes that only offer spans.
 */
public class SinkRoutes {
  private final SpanSink sink = new HttpSpanSink();
  private final HttpSpanSink httpSink = new HttpSpanSink();

  @AgentRoute("/sink/interface")
  public String flagsSettlingThroughTheInterface(String span) {
    sink.offer(span);
    sink.settle(); // tracelint-expect: BlockingIngestOnRequestPath
    return "ok";
  }

  /** Without types, HttpSpanSink is not known to implement SpanSink (another file): a documented limit. */
  @AgentRoute("/sink/implementation")
  public String flagsSettlingThroughTheImplementation(String span) {
    httpSink.offer(span);
    httpSink.settle(); // tracelint-expect-with-types: BlockingIngestOnRequestPath
    return "ok";
  }

  @AgentRoute("/sink/offer")
  public String acceptsOfferingThroughTheInterface(String span) {
    sink.offer(span);
    return "queued";
  }

  @AgentRoute("/sink/offer/implementation")
  public String acceptsOfferingThroughTheImplementation(String span) {
    httpSink.offer(span);
    return "queued";
  }

  public void acceptsSettlingOutsideAnyRoute() {
    httpSink.settle();
  }
}
