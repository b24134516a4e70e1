package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testng.annotations.Test;

/**
 * Test code by TestNG's class-level {@code @Test}: every public method is a test, none is annotated. Silent by default,
 * reported with {@code IncludeTestCode=true}.
 */
@Test
public class SecretLoggedInATestNgClass {
  private static final Logger log = LoggerFactory.getLogger(SecretLoggedInATestNgClass.class);

  public void acceptsPasswordLoggedInATestNgTest() {
    String password = System.getenv("TEST_DB_PASSWORD");
    log.debug("db password {}", password); // tracelint-expect-in-test-code: FullSecretLogged -- logs the full secret 'password'
  }
}
