package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Key diagnostics and a streamed-completion printer of a chat CLI. */
public class RealisticIssue10PrefixAndModelTokens {
  private static final Logger log = LoggerFactory.getLogger(RealisticIssue10PrefixAndModelTokens.class);

  private final String apiKey;
  private final StringBuilder transcript = new StringBuilder();

  RealisticIssue10PrefixAndModelTokens(String apiKey) {
    this.apiKey = apiKey;
  }

  public void showKeyHint() {
    log.info(String.format("using key %.6s... (%d chars)", apiKey, apiKey.length()));
  }

  public void showKeyHintFormatted() {
    log.info("using key {}", "%.4s****".formatted(apiKey));
  }

  public void showKey() {
    log.info(String.format("using key %s", apiKey)); // tracelint-expect: FullSecretLogged
  }

  public void appendCompletionToken(String token, int index) {
    transcript.append(token);
    log.trace("completion token {}: {}", index, token);
  }

  public void onPartialResponse(String token) {
    transcript.append(token);
    log.trace("partial {}", token);
  }

  public void handleToken(String token) {
    log.debug("received token {}", token); // tracelint-expect: FullSecretLogged
  }
}
