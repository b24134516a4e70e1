package corpus.fullsecretlogged;

import java.util.Map;
import java.util.Optional;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Values that print a secret though they are not the secret's text: the key unwrapped from an {@code Optional} by any
 * of its unwrapping calls ({@code orElseThrow()}, {@code orElse(..)}), the whole environment
 * ({@code System.getenv()}, which prints every variable with its value), and OkHttp's request reached through a call
 * or a response ({@code call.request()}, whose text prints its headers, Authorization included; seen with types only).
 * The Optional's presence, one named variable that is no secret, the request's URL and method, and the names of the
 * environment's variables are not.
 */
class OptionalsAndWholeValues implements Callback {
  private static final Logger log = LoggerFactory.getLogger(OptionalsAndWholeValues.class);
  private final Optional<String> apiKey = Optional.ofNullable(System.getenv("GROQ_API_KEY"));

  void flagsTheKeyUnwrappedOrThrown() {
    log.info("calling Groq with {}", apiKey.orElseThrow()); // tracelint-expect: FullSecretLogged
  }

  void flagsTheKeyUnwrappedWithAFallback() {
    String url = "https://api.groq.example/v1?key=" + apiKey.orElse("none");
    log.debug("GET {}", url); // tracelint-expect: FullSecretLogged
  }

  void flagsTheWholeEnvironment() {
    Map<String, String> environment = System.getenv();
    log.debug("starting with {}", System.getenv()); // tracelint-expect: FullSecretLogged
    log.debug("{} variables set", environment.size());
  }

  @Override
  public void onFailure(Call call, java.io.IOException e) {
    log.error("call {} failed", call.request(), e); // tracelint-expect-with-types: FullSecretLogged
  }

  @Override
  public void onResponse(Call call, Response response) {
    log.warn("{} {} answered {}", response.request().method(), response.request().url(), response.code());
    response.close();
  }

  void acceptsThePresenceOfTheKey() {
    log.info("Groq key configured: {}", apiKey.isPresent());
  }

  void acceptsANamedVariableThatIsNoSecret() {
    log.info("region {}", Optional.ofNullable(System.getenv("AWS_REGION")).orElse("us-east-1"));
  }

  void acceptsTheNamesOfTheVariables() {
    log.debug("variables set: {}", System.getenv().keySet());
  }

  void acceptsAPrefixOfTheUnwrappedKey() {
    log.info("Groq key {}...", apiKey.orElseThrow().substring(0, 4));
  }
}
