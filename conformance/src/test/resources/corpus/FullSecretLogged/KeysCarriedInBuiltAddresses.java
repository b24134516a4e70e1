package corpus.fullsecretlogged;

import java.net.URI;
import org.apache.hc.core5.net.URIBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Addresses built by Spring's {@code UriComponentsBuilder} and Apache's {@code URIBuilder} print their query string
 * whole, as {@code URI} and OkHttp's {@code HttpUrl} do: a key given to {@code queryParam}, {@code buildAndExpand},
 * {@code addParameter} or {@code setUserInfo} is in the logged address. Not flagged: an address without the key (sent
 * in a header instead), a parameter replaced by a placeholder before the log, the address logged before the key is
 * added, and a part of the address.
 */
class KeysCarriedInBuiltAddresses {
  private static final Logger log = LoggerFactory.getLogger(KeysCarriedInBuiltAddresses.class);

  String flagsAQueryParameterOfASpringAddress(String question, String searchApiKey) {
    String target = UriComponentsBuilder.fromUriString("https://search.example.net/v2/query")
        .queryParam("q", question)
        .queryParam("api_key", searchApiKey)
        .toUriString();
    log.debug("search tool calling {}", target); // tracelint-expect: FullSecretLogged
    return target;
  }

  URI flagsATemplateFilledWithTheKey(String weatherToken) {
    URI forecast = UriComponentsBuilder.fromUriString("https://weather.example.net/forecast?token={token}")
        .buildAndExpand(weatherToken)
        .toUri();
    log.info("weather tool: GET {}", forecast); // tracelint-expect: FullSecretLogged
    return forecast;
  }

  URI flagsAParameterOfAnApacheAddress(String query, String braveSearchApiKey) throws Exception {
    URI address = new URIBuilder("https://search.example.org/res/v1/web")
        .addParameter("q", query)
        .addParameter("key", braveSearchApiKey)
        .build();
    log.info("web search {}", address); // tracelint-expect: FullSecretLogged
    return address;
  }

  URI flagsTheUserInformationOfAnApacheAddress(String account, String ftpPassword) throws Exception {
    URIBuilder mirror = new URIBuilder("ftp://mirror.example.org/models");
    mirror.setUserInfo(account + ":" + ftpPassword);
    URI built = mirror.build();
    log.info("fetching weights from {}", built); // tracelint-expect: FullSecretLogged
    return built;
  }

  String acceptsAnAddressWhoseKeyGoesInAHeader(String question, String searchApiKey) {
    String target = UriComponentsBuilder.fromUriString("https://search.example.net/v2/query")
        .queryParam("q", question)
        .queryParam("limit", 5)
        .toUriString();
    log.debug("search tool calling {} (key {}...)", target, searchApiKey.substring(0, 4));
    return target;
  }

  String acceptsAParameterReplacedByAPlaceholder(UriComponentsBuilder withKey) {
    String shown = withKey.cloneBuilder().replaceQueryParam("api_key", "REDACTED").toUriString();
    log.debug("search tool calling {}", shown);
    return shown;
  }

  URI acceptsAnApacheParameterReplacedByAPlaceholder(URIBuilder withKey) throws Exception {
    URI shown = new URIBuilder(withKey.build()).setParameter("key", "****").build();
    log.info("web search {}", shown);
    return shown;
  }

  URI acceptsTheAddressLoggedBeforeTheKeyIsAdded(String query, String braveSearchApiKey) throws Exception {
    URIBuilder builder = new URIBuilder("https://search.example.org/res/v1/web").addParameter("q", query);
    log.info("web search {}", builder.build());
    builder.addParameter("key", braveSearchApiKey);
    return builder.build();
  }

  String acceptsTheHostOfTheAddress(String searchApiKey) {
    String host = UriComponentsBuilder.fromUriString("https://search.example.net/v2/query")
        .queryParam("api_key", searchApiKey)
        .build()
        .getHost();
    log.debug("search tool host {}", host);
    return host;
  }
}
