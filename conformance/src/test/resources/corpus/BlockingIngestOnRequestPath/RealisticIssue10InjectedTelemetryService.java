package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A chat controller that hands telemetry work to beans of the same application. */
@RestController
public class RealisticIssue10InjectedTelemetryService {
  private final Issue10ConversationTelemetry telemetry;
  private final Issue10TraceHousekeeping housekeeping;

  RealisticIssue10InjectedTelemetryService(Issue10ConversationTelemetry telemetry,
      Issue10TraceHousekeeping housekeeping) {
    this.telemetry = telemetry;
    this.housekeeping = housekeeping;
  }

  @PostMapping("/conversations/close")
  public String closeConversation(@RequestBody String conversationId) {
    telemetry.conversationClosed(conversationId); // tracelint-expect: BlockingIngestOnRequestPath
    return "closed";
  }

  @PostMapping("/conversations/archive")
  public String archiveConversation(@RequestBody String conversationId) {
    housekeeping.requestExport(conversationId);
    return "archived";
  }

  @PostMapping("/conversations/stats")
  public String stats(@RequestBody String conversationId) {
    return "turns=" + housekeeping.turnCount(conversationId);
  }
}

@Service
class Issue10ConversationTelemetry {
  private final SdkTracerProvider tracerProvider;

  Issue10ConversationTelemetry(SdkTracerProvider tracerProvider) {
    this.tracerProvider = tracerProvider;
  }

  void conversationClosed(String conversationId) {
    markClosed(conversationId);
    tracerProvider.forceFlush().join(10, TimeUnit.SECONDS);
  }

  private void markClosed(String conversationId) {
    if (conversationId.isBlank()) {
      throw new IllegalArgumentException("conversation id");
    }
  }
}

@Component
class Issue10TraceHousekeeping {
  private final SdkTracerProvider tracerProvider;

  Issue10TraceHousekeeping(SdkTracerProvider tracerProvider) {
    this.tracerProvider = tracerProvider;
  }

  void requestExport(String conversationId) {
    CompletableResultCode pending = tracerProvider.forceFlush();
    pending.whenComplete(() -> { });
  }

  int turnCount(String conversationId) {
    return conversationId.length();
  }
}
