package corpus.fullsecretlogged;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The value unwrapped from a holder named like a secret is the secret; its name, presence or count is not. */
class SecretHolders {
  private static final Logger log = LoggerFactory.getLogger(SecretHolders.class);

  interface VaultSecret {
    String getName();

    String getValue();
  }

  interface JwsBuilder {
    JwsBuilder subject(String subject);

    String compact();
  }

  void quickstart(VaultSecret retrievedSecret) {
    System.out.println("Retrieved " + retrievedSecret.getName());
    System.out.println("Your secret is '" + retrievedSecret.getValue() + "'."); // tracelint-expect: FullSecretLogged
    log.info("secret present {}", retrievedSecret.getValue() != null);
  }

  void configured(Optional<String> apiKey, Supplier<String> clientSecret, Optional<String> secretName) {
    log.info("api key configured {}", apiKey.isPresent());
    log.info("secret name {}", secretName.get());
    log.debug("api key {}", apiKey.get()); // tracelint-expect: FullSecretLogged
    log.debug("client secret {}", clientSecret.get()); // tracelint-expect: FullSecretLogged
  }

  void signed(JwsBuilder builder, String user, AtomicInteger tokenCount, String jwsAlgorithm) {
    String jws = builder.subject(user).compact();
    log.info("signed with {} ({} tokens so far)", jwsAlgorithm, tokenCount.get());
    log.warn("jws: {}", jws); // tracelint-expect: FullSecretLogged
  }
}
