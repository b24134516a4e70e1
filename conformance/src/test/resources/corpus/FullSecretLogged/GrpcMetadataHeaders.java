package corpus.fullsecretlogged;

import io.grpc.Metadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * gRPC request headers are read from {@code io.grpc.Metadata} by a typed key, whose first argument names the header:
 * the value of an {@code authorization} or {@code x-api-key} key is a credential, as a servlet's
 * {@code getHeader("Authorization")} is. Flagged: such a value logged, read by a key written in place, held in a
 * constant or a local, or given to a local first. Not flagged: ordinary headers ({@code x-request-id}), whether the
 * credential header is present, and the header names.
 */
class GrpcMetadataHeaders {
  private static final Logger log = LoggerFactory.getLogger(GrpcMetadataHeaders.class);
  private static final Metadata.Key<String> AUTH_KEY =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
  private static final Metadata.Key<String> API_KEY_HEADER =
      Metadata.Key.of("x-api-key", Metadata.ASCII_STRING_MARSHALLER);
  private static final Metadata.Key<String> REQUEST_ID =
      Metadata.Key.of("x-request-id", Metadata.ASCII_STRING_MARSHALLER);

  void flagsTheAuthorizationReadByAKeyWrittenInPlace(Metadata headers) {
    String auth = headers.get(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER));
    log.info("call authorized by {}", auth); // tracelint-expect: FullSecretLogged
  }

  void flagsTheAuthorizationReadByAConstantKey(Metadata headers) {
    log.debug("incoming auth {}", headers.get(AUTH_KEY)); // tracelint-expect: FullSecretLogged
  }

  void flagsTheApiKeyReadByAKeyInALocal(Metadata headers) {
    Metadata.Key<String> key = Metadata.Key.of("x-api-key", Metadata.ASCII_STRING_MARSHALLER);
    String presented = headers.get(key);
    log.warn("rejected key {}", presented); // tracelint-expect: FullSecretLogged
  }

  void flagsTheApiKeyReadByAConstantNamedForTheHeader(Metadata headers) {
    log.info("key {}", headers.get(API_KEY_HEADER)); // tracelint-expect: FullSecretLogged
  }

  void acceptsAnOrdinaryHeader(Metadata headers) {
    String requestId = headers.get(REQUEST_ID);
    log.info("request {}", requestId);
  }

  void acceptsAnOrdinaryHeaderByAKeyWrittenInPlace(Metadata headers) {
    log.info("request {}", headers.get(Metadata.Key.of("x-request-id", Metadata.ASCII_STRING_MARSHALLER)));
  }

  void acceptsWhetherTheCredentialIsPresent(Metadata headers) {
    log.info("authorized={}", headers.containsKey(AUTH_KEY));
  }

  void acceptsTheHeaderNames(Metadata headers) {
    log.debug("headers {}", headers.keys());
  }
}
