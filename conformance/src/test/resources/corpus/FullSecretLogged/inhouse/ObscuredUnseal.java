package corpus.fullsecretlogged.inhouse;

import corpus.fullsecretlogged.inhouse.sdk.Obscurer;
import corpus.fullsecretlogged.inhouse.sdk.StarObscurer;
import corpus.fullsecretlogged.inhouse.sdk.VaultClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unseal logging masked through an in-house interface whose method the MaskingMethods option names
 * ({@code Obscurer#hide}), called through the interface and through the SDK's implementation, which overrides it;
 * beside them, the same secret given to a method of the same object that may return it unchanged.
 */
public class ObscuredUnseal {
  private static final Logger log = LoggerFactory.getLogger(ObscuredUnseal.class);

  private final Obscurer obscurer = new StarObscurer(true);
  private final StarObscurer stars = new StarObscurer(true);

  void acceptsAShardHiddenThroughTheInterface(VaultClient vault) {
    String unsealShard = vault.getUnsealShard(0);
    log.info("shard {}", obscurer.hide(unsealShard));
  }

  void acceptsAShardHiddenThroughTheImplementation(VaultClient vault) {
    String unsealShard = vault.getUnsealShard(1);
    log.info("shard {}", stars.hide(unsealShard));
  }

  void flagsTheShardItselfBesideItsHiddenForm(VaultClient vault) {
    String unsealShard = vault.getUnsealShard(2);
    log.info("shard {} ({})", stars.hide(unsealShard), unsealShard); // tracelint-expect: FullSecretLogged -- 'unsealShard'
  }
}
