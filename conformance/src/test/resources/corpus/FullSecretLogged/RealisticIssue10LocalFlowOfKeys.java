package corpus.fullsecretlogged;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A provider bootstrapper that moves its key through locals, builders and text blocks before logging. */
public class RealisticIssue10LocalFlowOfKeys {
  private static final Logger log = LoggerFactory.getLogger(RealisticIssue10LocalFlowOfKeys.class);

  enum Provider { OPENAI, ANTHROPIC, LOCAL }

  private final String openAiKey;
  private final String anthropicKey;

  RealisticIssue10LocalFlowOfKeys(String openAiKey, String anthropicKey) {
    this.openAiKey = openAiKey;
    this.anthropicKey = anthropicKey;
  }

  public String connectionUrl(String host) {
    StringBuilder url = new StringBuilder("https://").append(host).append("/v1?key=");
    url.append(openAiKey);
    log.debug("connecting to {}", url); // tracelint-expect: FullSecretLogged
    return url.toString();
  }

  public String banner(Provider provider) {
    var credential = provider == Provider.OPENAI ? openAiKey : anthropicKey;
    String text = """
        provider: %s
        credential: %s
        """.formatted(provider, credential);
    log.info(text); // tracelint-expect: FullSecretLogged
    return text;
  }

  public void fallbackKey(String configured) {
    String effective = Optional.ofNullable(configured).orElse(openAiKey);
    log.info("effective key {}", effective); // tracelint-expect: FullSecretLogged
  }

  public void keyLengths() {
    int total = openAiKey.length() + anthropicKey.length();
    log.info("keys loaded ({} chars)", total);
  }

  public void keyHints() {
    String hint = openAiKey.substring(0, 5) + "..." + anthropicKey.substring(0, 5);
    log.info("key hints {}", hint);
  }

  public void providerChosen(Provider provider) {
    boolean usable = switch (provider) {
      case OPENAI -> !openAiKey.isBlank();
      case ANTHROPIC -> !anthropicKey.isBlank();
      case LOCAL -> true;
    };
    log.info("provider {} usable {}", provider, usable);
  }
}
