package corpus.fullsecretlogged;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestHeader;

/** Request headers that carry credentials, read from the servlet request or injected by Spring. */
class RequestHeaders {
  private static final Logger log = LoggerFactory.getLogger(RequestHeaders.class);

  void servlet(HttpServletRequest request) {
    log.info("auth {}", request.getHeader("Authorization")); // tracelint-expect: FullSecretLogged
    log.info("cookie {}", request.getHeader(HttpHeaders.COOKIE)); // tracelint-expect: FullSecretLogged
    String apiKeyHeader = request.getHeader("X-Api-Key");
    log.debug("key {}", apiKeyHeader); // tracelint-expect: FullSecretLogged
    log.info("content type {}", request.getHeader("Content-Type"));
    log.info("authenticated {}", request.getHeader("Authorization") != null);
  }

  void spring(@RequestHeader(HttpHeaders.AUTHORIZATION) String auth, @RequestHeader("X-Request-Id") String requestId,
      HttpHeaders headers) {
    log.info("auth {}", auth); // tracelint-expect: FullSecretLogged
    log.info("proxy {}", headers.getFirst("Proxy-Authorization")); // tracelint-expect: FullSecretLogged
    log.info("request {}", requestId);
  }
}
