package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings named after a secret term but describing where or how it is used: the authorization server's address, a
 * cookie's SameSite mode, a secrets engine's backend and mount, a token strategy, a password encoding, and page
 * cursors ({@code paginationToken}, {@code changeToken}). The secret a server, backend or mount is given is still one.
 */
class ConfigurationNamedAroundASecret {
  private static final Logger log = LoggerFactory.getLogger(ConfigurationNamedAroundASecret.class);

  record OAuthSettings(String authorizationServer, String cookieSameSite, String tokenStrategy, String clientSecret) {}

  record VaultSettings(String secretBackend, String secretMount, String passwordEncoding, String backendToken) {}

  interface Page {
    String paginationToken();
  }

  void acceptsWhereAndHowCredentialsAreUsed(OAuthSettings oauth, VaultSettings vault) {
    log.info("authorization server {}, SameSite={}, tokens by {}", oauth.authorizationServer(), oauth.cookieSameSite(),
        oauth.tokenStrategy());
    log.info("secrets from {} mounted at {}, passwords as {}", vault.secretBackend(), vault.secretMount(),
        vault.passwordEncoding());
  }

  void acceptsPageCursors(Page page, String changeToken) {
    String paginationToken = page.paginationToken();
    log.debug("next page after {}", paginationToken);
    log.debug("changes since {}", changeToken);
  }

  void flagsTheSecretsTheSettingsHold(OAuthSettings oauth, VaultSettings vault) {
    log.info("client secret {}", oauth.clientSecret()); // tracelint-expect: FullSecretLogged
    log.info("vault token {}", vault.backendToken()); // tracelint-expect: FullSecretLogged
  }

  void flagsAServersPassword(String serverPassword) {
    log.debug("connecting with {}", serverPassword); // tracelint-expect: FullSecretLogged
  }
}
