package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Names, identifiers and policies of secrets are metadata, not secret values. */
class NamesOfSecrets {
  private static final Logger log = LoggerFactory.getLogger(NamesOfSecrets.class);
  private static final String API_KEY_HEADER = "X-Api-Key";
  private static final String PASSWORD_ENV = "DB_PASSWORD";

  private String secretName = "prod/openai";
  private String secretArn;
  private String apiKeyId;
  private String passwordPolicy = "min-12";
  private String keyPrefix = "sk-proj";
  private String publicKey = "pk-lf-123";
  private String nextToken;
  private String tokenEndpoint = "https://auth.example.com/token";
  private String clientSecret;

  void describe() {
    log.info("secret {} ({}) key id {}", secretName, secretArn, apiKeyId);
    log.info("send the key in {} from {}", API_KEY_HEADER, PASSWORD_ENV);
    log.info("policy {} prefix {} public {}", passwordPolicy, keyPrefix, publicKey);
    log.info("page {} endpoint {}", nextToken, tokenEndpoint);
    log.warn("Client secret is missing; set {}", PASSWORD_ENV);
    log.info("client secret {}", clientSecret); // tracelint-expect: FullSecretLogged
  }
}
