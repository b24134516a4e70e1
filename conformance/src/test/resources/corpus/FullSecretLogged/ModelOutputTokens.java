package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A parameter or local called {@code token} in a method that handles model output is a piece of that output: the
 * method's name says so ({@code handleStreamedToken}, {@code appendDelta}), its other parameters do
 * ({@code chunkIndex}, {@code tokenCount}, {@code usage}), or its class implements a streaming handler. A
 * {@code token} given a secret there ({@code System.getenv("API_TOKEN")}) is still one, and so are
 * {@code accessToken}, {@code bearerToken} and {@code refreshToken} wherever they are.
 */
class ModelOutputTokens {
  private static final Logger log = LoggerFactory.getLogger(ModelOutputTokens.class);

  interface StreamingResponseHandler {
    void handleToken(String token);
  }

  interface Usage {
    int outputTokens();
  }

  static class PrintingHandler implements StreamingResponseHandler {
    @Override
    public void handleToken(String token) {
      log.debug("token {}", token);
    }
  }

  void acceptsTokenOfAMethodNamedForStreamedOutput(String token) {
    log.trace("streamed {}", token);
  }

  void handleStreamedToken(String token) {
    log.trace("token {}", token);
  }

  void appendDelta(StringBuilder answer, String token) {
    answer.append(token);
    log.trace("delta {}", token);
  }

  void record(String token, int chunkIndex) {
    log.trace("chunk {} token {}", chunkIndex, token);
  }

  void recordUsage(String token, Usage usage) {
    log.info("last token {} after {} tokens", token, usage.outputTokens());
  }

  void printCompletion(Iterable<String> pieces) {
    StringBuilder completion = new StringBuilder();
    for (String piece : pieces) {
      String token = piece.strip();
      completion.append(token);
      log.trace("token {}", token);
    }
  }

  void handleModelOutput(String token) {
    log.trace("model produced {}", token);
  }

  void appendToReply(StringBuilder reply, String token) {
    reply.append(token);
    log.trace("reply so far {} chars, last {}", reply.length(), token);
  }

  void recordGeneration(String token, long latencyNanos) {
    log.debug("generation token {} after {} ns", token, latencyNanos);
  }

  void onNext(String partialToken) {
    log.debug("partial {}", partialToken);
  }

  void acceptsStreamedTokenOfACallback(String streamedToken, int index) {
    log.trace("{}: {}", index, streamedToken);
  }

  void flagsStreamedTokenGivenACredential() {
    String streamedToken = System.getenv("HF_TOKEN");
    log.info("streaming with {}", streamedToken); // tracelint-expect: FullSecretLogged -- logs the full secret 'streamedToken'
  }

  void flagsTokenGivenACredentialWhileHandlingOutput() {
    String token = System.getenv("OPENAI_API_TOKEN");
    log.info("answering with {}", token); // tracelint-expect: FullSecretLogged -- logs the full secret 'token'
  }

  void flagsTokenReadFromTheEnvironmentInAStreamingMethod() {
    String token = System.getenv("API_TOKEN");
    log.info("streaming with {}", token); // tracelint-expect: FullSecretLogged -- logs the full secret 'token'
  }

  void flagsCredentialsBesideStreamedOutput(String accessToken, String bearerToken, String refreshToken, int tokenCount) {
    log.info("access {}", accessToken); // tracelint-expect: FullSecretLogged -- logs the full secret 'accessToken'
    log.info("bearer {}", bearerToken); // tracelint-expect: FullSecretLogged -- logs the full secret 'bearerToken'
    log.info("refresh {}", refreshToken); // tracelint-expect: FullSecretLogged -- logs the full secret 'refreshToken'
  }

  void handleToken(String token) {
    log.info("token {}", token); // tracelint-expect: FullSecretLogged -- logs the full secret 'token'
  }

  void login(String token, int retryCount) {
    log.info("login {} attempt {}", token, retryCount); // tracelint-expect: FullSecretLogged -- logs the full secret 'token'
  }
}
