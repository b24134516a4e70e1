package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.sentry.Sentry;
import java.util.concurrent.TimeUnit;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A Spring Boot 3 controller for chat sessions: a switch expression picks the reply, the scheduled and shutdown
 * methods of the same class flush (they do not serve requests), and one handler reaches a flush through a private
 * helper chain.
 */
@RestController
public class RealisticModernSpringControllerSwitch {
  enum Command {
    ASK,
    RESET,
    END
  }

  record ChatMessage(Command command, String text) {}

  record ChatReply(String text, boolean open) {}

  interface Sessions {
    String ask(String id, String text);

    void reset(String id);

    void end(String id);
  }

  private final Sessions sessions;
  private final SdkTracerProvider provider;

  public RealisticModernSpringControllerSwitch(Sessions sessions, SdkTracerProvider provider) {
    this.sessions = sessions;
    this.provider = provider;
  }

  @PostMapping("/sessions/{id}/messages")
  public ChatReply message(@PathVariable String id, @RequestBody ChatMessage message) {
    return switch (message.command()) {
      case ASK -> new ChatReply(sessions.ask(id, message.text()), true);
      case RESET -> {
        sessions.reset(id);
        yield new ChatReply("", true);
      }
      case END -> {
        sessions.end(id);
        yield new ChatReply("bye", false);
      }
    };
  }

  @PostMapping("/sessions/{id}/end")
  public ResponseEntity<Void> end(@PathVariable String id) {
    sessions.end(id);
    recordEnd(id); // tracelint-expect: BlockingIngestOnRequestPath
    return ResponseEntity.noContent().build();
  }

  private void recordEnd(String id) {
    Sentry.addBreadcrumb("session " + id + " ended");
    drain();
  }

  private void drain() {
    provider.forceFlush().join(3, TimeUnit.SECONDS);
  }

  @Scheduled(fixedDelayString = "PT1M")
  public void periodicFlush() {
    drain();
  }

  @EventListener(ContextClosedEvent.class)
  public void onShutdown() {
    provider.shutdown().join(10, TimeUnit.SECONDS);
  }
}
