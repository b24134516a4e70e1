package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names that say where secrets are kept rather than hold one: the cloud region of a secrets manager
 * ({@code secretsRegion}), the Kubernetes namespace or zone that holds the credentials ({@code credentialsNamespace},
 * {@code vaultSecretZone}). They name a place, not a secret. Still reported: the secret itself logged beside them, and
 * a name in which the place word comes before the term ({@code regionPassword} is a password).
 */
class SecretsLocatedByRegionOrNamespace {
  private static final Logger log = LoggerFactory.getLogger(SecretsLocatedByRegionOrNamespace.class);

  private final String secretsRegion;
  private final String credentialsNamespace;

  SecretsLocatedByRegionOrNamespace(String secretsRegion, String credentialsNamespace) {
    this.secretsRegion = secretsRegion;
    this.credentialsNamespace = credentialsNamespace;
  }

  void acceptsTheRegionAndNamespaceOfTheSecretStore() {
    log.info("reading secrets from region {} in namespace {}", secretsRegion, credentialsNamespace);
  }

  void acceptsPluralPlaceWordsAfterTheTerm(java.util.List<String> tokenRegions, String passwordNamespaces) {
    log.debug("token issuers in {}; password policies under {}", tokenRegions, passwordNamespaces);
  }

  void acceptsAZoneOfSecrets(String vaultSecretZone) {
    log.info("secret zone {}", vaultSecretZone);
  }

  void flagsTheSecretLoggedBesideItsRegion(String apiKey) {
    log.info("region {} key {}", secretsRegion, apiKey); // tracelint-expect: FullSecretLogged
  }

  void flagsAPasswordNamedForItsRegion(String regionPassword) {
    log.info("connecting with {}", regionPassword); // tracelint-expect: FullSecretLogged
  }
}
