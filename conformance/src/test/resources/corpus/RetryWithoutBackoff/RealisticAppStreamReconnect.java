package corpus.retrywithoutbackoff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server-sent-events listener for a run's progress: lines are read until the stream ends (a drain, not a retry), a
 * malformed event is skipped, and a dropped connection is re-opened after a pause that grows and resets on success.
 */
public class RealisticAppStreamReconnect {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppStreamReconnect.class);

  private final HttpClient http;
  private volatile boolean closed;

  public RealisticAppStreamReconnect(HttpClient http) {
    this.http = http;
  }

  public void listen(URI events, Consumer<String> onEvent) throws InterruptedException {
    Duration pause = Duration.ofSeconds(1);
    while (!closed) {
      try {
        HttpResponse<java.io.InputStream> response =
            http.send(HttpRequest.newBuilder(events).build(), HttpResponse.BodyHandlers.ofInputStream());
        pause = Duration.ofSeconds(1);
        readAll(new BufferedReader(new InputStreamReader(response.body())), onEvent);
      } catch (IOException e) {
        log.warn("event stream dropped, reconnecting in {}", pause, e);
        Thread.sleep(pause.toMillis());
        pause = pause.multipliedBy(2).compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : pause.multipliedBy(2);
      }
    }
  }

  private void readAll(BufferedReader reader, Consumer<String> onEvent) throws IOException {
    String line;
    while ((line = reader.readLine()) != null) {
      if (!line.startsWith("data:")) {
        continue;
      }
      try {
        onEvent.accept(line.substring(5).trim());
      } catch (IllegalArgumentException e) {
        log.debug("skipping a malformed event", e);
      }
    }
  }

  public void close() {
    closed = true;
  }
}
