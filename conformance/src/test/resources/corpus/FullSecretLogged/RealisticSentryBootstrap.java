package corpus.fullsecretlogged;

import io.sentry.Sentry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Initialises Sentry and a release-upload client from environment settings. */
public class RealisticSentryBootstrap {
  private static final Logger log = LoggerFactory.getLogger(RealisticSentryBootstrap.class);

  static final class ReleaseClient {
    final String authToken;

    ReleaseClient(String authToken) {
      this.authToken = authToken;
    }
  }

  public void init(String environmentName) {
    String dsn = System.getenv("SENTRY_DSN");
    String release = System.getenv().getOrDefault("SENTRY_RELEASE", "dev");
    Sentry.init(options -> {
      options.setDsn(dsn);
      options.setEnvironment(environmentName);
      options.setRelease(release);
      options.setTracesSampleRate(0.2);
    });
    log.info("Sentry enabled for {} (release {}, dsn {})", environmentName, release, dsn);
  }

  public ReleaseClient releaseClient() {
    String authToken = System.getenv("SENTRY_AUTH_TOKEN");
    if (authToken == null) {
      log.warn("SENTRY_AUTH_TOKEN not set, release upload disabled");
      return null;
    }
    ReleaseClient client = new ReleaseClient(authToken);
    log.debug("release client ready, token {}...", authToken.substring(0, 4));
    return client;
  }

  public void logClient(ReleaseClient client) {
    log.debug("release client using auth token {}", client.authToken); // tracelint-expect: FullSecretLogged
  }
}
