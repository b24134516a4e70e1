package corpus.fullsecretlogged;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An asynchronous secrets cache: provider keys are fetched from a secret manager on startup and on rotation; the
 * logs name the secret, its version and how long the fetch took.
 */
public class RealisticAsyncSecretFetchLogging {
  private static final Logger log = LoggerFactory.getLogger(RealisticAsyncSecretFetchLogging.class);

  record SecretVersion(String name, String version, String value) {}

  interface AsyncSecretManager {
    CompletableFuture<SecretVersion> latest(String name);
  }

  private final AsyncSecretManager manager;
  private final Map<String, String> current = new ConcurrentHashMap<>();

  RealisticAsyncSecretFetchLogging(AsyncSecretManager manager) {
    this.manager = manager;
  }

  public CompletableFuture<Void> load(String secretName) {
    long started = System.nanoTime();
    return manager.latest(secretName)
        .thenAccept(secret -> {
          current.put(secret.name(), secret.value());
          log.info("loaded secret {} version {} in {} ms",
              secret.name(), secret.version(), (System.nanoTime() - started) / 1_000_000);
        })
        .whenComplete((ignored, error) -> {
          if (error != null) {
            log.error("could not load secret {}", secretName, error);
          }
        });
  }

  public CompletableFuture<Void> loadAll(Iterable<String> secretNames) {
    CompletableFuture<Void> all = CompletableFuture.completedFuture(null);
    for (String secretName : secretNames) {
      all = all.thenCompose(previous -> load(secretName));
    }
    return all.thenRun(() -> log.info("{} secrets loaded", current.size()));
  }

  public boolean has(String secretName) {
    boolean present = current.containsKey(secretName);
    log.debug("secret {} present: {}", secretName, present);
    return present;
  }

  public CompletableFuture<Void> rotate(String secretName) {
    return manager.latest(secretName).thenAccept(secret -> {
      String previousSecret = current.put(secret.name(), secret.value());
      log.info("rotated {} to version {}", secret.name(), secret.version());
      log.debug("previous value was {}", previousSecret); // tracelint-expect: FullSecretLogged
    });
  }
}
