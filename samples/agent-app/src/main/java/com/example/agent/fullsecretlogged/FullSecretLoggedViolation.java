package com.example.agent.fullsecretlogged;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * An LLM gateway that logs its credentials while "debugging missing traces": the whole API key at startup, the
 * caller's Authorization header, the tracing backend's secret key and a request line with the bearer token. Every one
 * of them lands in log storage that many people can read.
 */
@Component
public final class FullSecretLoggedViolation {
  private static final Logger log = LoggerFactory.getLogger(FullSecretLoggedViolation.class);

  @Value("${openai.base-url}")
  private String baseUrl;

  @Value("${openai.api-key}")
  private String apiKey;

  /** Startup banner that prints the full key next to the base URL. */
  public void logStartupConfiguration() {
    log.info("LLM gateway using {} with key {}", baseUrl, apiKey); // tracelint-expect: FullSecretLogged
  }

  /** Request logging that copies the caller's credentials into the log. */
  public void handle(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    log.debug("Incoming {} {} auth={}", request.getMethod(), request.getRequestURI(), authorization); // tracelint-expect: FullSecretLogged
  }

  /** Checks the tracing backend's configuration by printing its secret. */
  public void connectTracingBackend() {
    String secretKey = System.getenv("LANGFUSE_SECRET_KEY");
    if (secretKey == null) {
      log.warn("LANGFUSE_SECRET_KEY is not set; traces will not be exported");
      return;
    }
    log.info("Exporting traces with secret key {}", secretKey); // tracelint-expect: FullSecretLogged
  }

  /** Dumps the outgoing request, header included. */
  public void describeRequest(String model, int maxTokens) {
    StringBuilder line = new StringBuilder("POST ").append(baseUrl).append("/chat/completions");
    line.append(" Authorization: Bearer ").append(apiKey);
    log.debug("{} model={} maxTokens={}", line, model, maxTokens); // tracelint-expect: FullSecretLogged
  }

  /** Streams the model's answer to the console: a streamed token is model output, not a credential. */
  public void onToken(String token) {
    System.out.print(token);
  }

  /** Token usage is a count, not a secret. */
  public void logUsage(int promptTokens, int completionTokens) {
    log.info("usage prompt={} completion={}", promptTokens, completionTokens);
  }
}
