package corpus.fullsecretlogged;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** An API-key protected controller of a model gateway. */
@RestController
public class RealisticApiKeyRequestLogging {
  private static final Logger log = LoggerFactory.getLogger(RealisticApiKeyRequestLogging.class);

  interface KeyStore {
    boolean isValid(String key);

    String tenantOf(String key);
  }

  private final KeyStore keys;

  RealisticApiKeyRequestLogging(KeyStore keys) {
    this.keys = keys;
  }

  @GetMapping("/v1/models")
  public String models(@RequestHeader("X-Api-Key") String key, HttpServletRequest request) {
    if (!keys.isValid(key)) {
      log.warn("invalid API key from {}: {}", request.getRemoteAddr(), key); // tracelint-expect: FullSecretLogged
      return "unauthorized";
    }
    String tenant = keys.tenantOf(key);
    log.info("models listed for tenant {}", tenant);
    return "[]";
  }

  @GetMapping("/v1/usage")
  public String usage(HttpServletRequest request) {
    String apiKey = request.getHeader("X-Api-Key");
    log.info("usage requested by key {}... from {}", apiKey == null ? "none" : apiKey.substring(0, 6),
        request.getRemoteAddr());
    return "{}";
  }

  @GetMapping("/v1/debug")
  public String debug(HttpServletRequest request) {
    log.debug("debug call, user agent {}, auth {}", request.getHeader("User-Agent"), // tracelint-expect: FullSecretLogged
        request.getHeader("Authorization"));
    return "ok";
  }

  public static void main(String[] args) {
    System.out.println("export OPENAI_API_KEY=" + System.getenv("OPENAI_API_KEY")); // tracelint-expect: FullSecretLogged
    System.out.println("export OPENAI_BASE_URL=" + System.getenv("OPENAI_BASE_URL"));
  }
}
