package corpus.fullsecretlogged;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Realistic lines around credentials that print none: token metadata, a secret's name and version, error messages,
 * scopes, endpoints, paths, aliases, hints, presence checks, lengths, header names and usage text.
 */
class CredentialLookAlikes {
  private static final Logger log = LoggerFactory.getLogger(CredentialLookAlikes.class);

  interface TokenResponse {
    String getAccessToken();

    long getExpiresIn();

    String getTokenType();

    String getScope();
  }

  interface Secret {
    String getName();

    String getVersion();
  }

  private String clientId;
  private String apiKey;
  private String tokenEndpoint;
  private String credentialsPath;
  private String privateKeyAlias;
  private String authorizationServerUrl;
  private String apiKeySource;
  private String passwordHint;

  void acceptsTypeAndExpiryOfARefreshedToken(TokenResponse response) {
    log.info("Token refreshed for client {}: type={} expiresIn={}", clientId, response.getTokenType(),
        response.getExpiresIn());
  }

  void acceptsGrantedScopes(TokenResponse response, List<String> scopes) {
    log.info("granted scopes {} ({})", response.getScope(), scopes);
  }

  void acceptsNameAndVersionOfASecret(Secret secret) {
    log.info("Loaded secret {} version {}", secret.getName(), secret.getVersion());
  }

  void acceptsMessageOfAFailedRefresh(Exception e) {
    log.error("Failed to refresh token for client {}: {}", clientId, e.getMessage());
  }

  void acceptsExceptionAfterAMessageAboutAToken(Exception e) {
    log.warn("Invalid token", e);
  }

  void acceptsEmailOfAPasswordReset(String email) {
    log.info("Password reset requested for {}", email);
  }

  void acceptsCountOfUsedTokens(int usedTokens) {
    log.info("Used {} tokens", usedTokens);
  }

  void acceptsEndpointPathAndAliasOfCredentials() {
    log.info("token endpoint {} credentials at {} key alias {}", tokenEndpoint, credentialsPath, privateKeyAlias);
  }

  void acceptsAuthorizationServerUrl() {
    log.info("authorization server {}", authorizationServerUrl);
  }

  void acceptsSourceAndHintOfASecret() {
    log.info("API key read from {} (hint: {})", apiKeySource, passwordHint);
  }

  void acceptsPresenceAsYesOrNo() {
    log.info("API key set: {}", apiKey != null ? "yes" : "no");
  }

  void acceptsConditionalThatYieldsNullOrAMask() {
    log.info("secret: {}", apiKey == null ? null : "***");
  }

  void acceptsLengthOfAnAccessToken(TokenResponse response) {
    log.info("access token length {}", response.getAccessToken().length());
  }

  void acceptsPresenceOfAnAccessToken(TokenResponse response) {
    log.info("access token present {}", response.getAccessToken() != null);
  }

  void acceptsNamesOfHeaders(Map<String, String> headers) {
    log.debug("headers: {}", headers.keySet());
  }

  void acceptsSignatureAlgorithmAndTokenId(String signatureAlgorithm, String tokenId) {
    log.debug("signature algorithm {} token id {}", signatureAlgorithm, tokenId);
  }

  void acceptsFirstCharacterOfAKey() {
    log.info("key starts with {}", apiKey.charAt(0));
  }

  void acceptsTimeATokenWasIssued() {
    log.info("token issued at {}", System.currentTimeMillis());
  }

  void acceptsUsageTextPrintedToTheConsole() {
    System.out.println("Usage: gateway --api-key <key>");
  }
}
