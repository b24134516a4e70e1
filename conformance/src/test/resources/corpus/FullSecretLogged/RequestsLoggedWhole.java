package corpus.fullsecretlogged;

import java.net.URI;
import java.net.http.HttpRequest;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.RequestEntity;

/**
 * A request whose own text prints every header with its value, logged whole: OkHttp's Request (its toString lists
 * "Authorization:Bearer .." unredacted, although its Headers' toString redacts it) and Spring's RequestEntity. The
 * JDK's HttpRequest prints its address and method only; a response's text holds no request header.
 */
class RequestsLoggedWhole {
  private static final Logger log = LoggerFactory.getLogger(RequestsLoggedWhole.class);

  void flagsOkHttpRequestLoggedWhole(Request request) {
    log.debug("--> {}", request); // tracelint-expect: FullSecretLogged -- logs the full secret headers of 'request'
  }

  void flagsOkHttpRequestConcatenated(String url, String bearer) {
    Request call = new Request.Builder().url(url).header("Authorization", "Bearer " + bearer).build();
    log.info("sending " + call); // tracelint-expect: FullSecretLogged -- logs the full secret headers of 'call'
  }

  void flagsRequestEntityLoggedWhole(RequestEntity<String> entity) {
    log.debug("exchange {}", entity); // tracelint-expect: FullSecretLogged -- logs the full secret headers of 'entity'
  }

  void acceptsJdkRequestLoggedWhole(String url) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer x").build();
    log.debug("--> {}", request);
  }

  void acceptsOkHttpRequestAddress(Request request) {
    log.debug("--> {} {}", request.method(), request.url());
  }

  void acceptsOkHttpResponseLoggedWhole(Response response) {
    log.debug("<-- {}", response);
  }
}
