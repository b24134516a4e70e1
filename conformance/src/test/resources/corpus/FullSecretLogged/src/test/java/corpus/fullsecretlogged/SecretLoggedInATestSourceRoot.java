package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Test code by its path alone: a file under {@code src/test/java} with no test annotation (a test helper). A test's
 * fake secret logged to debug a failure is silent by default, reported with {@code IncludeTestCode=true}.
 */
class SecretLoggedInATestSourceRoot {
  private static final Logger log = LoggerFactory.getLogger(SecretLoggedInATestSourceRoot.class);

  void acceptsFakeKeyLoggedByATestHelper(String apiKey) {
    log.info("using key {}", apiKey); // tracelint-expect-in-test-code: FullSecretLogged -- logs the full secret 'apiKey'
  }
}
