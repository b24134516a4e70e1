package corpus.fullsecretlogged;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** A registry of model providers keyed by name, each with its credential, logged with Log4j 2. */
public class RealisticAgentProviderRegistry {
  private static final Logger logger = LogManager.getLogger(RealisticAgentProviderRegistry.class);

  private final Map<String, String> apiKeys = new LinkedHashMap<>();
  private final Map<String, String> endpoints = new LinkedHashMap<>();

  public void register(String provider, String endpoint, String apiKey) {
    apiKeys.put(provider, apiKey);
    endpoints.put(provider, endpoint);
    logger.info("registered provider {} at {}", provider, endpoint);
    logger.debug("provider {} key {}", () -> provider, () -> apiKey); // tracelint-expect: FullSecretLogged
  }

  public void dumpEndpoints() {
    logger.info("providers: {}", endpoints);
    logger.info("providers with keys: {}", apiKeys.keySet());
  }

  public void logKeyFingerprints() {
    apiKeys.forEach((provider, key) -> logger.info("provider {} key hash {}", provider, Integer.toHexString(key.hashCode())));
  }

  public void rotate(String provider, String newApiKey) {
    String previous = apiKeys.put(provider, newApiKey);
    logger.printf(org.apache.logging.log4j.Level.INFO, "rotated %s key %.4s... -> %.4s...", provider, previous, newApiKey);
    logger.printf(org.apache.logging.log4j.Level.DEBUG, "rotated %s new key %s", provider, newApiKey); // tracelint-expect: FullSecretLogged
  }
}
