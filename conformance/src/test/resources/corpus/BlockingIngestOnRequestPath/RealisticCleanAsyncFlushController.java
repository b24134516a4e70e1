package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A chat controller that asks the exporter to flush without waiting for it. */
@RestController
public class RealisticCleanAsyncFlushController {
  private static final Logger log = LoggerFactory.getLogger(RealisticCleanAsyncFlushController.class);

  interface ChatService {
    String answer(String question);
  }

  private final SdkTracerProvider tracerProvider;
  private final ChatService chat;

  RealisticCleanAsyncFlushController(SdkTracerProvider tracerProvider, ChatService chat) {
    this.tracerProvider = tracerProvider;
    this.chat = chat;
  }

  @PostMapping("/chat")
  public String chat(@RequestBody String question) {
    String answer = chat.answer(question);
    CompletableResultCode flush = tracerProvider.forceFlush();
    flush.whenComplete(() -> {
      if (!flush.isSuccess()) {
        log.warn("trace flush after chat did not succeed");
      }
    });
    return answer;
  }

  @PostMapping("/chat/flush-in-background")
  public String chatThenFlushInBackground(@RequestBody String question) {
    String answer = chat.answer(question);
    CompletableFuture.runAsync(() -> tracerProvider.forceFlush().join(10, TimeUnit.SECONDS));
    return answer;
  }

  @PostMapping("/chat/fire-and-forget")
  public String chatFireAndForget(@RequestBody String question) {
    try {
      return chat.answer(question);
    } finally {
      tracerProvider.forceFlush();
    }
  }
}
