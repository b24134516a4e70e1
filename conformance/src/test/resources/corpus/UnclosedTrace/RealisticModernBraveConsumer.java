package corpus.unclosedtrace;

import brave.Span;
import brave.Tracer;
import brave.Tracer.SpanInScope;
import java.util.List;
import java.util.Map;

/**
 * A message consumer traced with Brave: the span is made with nextSpan() and only started once the message is known
 * to be processed (an early return before start() records nothing); each record's span is finished in a finally,
 * and a labeled loop skips a poisoned batch.
 */
public class RealisticModernBraveConsumer {
  record Message(String key, Map<String, String> headers, byte[] body) {
    boolean poisoned() {
      return "true".equals(headers.get("x-poison"));
    }
  }

  interface Handler {
    void handle(Message message) throws Exception;
  }

  private final Tracer tracer;
  private final Handler handler;

  public RealisticModernBraveConsumer(Tracer tracer, Handler handler) {
    this.tracer = tracer;
    this.handler = handler;
  }

  public void consume(Message message) throws Exception {
    Span span = tracer.nextSpan().name("consume");
    if (message.body().length == 0) {
      return;
    }
    span.tag("key", message.key()).start();
    try (SpanInScope scope = tracer.withSpanInScope(span)) {
      handler.handle(message);
    } catch (Exception | Error e) {
      span.error(e);
      throw e;
    } finally {
      span.finish();
    }
  }

  public int consumeBatches(List<List<Message>> batches) {
    int handled = 0;
    batches:
    for (List<Message> batch : batches) {
      for (Message message : batch) {
        if (message.poisoned()) {
          continue batches;
        }
        Span span = tracer.nextSpan().name("batch.item").start();
        try {
          handler.handle(message);
          handled++;
        } catch (Exception e) {
          span.error(e);
        } finally {
          span.finish();
        }
      }
    }
    return handled;
  }
}
