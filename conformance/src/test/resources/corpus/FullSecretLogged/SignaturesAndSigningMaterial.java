package corpus.fullsecretlogged;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A signature is not a secret: in Java code it is mostly a method's signature, and a cryptographic signature is a
 * public value anyone may verify. The material that makes one is: a signing key or secret, an HMAC key or secret, a
 * webhook's signing secret.
 */
class SignaturesAndSigningMaterial {
  private static final Logger log = LoggerFactory.getLogger(SignaturesAndSigningMaterial.class);

  interface Method {
    String getSignature();
  }

  void acceptsMethodSignature(Method method, String signature) {
    log.debug("resolving {} ({})", signature, method.getSignature());
  }

  void acceptsRequestSignatureBeingVerified(String signature, String expectedSignature) {
    log.warn("signature mismatch: got {} expected {}", signature, expectedSignature);
  }

  void acceptsSignatureHeaderOfAWebhook(HttpServletRequest request) {
    String signature = request.getHeader("X-Hub-Signature-256");
    log.trace("webhook signature {}", signature);
  }

  void flagsSigningKey(String signingKey) {
    log.info("signing with {}", signingKey); // tracelint-expect: FullSecretLogged -- logs the full secret 'signingKey'
  }

  void flagsHmacSecretAndHmacKey(String hmacSecret, byte[] hmacKey) {
    log.info("hmac {}", hmacSecret); // tracelint-expect: FullSecretLogged -- logs the full secret 'hmacSecret'
    log.info("hmac key {}", hmacKey); // tracelint-expect: FullSecretLogged -- logs the full secret 'hmacKey'
  }

  void flagsSignatureKeyAndWebhookSigningSecret(String signatureKey, String webhookSigningSecret) {
    log.info("key {}", signatureKey); // tracelint-expect: FullSecretLogged -- logs the full secret 'signatureKey'
    log.info("webhook {}", webhookSigningSecret); // tracelint-expect: FullSecretLogged -- logs the full secret 'webhookSigningSecret'
  }
}
