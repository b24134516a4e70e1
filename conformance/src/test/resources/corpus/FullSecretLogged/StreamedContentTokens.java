package corpus.fullsecretlogged;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local or parameter called {@code token} in streaming code is a piece of model output; the same name cut from an
 * Authorization header or generated for a password reset is a credential.
 */
class StreamedContentTokens {
  private static final Logger log = LoggerFactory.getLogger(StreamedContentTokens.class);

  interface ChunkDelta {
    String getContent();
  }

  interface Tokenizer {
    String decode(List<Integer> ids);
  }

  void printDeltas(List<ChunkDelta> deltas) {
    StringBuilder answer = new StringBuilder();
    for (ChunkDelta delta : deltas) {
      String token = delta.getContent();
      if (token != null) {
        System.out.print(token);
        answer.append(token);
      }
    }
    log.debug("full answer {}", answer);
  }

  void printEventStream(BufferedReader reader) throws IOException {
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.startsWith("data: ")) {
        String token = line.substring(6).trim();
        System.out.print(token);
      }
    }
  }

  void collectAfterLoop(List<String> chunks) {
    StringBuilder reply = new StringBuilder();
    for (String token : chunks) {
      reply.append(token);
    }
    log.info("reply {}", reply);
  }

  Consumer<String> printer() {
    return new Consumer<String>() {
      @Override
      public void accept(String token) {
        System.out.print(token);
      }
    };
  }

  void traceTokenizer(Tokenizer tokenizer, List<Integer> ids) {
    String tokenText = tokenizer.decode(ids);
    log.trace("decoded {}", tokenText);
  }

  void bearerFromHeader(String authorizationHeader) {
    String token = authorizationHeader.substring(7);
    log.debug("bearer {}", token); // tracelint-expect: FullSecretLogged
  }

  void passwordReset(String email) {
    String token = UUID.randomUUID().toString();
    log.info("reset link token={} for {}", token, email); // tracelint-expect: FullSecretLogged
  }
}
