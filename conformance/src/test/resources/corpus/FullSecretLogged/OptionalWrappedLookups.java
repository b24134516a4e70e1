package corpus.fullsecretlogged;

import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * A secret wrapped in an {@code Optional} in place and unwrapped again is the secret:
 * {@code Optional.ofNullable(System.getenv("MISTRAL_API_KEY")).orElse("")}, {@code .orElseThrow()}, {@code .get()},
 * and the {@code Optional} itself prints it ({@code Optional[sk-..]}). Not flagged: a presence test, an ordinary
 * variable's lookup, a prefix mapped out before the fallback, and a fallback that is the only thing logged.
 */
class OptionalWrappedLookups {
  private static final Logger LOG = Logger.getLogger(OptionalWrappedLookups.class.getName());

  void flagsAnEnvironmentKeyWithAFallback() {
    String mistral = Optional.ofNullable(System.getenv("MISTRAL_API_KEY")).orElse("");
    LOG.info("mistral client ready with " + mistral); // tracelint-expect: FullSecretLogged
  }

  void flagsAPropertyUnwrappedOrThrown(Properties settings) {
    String material = Optional.ofNullable(settings.getProperty("webhook.signing-secret")).orElseThrow();
    LOG.fine("webhook verifier using " + material); // tracelint-expect: FullSecretLogged
  }

  void flagsTheOptionalItself(String groqApiKey) {
    LOG.config("groq key " + Optional.ofNullable(groqApiKey)); // tracelint-expect: FullSecretLogged
  }

  void acceptsAPresenceTest() {
    boolean configured = Optional.ofNullable(System.getenv("MISTRAL_API_KEY")).isPresent();
    LOG.info("mistral key configured: " + configured);
  }

  void acceptsAnOrdinaryVariable() {
    String service = Optional.ofNullable(System.getenv("OTEL_SERVICE_NAME")).orElse("agent-gateway");
    LOG.info("service name " + service);
  }

  void acceptsAPrefixMappedOut() {
    String hint = Optional.ofNullable(System.getenv("MISTRAL_API_KEY")).map(k -> k.substring(0, 5)).orElse("none");
    LOG.info("mistral key " + hint + "...");
  }

  void acceptsTheSourceOfTheKey() {
    String source = Optional.ofNullable(System.getenv("MISTRAL_API_KEY")).isPresent() ? "env MISTRAL_API_KEY" : "vault";
    LOG.info("mistral key read from " + source);
  }
}
