package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Startup configuration of an OpenAI-style client, logging what it is configured with. */
@Configuration
public class RealisticOpenAiClientConfig {
  private static final Logger log = LoggerFactory.getLogger(RealisticOpenAiClientConfig.class);

  static final class OpenAiClient {
    OpenAiClient(String baseUrl, String apiKey, String model) {}
  }

  @Value("${openai.base-url:https://api.openai.com/v1}")
  private String baseUrl;

  @Value("${openai.api-key}")
  private String apiKey;

  @Value("${openai.secondary-api-key:}")
  private String secondary;

  @Value("${openai.model:gpt-4o-mini}")
  private String model;

  @Bean
  OpenAiClient openAiClient() {
    log.info("OpenAI client: baseUrl={}, model={}, key={}...", baseUrl, model, apiKey.substring(0, 7));
    if (apiKey.isBlank()) {
      log.warn("openai.api-key is empty, requests will fail with 401");
    }
    return new OpenAiClient(baseUrl, apiKey, model);
  }

  @Bean
  OpenAiClient secondaryClient() {
    if (secondary == null || secondary.isEmpty()) {
      log.info("no secondary OpenAI key configured, failover disabled");
      return null;
    }
    log.info("failover OpenAI client enabled with key {}", secondary); // tracelint-expect: FullSecretLogged
    return new OpenAiClient(baseUrl, secondary, model);
  }

  @Bean
  OpenAiClient embeddingClient() {
    String embeddingModel = model.startsWith("gpt-4") ? "text-embedding-3-small" : "text-embedding-ada-002";
    log.info("embedding client: model={}, key length={}", embeddingModel, apiKey.length());
    return new OpenAiClient(baseUrl, apiKey, embeddingModel);
  }
}
