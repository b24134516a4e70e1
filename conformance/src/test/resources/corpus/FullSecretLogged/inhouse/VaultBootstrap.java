package corpus.fullsecretlogged.inhouse;

import corpus.fullsecretlogged.inhouse.sdk.Redactor;
import corpus.fullsecretlogged.inhouse.sdk.VaultClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up logging of an agent that unseals an in-house vault. The unseal shards and the licence key are secrets
 * only because the SecretNames option says so; the look-alikes beside each defect print a count, a masked form or a
 * name.
 */
public class VaultBootstrap {
  private static final Logger log = LoggerFactory.getLogger(VaultBootstrap.class);

  private final VaultClient vault;

  public VaultBootstrap(VaultClient vault) {
    this.vault = vault;
  }

  void flagsALoggedUnsealShard() {
    String unsealShard = vault.getUnsealShard(0);
    log.info("unsealing {} with {} shards", vault.address(), vault.getUnsealShardCount());
    log.debug("first shard {}", unsealShard); // tracelint-expect: FullSecretLogged -- 'unsealShard'
  }

  void flagsALicenseKeyGetterPrinted() {
    System.out.println("licensed with " + vault.getLicenseKey()); // tracelint-expect: FullSecretLogged -- 'getLicenseKey()'
  }

  void flagsALicenceKeyFromTheEnvironment() {
    String licenceKey = System.getenv("AGENT_LICENCE_KEY");
    log.warn("licence {}", licenceKey); // tracelint-expect: FullSecretLogged -- 'licenceKey'
  }

  void flagsAShardPassedThroughANonMaskingHelper() {
    String unsealShard = Redactor.normalise(vault.getUnsealShard(1));
    log.info("shard {}", unsealShard); // tracelint-expect: FullSecretLogged -- 'unsealShard'
  }

  void acceptsTheShardCount() {
    log.info("vault at {} needs {} shards", vault.address(), vault.getUnsealShardCount());
  }

  void acceptsAScrubbedShard() {
    log.info("first shard {}", Redactor.scrub(vault.getUnsealShard(0)));
  }

  void acceptsAFingerprintedLicenceKey() {
    String licenceKey = System.getenv("AGENT_LICENCE_KEY");
    log.info("licence fingerprint {}", Redactor.fingerprint(licenceKey));
  }

  void acceptsTheNameOfTheLicenseKeyVariable() {
    String licenseKeyName = "AGENT_LICENCE_KEY";
    log.info("reading the licence from {}", licenseKeyName);
  }

  void acceptsAShardPresenceCheck() {
    String unsealShard = vault.getUnsealShard(2);
    log.info("shard present: {}", unsealShard != null && !unsealShard.isEmpty());
  }
}
