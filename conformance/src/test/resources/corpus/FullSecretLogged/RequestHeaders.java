package corpus.fullsecretlogged;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Request headers that carry credentials (Authorization, Proxy-Authorization, Cookie, X-Api-Key), read from the servlet
 * request or Spring's {@code HttpHeaders} by a literal in any case or a constant, or injected with
 * {@code @RequestHeader}; other headers, presence checks and lists of header values are not.
 */
class RequestHeaders {
  private static final Logger log = LoggerFactory.getLogger(RequestHeaders.class);

  void flagsAuthorizationHeaderRead(HttpServletRequest request) {
    log.info("auth {}", request.getHeader("Authorization")); // tracelint-expect: FullSecretLogged -- logs the full secret header 'Authorization'
  }

  void flagsHeaderNamedByAConstant(HttpServletRequest request) {
    log.info("cookie {}", request.getHeader(HttpHeaders.COOKIE)); // tracelint-expect: FullSecretLogged -- logs the full secret header 'Cookie'
  }

  void flagsProxyAuthorizationNamedByAConstant(HttpServletRequest request) {
    log.info("proxy {}", request.getHeader(HttpHeaders.PROXY_AUTHORIZATION)); // tracelint-expect: FullSecretLogged -- logs the full secret header 'Proxy-Authorization'
  }

  void flagsHeaderNamedInLowerCase(HttpServletRequest request) {
    log.info("cookie {}", request.getHeader("cookie")); // tracelint-expect: FullSecretLogged -- logs the full secret header 'Cookie'
  }

  void flagsLocalHoldingAHeader(HttpServletRequest request) {
    String apiKeyHeader = request.getHeader("X-Api-Key");
    log.debug("key {}", apiKeyHeader); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKeyHeader'
  }

  void flagsSpringHeadersReadByALiteral(HttpHeaders headers) {
    log.info("proxy {}", headers.getFirst("Proxy-Authorization")); // tracelint-expect: FullSecretLogged -- logs the full secret header 'Proxy-Authorization'
  }

  void flagsSpringHeadersReadByAConstant(HttpHeaders headers) {
    log.info("auth {}", headers.getFirst(HttpHeaders.AUTHORIZATION)); // tracelint-expect: FullSecretLogged -- logs the full secret header 'Authorization'
  }

  void flagsInjectedHeaderNamedByAConstant(@RequestHeader(HttpHeaders.AUTHORIZATION) String auth) {
    log.info("auth {}", auth); // tracelint-expect: FullSecretLogged -- logs the full secret 'auth'
  }

  void flagsInjectedHeaderNamedByALiteral(@RequestHeader("Authorization") String auth) {
    log.info("auth {}", auth); // tracelint-expect: FullSecretLogged -- logs the full secret 'auth'
  }

  void flagsInjectedHeaderNamedByAnAttribute(@RequestHeader(name = "X-Api-Key") String key) {
    log.info("key {}", key); // tracelint-expect: FullSecretLogged -- logs the full secret 'key'
  }

  void acceptsHeaderThatCarriesNoCredential(HttpServletRequest request) {
    log.info("content type {}", request.getHeader("Content-Type"));
  }

  void acceptsPresenceOfAnAuthorizationHeader(HttpServletRequest request) {
    log.info("authenticated {}", request.getHeader("Authorization") != null);
  }

  void acceptsInjectedHeaderThatCarriesNoCredential(@RequestHeader("X-Request-Id") String requestId) {
    log.info("request {}", requestId);
  }

  void acceptsListOfHeaderValuesThatIsNotLogged(HttpHeaders headers) {
    List<String> values = headers.get(HttpHeaders.AUTHORIZATION);
  }
}
