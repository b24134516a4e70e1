package corpus.fullsecretlogged;

import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loading secrets from a vault: names, ARNs, versions and rotation dates are logged, values are not. */
public class RealisticCleanSecretsManagerClient {
  private static final Logger log = LoggerFactory.getLogger(RealisticCleanSecretsManagerClient.class);

  record SecretVersion(String secretArn, String versionId, Instant createdAt, String value) {
    @Override
    public String toString() {
      return "SecretVersion[" + secretArn + "@" + versionId + "]";
    }
  }

  interface Vault {
    SecretVersion latest(String secretName);
  }

  private final Vault vault;

  RealisticCleanSecretsManagerClient(Vault vault) {
    this.vault = vault;
  }

  public String load(String secretName) {
    SecretVersion version = vault.latest(secretName);
    log.info("loaded secret {} ({}), version {}, created {}", secretName, version.secretArn(), version.versionId(),
        version.createdAt());
    log.debug("secret {} value has {} characters", secretName, version.value().length());
    log.debug("loaded {}", version);
    return version.value();
  }

  public void logKeys(Map<String, String> secrets) {
    log.info("secrets available: {}", secrets.keySet());
    for (Map.Entry<String, String> entry : secrets.entrySet()) {
      log.debug("secret {} is {}", entry.getKey(), entry.getValue().isEmpty() ? "empty" : "set");
    }
  }
}
