package corpus.fullsecretlogged;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import okhttp3.Credentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;

/**
 * Base64 and Basic authorization values are encodings, not masks: {@code user:password} in Base64, OkHttp's
 * {@code Credentials.basic} and Spring's {@code HttpHeaders.encodeBasicAuth} carry the password whole. Encoded
 * values that carry no secret (a user and a tenant, a payload, a digest of the password) are not logged secrets.
 */
class EncodedCredentials {
  private static final Logger log = LoggerFactory.getLogger(EncodedCredentials.class);

  void flagsBase64OfUserAndPassword(String user, String password) {
    String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    log.debug("Authorization: Basic {}", basic); // tracelint-expect: FullSecretLogged -- logs the full secret 'basic'
  }

  void flagsBasicAuthorizationValueBuiltInline(String user, String pwd) {
    log.debug("auth=Basic " + Base64.getEncoder().encodeToString((user + ":" + pwd).getBytes())); // tracelint-expect: FullSecretLogged -- logs the full secret 'pwd'
  }

  void flagsBase64BytesTurnedIntoText(String clientId, String clientSecret) {
    byte[] encoded = Base64.getUrlEncoder().encode((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
    log.info("client auth {}", new String(encoded, StandardCharsets.UTF_8)); // tracelint-expect: FullSecretLogged -- logs the full secret 'encoded'
  }

  void flagsOkHttpBasicCredentials(String user, String password) {
    String authorization = Credentials.basic(user, password);
    log.debug("using {}", authorization); // tracelint-expect: FullSecretLogged -- logs the full secret 'authorization'
  }

  void flagsOkHttpBasicCredentialsNamedNeutrally(String user, String password) {
    String value = Credentials.basic(user, password);
    log.debug("using {}", value); // tracelint-expect: FullSecretLogged -- logs the full secret 'value'
  }

  void flagsSpringEncodedBasicAuth(String username, String password) {
    String value = HttpHeaders.encodeBasicAuth(username, password, StandardCharsets.UTF_8);
    log.trace("basic {}", value); // tracelint-expect: FullSecretLogged -- logs the full secret 'value'
  }

  void acceptsBase64OfUserAndTenant(String user, String tenant) {
    String value = Base64.getEncoder().encodeToString((user + ":" + tenant).getBytes(StandardCharsets.UTF_8));
    log.debug("routing key {}", value);
  }

  void acceptsBase64OfAPayload(String payload) {
    log.debug("body {}", Base64.getEncoder().encodeToString(payload.getBytes(StandardCharsets.UTF_8)));
  }

  void acceptsBase64OfADigestOfThePassword(String password) throws NoSuchAlgorithmException {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    String fingerprint = Base64.getEncoder().encodeToString(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
    log.info("password fingerprint {}", fingerprint);
  }

  void acceptsBase64DecodingOfAnId(String encodedId) {
    log.debug("id {}", new String(Base64.getDecoder().decode(encodedId), StandardCharsets.UTF_8));
  }

  void acceptsLengthOfBasicCredentials(String user, String password) {
    log.debug("auth length {}", Credentials.basic(user, password).length());
  }

  void acceptsBasicCredentialsOfAUserOnly(String user, String realm) {
    log.debug("user {} realm {}", user, realm);
  }
}
