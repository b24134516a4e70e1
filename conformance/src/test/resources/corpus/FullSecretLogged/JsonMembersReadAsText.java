package corpus.fullsecretlogged;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A token endpoint's JSON answer read member by member: the text of a member whose name is a secret key
 * ({@code json.get("access_token").asText()}, Gson's {@code getAsString()}) is the secret, wherever it is logged,
 * directly or through a local. The answer's other members (its type, lifetime, scope), a test that the member is
 * present, and a number read from it are not.
 */
class JsonMembersReadAsText {
  private static final Logger log = LoggerFactory.getLogger(JsonMembersReadAsText.class);
  private final ObjectMapper mapper = new ObjectMapper();

  void flagsTheAccessTokenReadFromJackson(String body) throws IOException {
    JsonNode answer = mapper.readTree(body);
    String issued = answer.get("access_token").asText();
    log.debug("token endpoint issued {}", issued); // tracelint-expect: FullSecretLogged
  }

  void flagsARefreshTokenReadAlongAPath(String body) throws IOException {
    JsonNode answer = mapper.readTree(body);
    log.trace("refresh with {}", answer.path("refresh_token").textValue()); // tracelint-expect: FullSecretLogged
  }

  void flagsAClientSecretReadFromGson(String credentialsJson) {
    JsonObject credentials = JsonParser.parseString(credentialsJson).getAsJsonObject();
    log.info("loaded client secret {}", credentials.get("client_secret").getAsString()); // tracelint-expect: FullSecretLogged
  }

  void acceptsTheTokenTypeAndScope(String body) throws IOException {
    JsonNode answer = mapper.readTree(body);
    log.debug("token of type {} for scope {}", answer.get("token_type").asText(), answer.path("scope").asText());
  }

  void acceptsTheLifetimeAsANumber(String body) throws IOException {
    JsonNode answer = mapper.readTree(body);
    log.debug("token valid for {} s", answer.get("expires_in").asLong());
  }

  void acceptsAPresenceTest(String body) throws IOException {
    JsonNode answer = mapper.readTree(body);
    log.debug("refresh token returned: {}", answer.has("refresh_token"));
  }

  void acceptsTheErrorDescription(String credentialsJson) {
    JsonObject error = JsonParser.parseString(credentialsJson).getAsJsonObject();
    log.warn("token request refused: {} ({})", error.get("error").getAsString(),
        error.get("error_description").getAsString());
  }
}
