package corpus.fullsecretlogged;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * FullSecretLogged's page, its inline examples as the page writes them: sources, the ways a value travels, what is
 * not flagged, and the "Known limits" on what is not followed.
 */
class DocsExamples {
  private static final Logger log = LoggerFactory.getLogger(DocsExamples.class);

  record StoreLogin(String user, char[] password) {}

  interface SecretText {
    String value();
  }

  interface UserService {
    String findByToken(String token);
  }

  interface TokenClient {
    String getAccessToken();
  }

  enum Verbosity {
    DEBUG,
    NORMAL
  }

  private final TokenClient tokenClient;
  private final ObjectMapper mapper = new ObjectMapper();
  private String value;

  DocsExamples(TokenClient tokenClient) {
    this.tokenClient = tokenClient;
  }

  void flagsEnvironmentMapReadByASecretKey() {
    log.info("Datadog key {}", System.getenv().get("DD_API_KEY")); // tracelint-expect: FullSecretLogged
  }

  void acceptsEnvironmentMapReadByAnOrdinaryKey() {
    log.info("Datadog site {}", System.getenv().get("DD_SITE"));
  }

  void flagsRequiredPropertyNamingAPassword(Environment env) {
    log.info("datasource password {}", env.getRequiredProperty("spring.datasource.password")); // tracelint-expect: FullSecretLogged
  }

  void flagsValueOfAPasswordHolder(SecretText password) {
    log.info("password {}", password.value()); // tracelint-expect: FullSecretLogged
  }

  void acceptsCallWhoseResultIsNotTheSecret(UserService userService, String token) {
    log.info("user {}", userService.findByToken(token));
  }

  void flagsTokenCutFromAnAuthorizationHeader(String authHeader) {
    String token = authHeader.substring(7);
    log.debug("token {}", token); // tracelint-expect: FullSecretLogged
  }

  void flagsTextFieldGivenATokenInRefresh() {
    value = tokenClient.getAccessToken();
    log.info("refreshed: {}", value); // tracelint-expect: FullSecretLogged
  }

  void acceptsRecordWhoseSecretComponentIsAnArray(StoreLogin login) {
    log.info("login {}", login);
  }

  void flagsArrayComponentMadeIntoAString(StoreLogin login) {
    log.info("password {}", new String(login.password())); // tracelint-expect: FullSecretLogged
  }

  void flagsRecordWithAnArrayComponentRenderedAsJson(StoreLogin login) throws JsonProcessingException {
    log.info("login {}", mapper.writeValueAsString(login)); // tracelint-expect: FullSecretLogged
  }

  void acceptsPreviewGuardedByAShortLength(String apiKey) {
    log.info("key {}", apiKey.length() > 8 ? apiKey.substring(0, 8) + "..." : apiKey);
  }

  void flagsPreviewGuardedByALongerLength(String apiKey) {
    log.info("key {}", apiKey.length() > 40 ? apiKey.substring(0, 8) + "..." : apiKey); // tracelint-expect: FullSecretLogged
  }

  void acceptsPrefixCappedByTheLength(String apiKey) {
    log.info("key {}...", apiKey.substring(0, Math.min(6, apiKey.length())));
  }

  void acceptsHashCodeAndEquality(String apiKey, String expected) {
    log.info("key hash {} matches {}", apiKey.hashCode(), apiKey.equals(expected));
  }

  void acceptsRegexMasking(String apiKey) {
    log.info("key {}", apiKey.replaceAll(".(?=.{4})", "*"));
  }

  void flagsHexOfTheKeyItself(String apiKey) {
    log.info("key bytes {}", HexFormat.of().formatHex(apiKey.getBytes(StandardCharsets.UTF_8))); // tracelint-expect: FullSecretLogged
  }

  void acceptsHexOfADigestOfTheKey(String apiKey) throws NoSuchAlgorithmException {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
    log.info("key fingerprint {}", HexFormat.of().formatHex(digest));
  }

  void flagsSwitchArmKeptInALocal(Verbosity verbosity, String apiKey) {
    String shown =
        switch (verbosity) {
          case DEBUG -> apiKey;
          default -> "****";
        };
    log.info("key {}", shown); // tracelint-expect: FullSecretLogged
  }

  void flagsSwitchExpressionUsedAsAnArgument(Verbosity verbosity, String apiKey) {
    log.info( // tracelint-expect: FullSecretLogged
        "key {}",
        switch (verbosity) {
          case DEBUG -> apiKey;
          default -> "****";
        });
  }

  void flagsOptionalOrElseOfTheKey(String apiKey) {
    log.info("key {}", Optional.of(apiKey).orElse("none")); // tracelint-expect: FullSecretLogged
  }

  void acceptsCredentialsFileLocation() {
    log.info("credentials at {}", System.getenv("GOOGLE_APPLICATION_CREDENTIALS"));
  }

  void flagsGoogleApiKey() {
    log.info("google key {}", System.getenv("GOOGLE_API_KEY")); // tracelint-expect: FullSecretLogged
  }

  void acceptsSecretUsedOnlyInACondition(String apiKey) {
    if (apiKey == null) {
      log.warn("API key is missing");
    }
  }

  void acceptsMapAMethodWasGiven(Map<String, String> settings) {
    log.info("settings {}", settings);
  }

  void acceptsSignature(String signature) {
    log.info("webhook signature {}", signature);
  }
}
