package corpus.fullsecretlogged;

import jakarta.servlet.http.HttpServletRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local or parameter called {@code token} in streaming code is a piece of model output: taken from streamed content,
 * cut from an event-stream line, a for-each variable (also when collected and logged after the loop), a parameter of
 * {@code accept}, tokenizer text. The same name cut from an Authorization header, read from a request parameter,
 * issued by a call, or a parameter of any other method is a credential.
 */
class StreamedContentTokens {
  private static final Logger log = LoggerFactory.getLogger(StreamedContentTokens.class);

  interface ChunkDelta {
    String getContent();
  }

  interface Tokenizer {
    String decode(List<Integer> ids);
  }

  interface Jwt {
    String generateToken(String user);
  }

  void acceptsTokenTakenFromStreamedContent(List<ChunkDelta> deltas) {
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

  void acceptsTokenCutFromAnEventStreamLine(BufferedReader reader) throws IOException {
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.startsWith("data: ")) {
        String token = line.substring(6).trim();
        System.out.print(token);
      }
    }
  }

  void acceptsTokenReassignedFromAPieceOfTheLine(BufferedReader reader) throws IOException {
    String line;
    while ((line = reader.readLine()) != null) {
      String token = line.substring(6).trim();
      String piece = line.substring(6);
      token = piece.strip();
      System.out.print(token);
    }
  }

  void acceptsForEachTokenLoggedInTheLoop(String text) {
    for (String token : text.split(" ")) {
      log.debug("word {}", token);
    }
  }

  void acceptsBufferFilledInALoopAndLoggedAfterIt(List<String> chunks) {
    StringBuilder reply = new StringBuilder();
    for (String token : chunks) {
      reply.append(token);
    }
    log.info("reply {}", reply);
  }

  void acceptsStringConcatenatedInALoopAndPrintedAfterIt(List<String> chunks) {
    String joined = "";
    for (String token : chunks) {
      joined += token;
    }
    System.out.println(joined);
  }

  Consumer<String> acceptsTokenOfAnAnonymousConsumer() {
    return new Consumer<String>() {
      @Override
      public void accept(String token) {
        System.out.print(token);
      }
    };
  }

  void acceptsTextDecodedByATokenizer(Tokenizer tokenizer, List<Integer> ids) {
    String tokenText = tokenizer.decode(ids);
    log.trace("decoded {}", tokenText);
  }

  void flagsTokenCutFromAnAuthorizationHeaderParameter(String authorizationHeader) {
    String token = authorizationHeader.substring(7);
    log.debug("bearer {}", token); // tracelint-expect: FullSecretLogged -- logs the full secret 'token'
  }

  void flagsTokenCutFromAHeaderRead(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    String token = header.substring(7);
    log.debug("token {}", token); // tracelint-expect: FullSecretLogged -- logs the full secret 'token'
  }

  void flagsTokenReadFromARequestParameter(HttpServletRequest request) {
    String token = request.getParameter("token").trim();
    log.info("token {}", token); // tracelint-expect: FullSecretLogged -- logs the full secret 'token'
  }

  void flagsTokenGeneratedForAPasswordReset(String email) {
    String token = UUID.randomUUID().toString();
    log.info("reset link token={} for {}", token, email); // tracelint-expect: FullSecretLogged -- logs the full secret 'token'
  }

  void flagsTokenIssuedByACall(Jwt jwt) {
    String issued = jwt.generateToken("u");
    String refreshed = "Bearer " + jwt.generateToken("u");
    String newToken = jwt.generateToken("u");
    log.info("issued {}", newToken); // tracelint-expect: FullSecretLogged -- logs the full secret 'newToken'
  }

  void flagsTokenParameterOfAnOrdinaryMethod(String token) {
    log.info("login with {}", token); // tracelint-expect: FullSecretLogged -- logs the full secret 'token'
  }

  /** Named like a callback, but only {@code accept} itself and {@code on...} methods are streaming callbacks. */
  void acceptToken(String token) {
    log.info("accepted {}", token); // tracelint-expect: FullSecretLogged -- logs the full secret 'token'
  }
}
