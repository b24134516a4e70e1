package com.example.agent.fullsecretlogged;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The same LLM gateway, logging what is needed to debug missing traces without leaking credentials: the base URL and a
 * short prefix of the key, whether a credential is present, and a mask instead of the bearer token.
 */
@Component
public final class FullSecretLoggedFixed {
  private static final Logger log = LoggerFactory.getLogger(FullSecretLoggedFixed.class);
  private static final int VISIBLE_PREFIX = 6;

  @Value("${openai.base-url}")
  private String baseUrl;

  @Value("${openai.api-key}")
  private String apiKey;

  /** Startup banner with the base URL and a short, null-safe prefix of the key: enough to tell keys apart. */
  public void logStartupConfiguration() {
    log.info("LLM gateway using {} with key {}...", baseUrl, prefix(apiKey));
  }

  /** Request logging that records whether the caller sent credentials, and which scheme, never the credentials. */
  public void handle(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    String scheme = authorization == null ? "none" : authorization.split(" ", 2)[0];
    log.debug("Incoming {} {} auth scheme={}", request.getMethod(), request.getRequestURI(), scheme);
  }

  /** Checks the tracing backend's configuration by its presence and prefix. */
  public void connectTracingBackend() {
    String secretKey = System.getenv("LANGFUSE_SECRET_KEY");
    if (secretKey == null) {
      log.warn("LANGFUSE_SECRET_KEY is not set; traces will not be exported");
      return;
    }
    log.info("Exporting traces with secret key {}... ({} chars)", prefix(secretKey), secretKey.length());
  }

  /** Dumps the outgoing request with the bearer token masked. */
  public void describeRequest(String model, int maxTokens) {
    StringBuilder line = new StringBuilder("POST ").append(baseUrl).append("/chat/completions");
    line.append(" Authorization: Bearer ").append(mask(apiKey));
    log.debug("{} model={} maxTokens={}", line, model, maxTokens);
  }

  /** Streams the model's answer to the console: a streamed token is model output, not a credential. */
  public void onToken(String token) {
    System.out.print(token);
  }

  /** Token usage is a count, not a secret. */
  public void logUsage(int promptTokens, int completionTokens) {
    log.info("usage prompt={} completion={}", promptTokens, completionTokens);
  }

  private static String prefix(String secret) {
    return secret == null ? "null" : secret.substring(0, Math.min(VISIBLE_PREFIX, secret.length()));
  }

  private static String mask(String secret) {
    return prefix(secret) + "****";
  }
}
