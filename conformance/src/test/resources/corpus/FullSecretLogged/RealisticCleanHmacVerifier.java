package corpus.fullsecretlogged;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Webhook signature verification: logs the key id, the received signature and the outcome, never the secret. */
public class RealisticCleanHmacVerifier {
  private static final Logger log = LoggerFactory.getLogger(RealisticCleanHmacVerifier.class);

  private final String keyId;
  private final byte[] signingSecret;

  RealisticCleanHmacVerifier(String keyId, byte[] signingSecret) {
    this.keyId = keyId;
    this.signingSecret = signingSecret.clone();
  }

  public boolean verify(String payload, String signatureHeader) {
    String expected;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(signingSecret, "HmacSHA256"));
      expected = HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      log.error("cannot compute HMAC with key {}", keyId, e);
      return false;
    }
    boolean valid = MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
        signatureHeader.getBytes(StandardCharsets.US_ASCII));
    if (!valid) {
      log.warn("webhook signature mismatch: keyId={}, signature={}, payloadLength={}", keyId, signatureHeader,
          payload.length());
    }
    return valid;
  }

  public void logRotation(String newKeyId, byte[] newSecret) {
    log.info("rotating webhook key {} -> {} ({} bytes)", keyId, newKeyId, newSecret.length);
  }
}
