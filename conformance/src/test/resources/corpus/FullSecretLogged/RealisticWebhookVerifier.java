package corpus.fullsecretlogged;

import java.nio.charset.StandardCharsets;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Verifies signed webhooks from an LLM provider, logging through Log4j 2. */
public class RealisticWebhookVerifier {
  private static final Logger logger = LogManager.getLogger(RealisticWebhookVerifier.class);

  private final byte[] secretBytes;
  private final String webhookId;

  RealisticWebhookVerifier(String webhookSigningSecret, String webhookId) {
    this.secretBytes = webhookSigningSecret.getBytes(StandardCharsets.UTF_8);
    this.webhookId = webhookId;
  }

  static String hmacSha256Hex(byte[] key, String body) {
    return Integer.toHexString(java.util.Arrays.hashCode(key) ^ body.hashCode());
  }

  public boolean verify(String body, String signature, String timestamp) {
    String expected = hmacSha256Hex(secretBytes, timestamp + "." + body);
    if (!expected.equals(signature)) {
      logger.warn("webhook {} signature mismatch: got {}, expected {}", webhookId, signature, expected);
      return false;
    }
    logger.debug("webhook {} verified (timestamp {})", webhookId, timestamp);
    return true;
  }

  public void dumpConfiguration() {
    logger.debug("webhook {} configured with signing key {}", webhookId, // tracelint-expect: FullSecretLogged
        new String(secretBytes, StandardCharsets.UTF_8));
  }

  public void describe() {
    logger.info("webhook {} signing key is {} bytes", webhookId, secretBytes.length);
  }
}
