package corpus.fullsecretlogged;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;

/**
 * (PMD without an auxclasspath cannot know that a {@code ServerHttpRequest} is a Spring {@code HttpRequest}: that case
 * is reported with types only.)
 *
 * <p>A request's whole header collection carries its {@code Authorization} and API-key headers: OkHttp's
 * {@code request.headers()}, the JDK client's {@code request.headers()} (also as a map), Spring's
 * {@code HttpRequest#getHeaders()} in an interceptor, and a map or {@code HttpHeaders} this method put a credential
 * header into. A response's headers, the header names, a filtered copy, a count and headers holding only ordinary
 * entries are not logged secrets.
 */
class RequestHeaderCollections {
  private static final Logger log = LoggerFactory.getLogger(RequestHeaderCollections.class);

  void flagsOkHttpRequestHeaders(Request request) {
    log.debug("--> {} {}", request.url(), request.headers()); // tracelint-expect: FullSecretLogged -- logs the full secret headers of 'request'
  }

  void flagsOkHttpRequestHeadersKeptInALocal(Request request) {
    Headers headers = request.headers();
    log.debug("headers: " + headers); // tracelint-expect: FullSecretLogged -- logs the full secret 'headers'
  }

  void flagsJdkRequestHeadersAsAMap(java.net.http.HttpRequest request) {
    log.info("sending {} with {}", request.uri(), request.headers().map()); // tracelint-expect: FullSecretLogged -- logs the full secret headers of 'request'
  }

  void flagsSpringInterceptorRequestHeaders(HttpRequest request) {
    log.debug("request headers {}", request.getHeaders()); // tracelint-expect: FullSecretLogged -- logs the full secret headers of 'request'
  }

  void flagsServerRequestHeaders(ServerHttpRequest request) {
    log.trace("handshake headers {}", request.getHeaders()); // tracelint-expect-with-types: FullSecretLogged -- logs the full secret headers of 'request'
  }

  void acceptsServerResponseHeaders(ServerHttpResponse response) {
    log.trace("handshake response headers {}", response.getHeaders());
  }

  void flagsSpringHeadersGivenABearerToken(String accessToken) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(accessToken);
    log.info("calling gateway with {}", headers); // tracelint-expect: FullSecretLogged -- logs the full secret 'headers' holding header 'Authorization'
  }

  void flagsSpringHeadersGivenAnApiKeyHeader(String key) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("X-Api-Key", key);
    log.info("headers {}", headers.toString()); // tracelint-expect: FullSecretLogged -- logs the full secret 'headers' holding header 'X-Api-Key'
  }

  void flagsMapOfHeadersGivenAnAuthorizationHeader(String credential) {
    Map<String, String> headers = new HashMap<>();
    headers.put("Accept", "application/json");
    headers.put(HttpHeaders.AUTHORIZATION, "Bearer " + credential);
    log.debug("sending with headers {}", headers); // tracelint-expect: FullSecretLogged -- logs the full secret 'headers' holding header 'Authorization'
  }

  void flagsMapOfHeadersBuiltInOneCall(String value) {
    Map<String, String> headers = Map.of("Authorization", "Bearer " + value, "Accept", "application/json");
    log.debug("sending with headers {}", headers); // tracelint-expect: FullSecretLogged -- logs the full secret 'headers'
  }

  void acceptsOkHttpResponseHeaders(Response response) {
    log.debug("<-- {} {}", response.code(), response.headers());
  }

  void acceptsJdkResponseHeaders(HttpResponse<String> response) {
    log.info("received {}", response.headers().map());
  }

  void acceptsSpringResponseEntityHeaders(ResponseEntity<String> entity) {
    log.info("response headers {}", entity.getHeaders());
  }

  void acceptsHeaderNamesOfARequest(Request request) {
    log.debug("header names {}", request.headers().names());
  }

  void acceptsHeaderCountOfARequest(Request request) {
    log.debug("{} headers", request.headers().size());
  }

  void acceptsHeadersFilteredBeforeLogging(Request request) {
    Headers safe = request.headers().newBuilder().removeAll("Authorization").build();
    log.debug("headers {}", safe);
  }

  void acceptsSpringHeadersWithOrdinaryEntries(URI target) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("Accept", "application/json");
    headers.setLocation(target);
    log.info("headers {}", headers);
  }

  void acceptsMapOfHeadersWithACorrelationId(String requestId) {
    Map<String, String> headers = new HashMap<>();
    headers.put("X-Request-Id", requestId);
    log.debug("sending with headers {}", headers);
  }

  void acceptsHeadersAMethodWasGiven(Map<String, String> headers) {
    log.debug("sending with headers {}", headers);
  }

  void acceptsAuthorizationHeaderPutAfterTheLogLine(String credential) {
    Map<String, String> headers = new HashMap<>();
    log.debug("default headers {}", headers);
    headers.put("Authorization", "Bearer " + credential);
  }

  void acceptsAuthorizationHeaderPutAsAPlaceholder() {
    Map<String, String> headers = new HashMap<>();
    headers.put("Authorization", "Bearer <redacted>");
    log.debug("example headers {}", headers);
  }
}
