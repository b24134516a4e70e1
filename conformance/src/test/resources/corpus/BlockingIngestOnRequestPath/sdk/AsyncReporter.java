package corpus.blockingingestonrequestpath.sdk;

/** An in-house reporter that shares its simple name with Zipkin's: its flush() only hands a batch to a queue. */
public class AsyncReporter {
  public void flush() {}
}
