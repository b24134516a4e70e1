package corpus.blockingingestonrequestpath.inhouse.sdk;

/**
 * The in-house span sink contract; the BlockingCalls option names the interface's method, {@code SpanSink#settle}
 * (it returns once the collector acknowledged every queued span).
 */
public interface SpanSink {
  void offer(String span);

  void settle();
}
