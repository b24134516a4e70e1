package corpus.fullsecretlogged;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.MultiValueMap;

/**
 * Map entries and the fields of a submitted Spring form ({@code MultiValueMap#getFirst}) read by a secret key are
 * sources; a model name, a grant type, a client id, a token type, a scope or a page token are not.
 */
class MapsAndForms {
  private static final Logger log = LoggerFactory.getLogger(MapsAndForms.class);

  void flagsMapEntryOfASecretKey(Map<String, String> params) {
    log.info("pw {}", params.get("password")); // tracelint-expect: FullSecretLogged -- logs the full secret 'password'
  }

  void acceptsMapEntryOfAnOrdinaryKey(Map<String, String> params) {
    log.info("model {}", params.get("model"));
  }

  void acceptsMapEntryOfATokenCountWithADefault(Map<String, String> params) {
    log.info("max tokens {}", params.getOrDefault("max_tokens", "1024"));
  }

  void flagsRefreshTokenOfAForm(MultiValueMap<String, String> params) {
    log.trace("refresh_token={}", params.getFirst("refresh_token")); // tracelint-expect: FullSecretLogged -- logs the full secret 'refresh_token'
  }

  void flagsClientSecretOfAForm(MultiValueMap<String, String> params) {
    log.trace("client_secret={}", params.getFirst("client_secret")); // tracelint-expect: FullSecretLogged -- logs the full secret 'client_secret'
  }

  void acceptsGrantTypeAndClientIdOfAForm(MultiValueMap<String, String> params) {
    log.debug("grant_type={} client_id={}", params.getFirst("grant_type"), params.getFirst("client_id"));
  }

  void acceptsTokenTypeAndScopeOfAForm(MultiValueMap<String, String> params) {
    log.debug("token_type={} scope={}", params.getFirst("token_type"), params.getFirst("scope"));
  }

  void acceptsPageTokenOfAForm(MultiValueMap<String, String> params) {
    String page = params.getFirst("page_token");
    log.debug("page {}", page);
  }
}
