package corpus.fullsecretlogged;

import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.MultiValueMap;

/**
 * Map entries and the fields of a submitted Spring form ({@code MultiValueMap#getFirst}) read by a secret key are
 * sources; a model name, a grant type, a client id, a token type, a scope or a page token are not. A copy of a form
 * whose secret entry is replaced by a masked one ({@code desensitise}, {@code mask}) before it is logged is not either.
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

  void acceptsLoginFormCopiedWithItsPasswordDesensitised(Map<String, String> form) {
    Map<String, String> shown = new HashMap<>(form);
    shown.put("password", desensitise(form.get("password")));
    log.error("login failed for {}", shown);
  }

  void flagsLoginFormCopiedWithItsPasswordOnlyTrimmed(Map<String, String> form) {
    Map<String, String> shown = new HashMap<>(form);
    shown.put("password", form.get("password").trim());
    log.error("login failed for {}", shown); // tracelint-expect: FullSecretLogged -- logs the full secret 'shown' holding 'password'
  }

  private static String desensitise(String value) {
    return value == null || value.length() < 4 ? "****" : value.substring(0, 2) + "****";
  }
}
