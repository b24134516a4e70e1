package corpus.fullsecretlogged;

import io.opentracing.Span;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A map built with {@code Map.ofEntries(Map.entry(..), ..)} is judged as one built with {@code Map.of}: logged whole,
 * a credential entry is in the line; recorded whole on a span, its values are judged. Not flagged: ordinary entries,
 * a credential entry given a placeholder, the names of secrets as values, and a map of such entries on a span.
 */
class HeaderMapsFromEntries {
  private static final Logger log = LoggerFactory.getLogger(HeaderMapsFromEntries.class);

  Map<String, String> flagsAnAuthorizationEntry(String rerankToken) {
    var headers = Map.ofEntries(
        Map.entry("Accept", "application/json"),
        Map.entry("Authorization", "Bearer " + rerankToken));
    log.debug("rerank request headers {}", headers); // tracelint-expect: FullSecretLogged
    return headers;
  }

  void flagsASecretEntryRecordedOnASpan(Span span, String vectorDbPassword) {
    span.log(Map.ofEntries(Map.entry("event", "connect"), Map.entry("password", vectorDbPassword))); // tracelint-expect: FullSecretLogged
  }

  Map<String, String> acceptsOrdinaryEntries(String requestId) {
    Map<String, String> headers = Map.ofEntries(
        Map.entry("Accept", "application/json"),
        Map.entry("X-Request-Id", requestId));
    log.debug("rerank request headers {}", headers);
    return headers;
  }

  void acceptsAPlaceholderForTheCredential() {
    log.debug("rerank request headers {}", Map.ofEntries(Map.entry("Authorization", "Bearer <redacted>")));
  }

  void acceptsTheNamesOfSecretsAsValues(String keyAlias) {
    log.info("vault lookup {}", Map.ofEntries(Map.entry("apiKeyName", keyAlias), Map.entry("mount", "kv")));
  }

  void acceptsOrdinaryEntriesOnASpan(Span span, String model) {
    span.log(Map.ofEntries(Map.entry("event", "rerank"), Map.entry("model", model)));
  }
}
