package corpus.fullsecretlogged;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spring's {@code @RequestHeader} that names no header fills a {@code Map}, {@code MultiValueMap} or
 * {@code HttpHeaders} parameter with every header of the request, {@code Authorization} included: logged whole, it is
 * the request's header collection. One header read by a name that is no credential, the header names, their count,
 * a header injected by name and a map that is not injected stay silent.
 */
@RestController
class InjectedHeaderCollections {
  private static final Logger log = LoggerFactory.getLogger(InjectedHeaderCollections.class);

  @PostMapping("/chat")
  String flagsEveryHeaderInAMap(@RequestHeader Map<String, String> headers, @RequestBody String question) {
    log.debug("chat request, headers {}", headers); // tracelint-expect: FullSecretLogged -- request headers 'headers'
    return question;
  }

  @PostMapping("/embed")
  String flagsEveryHeaderInHttpHeaders(@RequestHeader HttpHeaders headers, @RequestBody String text) {
    log.info("embed request with headers {}", headers); // tracelint-expect: FullSecretLogged
    return text;
  }

  @PostMapping("/tools")
  String flagsEveryHeaderConcatenated(@RequestHeader MultiValueMap<String, String> headers) {
    log.warn("tool call rejected: " + headers); // tracelint-expect: FullSecretLogged
    return "rejected";
  }

  @PostMapping("/feedback")
  String acceptsOneHeaderReadByAName(@RequestHeader Map<String, String> headers, @RequestBody String feedback) {
    log.info("feedback for request {}", headers.get("x-request-id"));
    return feedback;
  }

  @PostMapping("/trace")
  String acceptsTheHeaderNamesAndTheirCount(@RequestHeader HttpHeaders headers) {
    log.debug("{} headers: {}", headers.size(), headers.headerNames());
    return "ok";
  }

  @PostMapping("/agent")
  String acceptsAHeaderInjectedByName(@RequestHeader("User-Agent") String userAgent,
      @RequestHeader(name = "X-Request-Id") String requestId) {
    log.info("agent {} request {}", userAgent, requestId);
    return "ok";
  }

  String acceptsAMapThatIsNotInjected(Map<String, String> attributes) {
    log.info("span attributes {}", attributes);
    return "ok";
  }
}
