package corpus.fullsecretlogged;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A webhook endpoint that an evaluation service calls back when a run finishes. The signature header is public and
 * may be logged; the shared secret and the caller's Authorization header may not.
 */
@RestController
public class RealisticAppWebhookController {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppWebhookController.class);

  private final byte[] signingSecret;

  public RealisticAppWebhookController(String webhookSigningSecret) {
    this.signingSecret = webhookSigningSecret.getBytes(StandardCharsets.UTF_8);
  }

  @PostMapping("/hooks/eval-finished")
  public ResponseEntity<Void> evalFinished(
      @RequestHeader("X-Signature") String signature,
      @RequestHeader(value = "X-Delivery-Id", required = false) String deliveryId,
      @RequestBody String payload) throws Exception {
    String expected = hmacHex(payload);
    boolean valid = MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    if (!valid) {
      log.warn("delivery {} rejected: signature {} does not match", deliveryId, signature);
      return ResponseEntity.status(401).build();
    }
    log.info("delivery {} accepted ({} bytes)", deliveryId, payload.length());
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/hooks/legacy")
  public ResponseEntity<Void> legacy(
      @RequestHeader("Authorization") String authorization, @RequestBody String payload) {
    log.debug("legacy hook with auth present={} scheme={}", authorization != null,
        authorization == null ? "none" : authorization.substring(0, Math.min(6, authorization.length())));
    return ResponseEntity.ok().build();
  }

  @PostMapping("/hooks/legacy-debug")
  public ResponseEntity<Void> legacyDebug(
      @RequestHeader("Authorization") String authorization, @RequestBody String payload) {
    log.debug("legacy hook called with {}", authorization); // tracelint-expect: FullSecretLogged
    return ResponseEntity.ok().build();
  }

  private String hmacHex(String payload) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(signingSecret, "HmacSHA256"));
    byte[] digest = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
    StringBuilder hex = new StringBuilder();
    for (byte b : digest) {
      hex.append(String.format("%02x", b));
    }
    return hex.toString();
  }
}
