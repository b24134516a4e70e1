package corpus.fullsecretlogged;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Credential metadata in Java 17 shapes: an enum whose constants are named for kinds of secret, records of ids,
 * endpoints and lifetimes, a password hash, and Optional-built previews. Only the URL-encoded key and the raw
 * password are the secrets themselves, and what a reversible encoding (percent-encoding, hex) makes of them.
 */
public class RealisticModernCredentialMetadata {
  private static final Logger log = LoggerFactory.getLogger(RealisticModernCredentialMetadata.class);

  enum CredentialKind {
    API_KEY,
    PASSWORD,
    ACCESS_TOKEN,
    CLIENT_SECRET;

    boolean rotatable() {
      return this != PASSWORD;
    }
  }

  record OAuthClientSettings(String clientId, String tokenUrl, Duration tokenTtl, CredentialKind kind) {}

  record KeyReference(String apiKeyId, String secretName, int version) {}

  record TokenUsage(int promptTokens, int completionTokens) {}

  interface PasswordEncoder {
    String encode(CharSequence rawPassword);
  }

  private final PasswordEncoder encoder;

  public RealisticModernCredentialMetadata(PasswordEncoder encoder) {
    this.encoder = encoder;
  }

  public void logSettings(OAuthClientSettings settings, KeyReference reference, TokenUsage usage) {
    log.info("oauth client {}", settings);
    log.info("key reference {}", reference);
    log.info("usage {}", usage);
    log.debug("kind {} rotatable {}", settings.kind(), settings.kind().rotatable());
    log.debug("supported kinds {}", EnumSet.allOf(CredentialKind.class));
    log.warn("missing credential of kind {}", CredentialKind.CLIENT_SECRET);
  }

  public void logPreview(Optional<String> apiKey) {
    String preview = apiKey.map(k -> k.substring(0, 4) + "...").orElse("<none>");
    log.info("api key {}", preview);
    log.info("api key configured: {}", apiKey.isPresent());
  }

  public String storePassword(String user, String password) {
    String hash = encoder.encode(password);
    log.debug("stored password hash for {}: {}", user, hash);
    return hash;
  }

  public String authorizationScheme(String authorization) {
    String scheme = authorization == null ? "none" : authorization.split(" ", 2)[0];
    log.debug("authorization scheme {}", scheme);
    return scheme;
  }

  public void logEncodedKey(String apiKey) {
    String encoded = URLEncoder.encode(apiKey, StandardCharsets.UTF_8);
    log.debug("query key={}", encoded); // tracelint-expect: FullSecretLogged
  }

  public void logEncodedQuery(String query, KeyReference reference) {
    String encoded = URLEncoder.encode(query, StandardCharsets.UTF_8);
    log.debug("search q={} key id={}", encoded, URLEncoder.encode(reference.apiKeyId(), StandardCharsets.UTF_8));
  }

  public void logKeyFingerprint(String apiKey) throws NoSuchAlgorithmException {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
    log.info("key fingerprint {}", HexFormat.of().formatHex(digest, 0, 8));
  }

  public void logKeyAsHex(String apiKey) {
    log.debug("key bytes {}", HexFormat.of().formatHex(apiKey.getBytes(StandardCharsets.UTF_8))); // tracelint-expect: FullSecretLogged -- apiKey
  }

  public void logDecodedToken(String rawQueryToken) {
    String accessToken = URLDecoder.decode(rawQueryToken, StandardCharsets.UTF_8);
    log.debug("token from query {}", accessToken); // tracelint-expect: FullSecretLogged -- accessToken
  }

  public void logRawPassword(String user, String password) {
    log.trace("login {} / {}", user, password); // tracelint-expect: FullSecretLogged -- password
  }
}
