package corpus.fullsecretlogged;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.google.gson.Gson;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Command-line programs that issue tokens: a {@code main} that mints a token by signing claims (JJWT's
 * {@code compact()}, java-jwt's {@code sign(..)}) and prints it, or the payload a token server would return, on
 * {@code System.out} prints its output, not a log. Still flagged: the signing secret or a key read from the
 * environment printed beside it, a token read rather than minted, the minted token on {@code System.err} or in a
 * logger or under a credential header's name, and a minted token printed outside the {@code main} (a helper, a
 * handler the {@code main} installs).
 */
class TokensMintedByCommandLinePrograms {
  private static final Logger log = LoggerFactory.getLogger(TokensMintedByCommandLinePrograms.class);

  static SecretKey signingKey() {
    return Keys.hmacShaKeyFor(System.getenv("SIGNING_SECRET").getBytes(StandardCharsets.UTF_8));
  }

  static final class AcceptsTokenPayloadOfASampleTokenServer {
    public static void main(String[] args) {
      String token = Jwts.builder().subject("random-identity").signWith(signingKey()).compact();
      Map<String, String> json = new HashMap<>();
      json.put("identity", "random-identity");
      json.put("token", token);
      System.out.println(new Gson().toJson(json));
    }
  }

  static final class AcceptsJwtMintedWithJavaJwtPrinted {
    public static void main(String... args) {
      String secret = System.getenv("JWT_SECRET");
      String accessToken = JWT.create().withSubject(args[0]).sign(Algorithm.HMAC256(secret));
      System.out.println(accessToken);
    }
  }

  static final class AcceptsSignedJwsPrinted {
    public static void main(String[] args) {
      String jws = Jwts.builder().subject("dev").signWith(signingKey()).compact();
      System.out.printf("%s%n", jws);
    }
  }

  static final class AcceptsMintedTokenInAMapOfPrintedAsJson {
    public static void main(String[] args) {
      String token = Jwts.builder().subject("dev").signWith(signingKey()).compact();
      System.out.println(new Gson().toJson(Map.of("access_token", token, "token_type", "Bearer")));
    }
  }

  static final class AcceptsMintedTokenPrintedWithItsLength {
    public static void main(String[] args) {
      String token = JWT.create().withIssuer("dev-tool").sign(Algorithm.HMAC256(System.getenv("JWT_SECRET")));
      System.out.println(token.length() + " characters:");
      System.out.println(token);
    }
  }

  static final class FlagsSigningSecretPrintedBesideTheMintedToken {
    public static void main(String[] args) {
      String secret = System.getenv("JWT_SECRET");
      String token = JWT.create().withSubject("dev").sign(Algorithm.HMAC256(secret));
      System.out.println(token + " signed with " + secret); // tracelint-expect: FullSecretLogged -- logs the full secret 'secret'
    }
  }

  static final class FlagsMintedTokenOnStandardError {
    public static void main(String[] args) {
      String token = Jwts.builder().subject("dev").signWith(signingKey()).compact();
      System.err.println("issued " + token); // tracelint-expect: FullSecretLogged -- logs the full secret 'token'
    }
  }

  static final class FlagsMintedTokenLoggedByTheMain {
    public static void main(String[] args) {
      String token = Jwts.builder().subject("dev").signWith(signingKey()).compact();
      log.info("issued {}", token); // tracelint-expect: FullSecretLogged -- logs the full secret 'token'
    }
  }

  static final class FlagsTokenReadFromTheEnvironmentByTheMain {
    public static void main(String[] args) {
      String token = System.getenv("SERVICE_TOKEN");
      System.out.println(token); // tracelint-expect: FullSecretLogged -- logs the full secret 'token'
    }
  }

  static final class FlagsApiKeyEntryBesideTheMintedToken {
    public static void main(String[] args) {
      String token = Jwts.builder().subject("dev").signWith(signingKey()).compact();
      Map<String, String> json = new HashMap<>();
      json.put("token", token);
      json.put("api_key", System.getenv("API_KEY"));
      System.out.println(new Gson().toJson(json)); // tracelint-expect: FullSecretLogged -- logs the full secret 'json' holding 'api_key'
    }
  }

  static final class FlagsMintedTokenPrintedByAHandlerTheMainStarts {
    public static void main(String[] args) {
      String token = Jwts.builder().subject("dev").signWith(signingKey()).compact();
      Runnable handler = () -> System.out.println("serving " + token); // tracelint-expect: FullSecretLogged -- logs the full secret 'token'
      new Thread(handler).start();
    }
  }

  static final class FlagsMintedTokenPutInAnAuthorizationHeader {
    public static void main(String[] args) {
      String token = Jwts.builder().subject("dev").signWith(signingKey()).compact();
      Map<String, String> headers = new HashMap<>();
      headers.put("Authorization", token);
      System.out.println(headers); // tracelint-expect: FullSecretLogged -- logs the full secret 'headers' holding header 'Authorization'
    }
  }

  static final class AcceptsMintedRefreshTokenAndAccessTokenPayload {
    public static void main(String[] args) {
      String accessToken = Jwts.builder().subject("dev").signWith(signingKey()).compact();
      String refreshToken = Jwts.builder().subject("dev").claim("typ", "refresh").signWith(signingKey()).compact();
      Map<String, Object> body = new HashMap<>();
      body.put("access_token", accessToken);
      body.put("refresh_token", refreshToken);
      body.put("expires_in", 3600);
      System.out.println(new Gson().toJson(body));
    }
  }

  void flagsMintedTokenPrintedOutsideAMain() {
    String token = Jwts.builder().subject("dev").signWith(signingKey()).compact();
    System.out.println(token); // tracelint-expect: FullSecretLogged -- logs the full secret 'token'
  }
}
