package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** A Spring AI application's startup banner for its chat client settings. */
@Component
public class RealisticAgentSpringAiKeys {
  private static final Logger log = LoggerFactory.getLogger(RealisticAgentSpringAiKeys.class);

  @Value("${spring.ai.openai.api-key}")
  private String openAi;

  @Value("${spring.ai.anthropic.api-key:}")
  private String anthropic;

  @Value("${spring.ai.openai.base-url:https://api.openai.com}")
  private String baseUrl;

  @Value("${spring.ai.openai.chat.options.model:gpt-4o}")
  private String model;

  public void banner() {
    log.info("Spring AI chat client: model={} baseUrl={}", model, baseUrl);
    log.info("OpenAI key {}", String.format("%.5s...", openAi));
    log.info("Anthropic key present: {}", anthropic != null && !anthropic.isEmpty());
  }

  public void debugBanner() {
    log.debug("OpenAI key {}", String.format("%s", openAi)); // tracelint-expect: FullSecretLogged
  }

  public void fallbackNotice() {
    String active = anthropic == null || anthropic.isBlank() ? openAi : anthropic;
    log.info("falling back to provider key {}", active); // tracelint-expect: FullSecretLogged
  }
}
