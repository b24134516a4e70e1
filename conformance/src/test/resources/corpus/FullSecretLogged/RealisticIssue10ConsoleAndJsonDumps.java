package corpus.fullsecretlogged;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** A CLI that prints its effective configuration to the console. */
public class RealisticIssue10ConsoleAndJsonDumps {
  static final class CliConfig {
    public String endpoint;
    public String langsmithApiKey;
    public int concurrency;
  }

  private final ObjectMapper mapper = new ObjectMapper();

  public void printEffective(CliConfig config) throws JsonProcessingException {
    System.out.println("effective config: " + mapper.writeValueAsString(config)); // tracelint-expect: FullSecretLogged
  }

  public void printKey(CliConfig config) {
    System.err.printf("LangSmith key: %s%n", config.langsmithApiKey); // tracelint-expect: FullSecretLogged
  }

  public void printKeyHint(CliConfig config) {
    System.err.printf("LangSmith key: %.5s...%n", config.langsmithApiKey);
  }

  public void printEndpoint(CliConfig config) {
    System.out.println("endpoint " + config.endpoint + ", concurrency " + config.concurrency);
  }

  public void printHeaders(String bearer) {
    Map<String, String> headers = Map.of("Authorization", "Bearer " + bearer, "Accept", "application/json");
    System.out.println(headers); // tracelint-expect: FullSecretLogged
  }

  public void printPublicHeaders(String requestId) {
    Map<String, String> headers = Map.of("X-Request-Id", requestId, "Accept", "application/json");
    System.out.println(headers);
  }
}
