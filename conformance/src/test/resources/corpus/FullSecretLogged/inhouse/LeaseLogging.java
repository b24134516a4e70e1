package corpus.fullsecretlogged.inhouse;

import corpus.fullsecretlogged.inhouse.sdk.Redactor;
import corpus.fullsecretlogged.inhouse.sdk.VaultClient;
import java.util.logging.Logger;

/**
 * Logging around an in-house vault lease. {@code VaultClient.Lease#getToken} is a configured masking method (a getter
 * that returns a masked preview), so printing it is correct; the raw token getter of the same lease is a defect with
 * the defaults alone.
 */
public class LeaseLogging {
  private static final Logger LOG = Logger.getLogger(LeaseLogging.class.getName());

  void acceptsTheMaskedTokenGetter(VaultClient vault) {
    VaultClient.Lease lease = vault.lease("agent");
    LOG.info("leased " + lease.getRole() + " token " + lease.getToken());
  }

  void acceptsTheMaskedTokenGetterAsAFormatArgument(VaultClient vault) {
    VaultClient.Lease lease = vault.lease("indexer");
    LOG.info(String.format("role=%s token=%s", lease.getRole(), lease.getToken()));
  }

  void flagsTheRawTokenBesideTheMaskedOne(VaultClient vault) {
    VaultClient.Lease lease = vault.lease("agent");
    LOG.fine("masked " + lease.getToken());
    LOG.fine("raw " + lease.getRawToken()); // tracelint-expect: FullSecretLogged -- 'getRawToken()'
  }

  void acceptsAScrubbedUnsealShardInAConcatenation(VaultClient vault) {
    LOG.info("shard " + Redactor.scrub(vault.getUnsealShard(3)));
  }

  void acceptsAShardLookupTakingAnIndex(VaultClient vault) {
    // getUnsealShard(4) is a lookup, not a getter (a getter takes no argument): its name vouches for nothing
    LOG.info("shard " + vault.getUnsealShard(4));
  }

  void flagsTheLicenseKeyGetterConcatenated(VaultClient vault) {
    LOG.info("vault " + vault.address() + " licensed with " + vault.getLicenseKey()); // tracelint-expect: FullSecretLogged -- 'getLicenseKey()'
  }
}
