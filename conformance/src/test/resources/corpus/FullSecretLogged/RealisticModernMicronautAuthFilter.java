package corpus.fullsecretlogged;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Micronaut controller that authenticates with a header: it logs the header's presence, the caller's key id and
 * the request path, and one handler logs the header value itself.
 */
@Controller("/v1/agents")
public class RealisticModernMicronautAuthFilter {
  private static final Logger LOG = LoggerFactory.getLogger(RealisticModernMicronautAuthFilter.class);

  interface KeyDirectory {
    Optional<String> keyIdFor(String apiKey);
  }

  private final KeyDirectory keys;

  public RealisticModernMicronautAuthFilter(KeyDirectory keys) {
    this.keys = keys;
  }

  @Get("/{id}")
  public String show(String id, @Header("X-Api-Key") String apiKey, HttpRequest<?> request) {
    var keyId = keys.keyIdFor(apiKey).orElse("unknown");
    LOG.info("GET {} by key {} (header present: {})", request.getPath(), keyId, apiKey != null);
    return id;
  }

  @Get("/{id}/runs")
  public String runs(String id, HttpRequest<?> request) {
    Optional<String> authorization = request.getHeaders().getAuthorization();
    LOG.debug("runs of {} authenticated={}", id, authorization.isPresent());
    LOG.debug("header names {}", request.getHeaders().names());
    return id;
  }

  @Get("/{id}/debug")
  public String debug(String id, @Header("Authorization") String authorization) {
    LOG.debug("debug call for {} with {}", id, authorization); // tracelint-expect: FullSecretLogged -- authorization
    return id;
  }
}
