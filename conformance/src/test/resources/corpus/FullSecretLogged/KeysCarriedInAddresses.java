package corpus.fullsecretlogged;

import java.net.URI;
import java.net.http.HttpRequest;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A key put into an address's query string is printed whole wherever the address is: {@code URI#toString} and OkHttp's
 * {@code HttpUrl#toString} print the query as it is, and so does a request's address ({@code request.url()}). Flagged:
 * an address made of text that holds the key ({@code URI.create}, {@code new URI}, {@code HttpUrl.parse}), one built
 * by OkHttp's {@code HttpUrl.Builder} with the key as a query parameter or as the user's password, and the address
 * read back from a request built with it. Not flagged: an address whose query holds only ordinary values, a key sent
 * in a header instead, the address logged before the key is added, a copy whose key parameter is replaced or
 * removed, OkHttp's {@code redact()} and the host alone.
 */
class KeysCarriedInAddresses {
  private static final Logger log = LoggerFactory.getLogger(KeysCarriedInAddresses.class);

  private final String baseUrl;
  private final String apiKey;

  KeysCarriedInAddresses(String baseUrl, String apiKey) {
    this.baseUrl = baseUrl;
    this.apiKey = apiKey;
  }

  void flagsAUriWhoseQueryHoldsTheKey() {
    URI endpoint = URI.create(baseUrl + "/v1beta/models?key=" + apiKey);
    log.info("calling {}", endpoint); // tracelint-expect: FullSecretLogged
  }

  void flagsAUriConstructedWithTheKey() throws Exception {
    URI endpoint = new URI(baseUrl + "/search?api_key=" + apiKey);
    log.debug("search endpoint {}", endpoint.toString()); // tracelint-expect: FullSecretLogged
  }

  void flagsAnOkHttpAddressGivenTheKeyAsAQueryParameter() {
    HttpUrl url = HttpUrl.parse(baseUrl).newBuilder().addQueryParameter("key", apiKey).build();
    log.info("GET {}", url); // tracelint-expect: FullSecretLogged
  }

  void flagsAnAddressBuilderGivenTheKeyInItsOwnStatement(String query) {
    HttpUrl.Builder builder = HttpUrl.get(baseUrl).newBuilder();
    builder.addQueryParameter("q", query);
    builder.addQueryParameter("api_key", apiKey);
    log.debug("search {}", builder.build()); // tracelint-expect: FullSecretLogged
  }

  void flagsTheAddressOfARequestBuiltWithTheKey() {
    HttpUrl url = HttpUrl.parse(baseUrl).newBuilder().addQueryParameter("key", apiKey).build();
    Request request = new Request.Builder().url(url).get().build();
    log.info("--> {} {}", request.method(), request.url()); // tracelint-expect: FullSecretLogged
  }

  void flagsTheUriOfAJdkRequestWithTheKey() {
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "?key=" + apiKey)).GET().build();
    log.info("sending {}", request.uri()); // tracelint-expect: FullSecretLogged
  }

  void acceptsAnAddressWhoseQueryHoldsNoSecret(int page) {
    HttpUrl url = HttpUrl.parse(baseUrl).newBuilder().addQueryParameter("page", String.valueOf(page)).build();
    log.info("GET {}", url);
  }

  void acceptsAUriWithoutTheKey(String model) {
    URI endpoint = URI.create(baseUrl + "/v1/models/" + model);
    log.info("calling {}", endpoint);
  }

  void acceptsTheKeySentInAHeaderInstead() {
    HttpUrl url = HttpUrl.parse(baseUrl).newBuilder().addPathSegment("models").build();
    Request request = new Request.Builder().url(url).header("x-api-key", apiKey).build();
    log.info("--> {} {}", request.method(), request.url());
  }

  void acceptsTheAddressLoggedBeforeTheKeyIsAdded() {
    HttpUrl.Builder builder = HttpUrl.get(baseUrl).newBuilder();
    log.debug("base {}", builder.build());
    builder.addQueryParameter("key", apiKey);
  }

  void acceptsACopyWhoseKeyIsReplaced() {
    HttpUrl url = HttpUrl.parse(baseUrl).newBuilder().addQueryParameter("key", apiKey).build();
    HttpUrl redacted = url.newBuilder().setQueryParameter("key", "REDACTED").build();
    log.info("GET {}", redacted);
  }

  void acceptsOkHttpsRedactedFormAndTheHost() {
    HttpUrl url = HttpUrl.parse(baseUrl).newBuilder().addQueryParameter("key", apiKey).build();
    log.info("GET {} on {}", url.redact(), url.host());
  }
}
