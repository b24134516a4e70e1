package corpus.fullsecretlogged;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A secrets-manager client whose types are named for secrets but hold only references to them: a record named
 * Secret (name, ARN, version), a rotation schedule, and the header names a client sends. Nothing logged here is a
 * secret's value.
 */
public class RealisticModernSecretReferences {
  private static final Logger log = LoggerFactory.getLogger(RealisticModernSecretReferences.class);

  record Secret(String name, String arn, int version, Instant rotatedAt) {}

  record RotationPlan(List<Secret> due, Instant nextRun) {}

  interface SecretsManager {
    List<Secret> list(String prefix);

    String valueOf(Secret secret);
  }

  private static final Map<String, String> AUTH_HEADERS = Map.of("openai", "Authorization", "anthropic", "x-api-key");

  private final SecretsManager manager;

  public RealisticModernSecretReferences(SecretsManager manager) {
    this.manager = manager;
  }

  public RotationPlan plan(String prefix, Instant now) {
    List<Secret> secrets = manager.list(prefix);
    for (Secret secret : secrets) {
      log.debug("found {} (version {}, rotated {})", secret.name(), secret.version(), secret.rotatedAt());
    }
    var due = secrets.stream().filter(s -> s.rotatedAt().isBefore(now.minusSeconds(90L * 24 * 3600))).toList();
    log.info("{} of {} secrets due for rotation: {}", due.size(), secrets.size(), due);
    return new RotationPlan(due, now.plusSeconds(3600));
  }

  public int load(Secret secret) {
    String value = manager.valueOf(secret);
    log.info("loaded secret {} ({} characters)", secret, value.length());
    return value.length();
  }

  public void describeProviders() {
    AUTH_HEADERS.forEach((provider, header) -> log.info("{} authenticates with header {}", provider, header));
  }
}
