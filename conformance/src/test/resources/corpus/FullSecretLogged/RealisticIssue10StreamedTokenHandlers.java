package corpus.fullsecretlogged;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Streaming output handlers of an agent UI beside the session-token code of the same service. */
public class RealisticIssue10StreamedTokenHandlers {
  private static final Logger log = LoggerFactory.getLogger(RealisticIssue10StreamedTokenHandlers.class);

  interface StreamingChat {
    void stream(String prompt, Consumer<String> onToken);
  }

  private final StreamingChat chat;
  private final StringBuilder screen = new StringBuilder();

  RealisticIssue10StreamedTokenHandlers(StreamingChat chat) {
    this.chat = chat;
  }

  public void ask(String prompt) {
    chat.stream(prompt, token -> {
      screen.append(token);
      log.trace("streamed {}", token);
    });
  }

  public void printDelta(String token, int chunkIndex) {
    screen.append(token);
    log.debug("chunk {} -> {}", chunkIndex, token);
  }

  public void renderPartial(String token) {
    log.debug("partial output {}", token);
  }

  public void resumeSession(String sessionToken) {
    log.info("resuming session with {}", sessionToken); // tracelint-expect: FullSecretLogged
  }

  public void verify(String token, String userId) {
    log.debug("verifying {} for {}", token, userId); // tracelint-expect: FullSecretLogged
  }
}
