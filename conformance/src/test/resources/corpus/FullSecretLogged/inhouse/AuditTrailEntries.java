package corpus.fullsecretlogged.inhouse;

import corpus.fullsecretlogged.inhouse.sdk.AuditTrail;
import corpus.fullsecretlogged.inhouse.sdk.Redactor;
import java.util.HashMap;
import java.util.Map;

/**
 * Key rotation written to the in-house audit trail. {@code AuditTrail#record} and {@code AuditTrail#emit} are
 * configured as LoggingMethods, so they are judged as a logger's calls; the trail's lookup and another type's
 * {@code record} are not logging.
 */
public class AuditTrailEntries {
  private final AuditTrail audit = new AuditTrail("key-rotation");
  private final UsageLedger ledger = new UsageLedger();

  /** Counts calls per key: nothing is written anywhere. */
  static final class UsageLedger {
    private final Map<String, Integer> uses = new HashMap<>();

    void record(String key, Object count) {
      uses.put(key, (Integer) count);
    }
  }

  void flagsTheNewKeyRecordedInFull(String tenant, String apiKey) {
    audit.record("rotated the key of {} to {}", tenant, apiKey); // tracelint-expect: FullSecretLogged -- 'apiKey'
  }

  void flagsAnIssuedTokenEmitted(String bearerToken) {
    AuditTrail.emit("token.issued", bearerToken); // tracelint-expect: FullSecretLogged -- 'bearerToken'
  }

  void acceptsTheNewKeyScrubbed(String tenant, String apiKey) {
    audit.record("rotated the key of {} to {}", tenant, Redactor.scrub(apiKey));
  }

  void acceptsTheTenantAlone(String tenant, String apiKey) {
    audit.record("rotated the key of {}", tenant);
  }

  void acceptsAKeyLookedUpInTheTrail(String apiKey) {
    if (!audit.seen(apiKey)) {
      audit.record("first use of a rotated key");
    }
  }

  void acceptsAKeyCountedByAnotherRecord(String apiKey) {
    ledger.record(apiKey, 1);
  }
}
