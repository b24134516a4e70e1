package corpus.fullsecretlogged;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An outbound client that logs its requests with streams: header names, a redacted copy built with a collector, and
 * the values of ordinary headers; one debug line logs the JDK request's header map whole.
 */
public class RealisticModernStreamsOverHeaders {
  private static final Logger log = LoggerFactory.getLogger(RealisticModernStreamsOverHeaders.class);

  private static final Set<String> SENSITIVE = Set.of("authorization", "x-api-key", "cookie", "proxy-authorization");

  static Map<String, String> redacted(Map<String, List<String>> headers) {
    return headers.entrySet().stream()
        .collect(
            Collectors.toMap(
                Map.Entry::getKey,
                e -> SENSITIVE.contains(e.getKey().toLowerCase(Locale.ROOT)) ? "<redacted>" : String.join(",", e.getValue())));
  }

  public void logRequest(HttpRequest request) {
    var headers = request.headers().map();
    log.debug("{} {} headers={}", request.method(), request.uri(), redacted(headers));
    log.debug("header names {}", headers.keySet());
    headers.entrySet().stream()
        .filter(e -> !SENSITIVE.contains(e.getKey().toLowerCase(Locale.ROOT)))
        .forEach(e -> log.trace("{}: {}", e.getKey(), e.getValue()));
    request.headers().firstValue("x-request-id").ifPresent(id -> log.info("request id {}", id));
  }

  public void logCounts(HttpRequest request) {
    long credentialHeaders =
        request.headers().map().keySet().stream().filter(name -> SENSITIVE.contains(name.toLowerCase(Locale.ROOT))).count();
    log.info("{} credential headers on {}", credentialHeaders, request.uri());
  }

  public void logAllHeaders(HttpRequest request) {
    log.debug("sending {} with {}", request.uri(), request.headers().map()); // tracelint-expect: FullSecretLogged
  }
}
