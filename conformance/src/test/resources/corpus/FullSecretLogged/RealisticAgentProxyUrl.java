package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The model gateway behind a corporate proxy: base URLs built with and without credentials. */
public class RealisticAgentProxyUrl {
  private static final Logger log = LoggerFactory.getLogger(RealisticAgentProxyUrl.class);

  private final String proxyHost;
  private final String proxyUser;
  private final String proxyPassword;

  RealisticAgentProxyUrl(String proxyHost, String proxyUser, String proxyPassword) {
    this.proxyHost = proxyHost;
    this.proxyUser = proxyUser;
    this.proxyPassword = proxyPassword;
  }

  public String proxyUrl() {
    String url = "http://" + proxyUser + ":" + proxyPassword + "@" + proxyHost + ":3128";
    log.debug("model gateway proxy {}", url); // tracelint-expect: FullSecretLogged
    return url;
  }

  public String displayUrl() {
    String shown = "http://" + proxyUser + ":***@" + proxyHost + ":3128";
    log.info("model gateway proxy {}", shown);
    return shown;
  }

  public String gatewayUrl(String baseUrl, String apiKey) {
    String withKey = baseUrl + "/v1/chat/completions?api_key=" + apiKey;
    log.info("calling gateway {}", baseUrl + "/v1/chat/completions");
    log.trace("calling gateway {}", withKey); // tracelint-expect: FullSecretLogged
    return withKey;
  }
}
