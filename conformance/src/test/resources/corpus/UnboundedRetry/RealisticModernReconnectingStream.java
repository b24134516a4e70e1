package corpus.unboundedretry;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server-sent-events subscriber for model status updates: it reconnects with a capped backoff for as long as the
 * subscription is open (a stop flag the owner clears), and a one-shot fetch gives up after a few attempts.
 */
public class RealisticModernReconnectingStream implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(RealisticModernReconnectingStream.class);

  record Event(String id, String data) {}

  interface EventSource {
    void stream(String lastEventId, Consumer<Event> onEvent) throws IOException;

    String fetchSnapshot() throws IOException;
  }

  private final EventSource source;
  private final AtomicBoolean open = new AtomicBoolean(true);
  private volatile String lastEventId = "";

  public RealisticModernReconnectingStream(EventSource source) {
    this.source = source;
  }

  public void run(Consumer<Event> onEvent) throws InterruptedException {
    Duration pause = Duration.ofMillis(250);
    while (open.get()) {
      try {
        source.stream(lastEventId, event -> {
          lastEventId = event.id();
          onEvent.accept(event);
        });
        pause = Duration.ofMillis(250);
      } catch (IOException e) {
        log.info("stream dropped after {}, reconnecting in {}", lastEventId, pause);
        Thread.sleep(pause.toMillis());
        pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : pause.multipliedBy(2);
      }
    }
  }

  public String snapshot() throws IOException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        return source.fetchSnapshot();
      } catch (IOException e) {
        if (attempt >= 3) {
          throw e;
        }
        Thread.sleep(500L * attempt);
      }
    }
  }

  @Override
  public void close() {
    open.set(false);
  }
}
