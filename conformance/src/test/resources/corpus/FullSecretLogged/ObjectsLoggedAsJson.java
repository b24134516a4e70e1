package corpus.fullsecretlogged;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Objects logged as JSON (docs/rules/FullSecretLogged.md, "Objects logged whole"): Jackson's
 * {@code writeValueAsString} and Gson's {@code toJson} print every property an object exposes, whatever its
 * {@code toString} hides. A record's components and a class's fields with a getter are its properties; one marked
 * {@code @JsonIgnore} is left out, and so is an object with no secret property.
 */
class ObjectsLoggedAsJson {
  private static final Logger log = LoggerFactory.getLogger(ObjectsLoggedAsJson.class);
  private final ObjectMapper mapper = new ObjectMapper();
  private final Gson gson = new Gson();

  record ProviderSettings(String model, String baseUrl, String apiKey) {
    @Override
    public String toString() {
      return "ProviderSettings[model=" + model + ", baseUrl=" + baseUrl + "]";
    }
  }

  record PublicSettings(String model, String baseUrl, int maxTokens) {}

  record GuardedSettings(String model, @JsonIgnore String apiKey) {}

  static final class ExporterConfig {
    private final String endpoint;
    private final String bearerToken;

    ExporterConfig(String endpoint, String bearerToken) {
      this.endpoint = endpoint;
      this.bearerToken = bearerToken;
    }

    public String getEndpoint() {
      return endpoint;
    }

    public String getBearerToken() {
      return bearerToken;
    }
  }

  static final class ClientHolder {
    private final String apiKey;
    private final String region;

    ClientHolder(String apiKey, String region) {
      this.apiKey = apiKey;
      this.region = region;
    }

    public String getRegion() {
      return region;
    }
  }

  void flagsRecordWithAMaskingToStringLoggedAsJackson(ProviderSettings settings) throws JsonProcessingException {
    log.info("provider settings: {}", mapper.writeValueAsString(settings)); // tracelint-expect: FullSecretLogged
  }

  void flagsBeanWithASecretGetterLoggedAsGson(ExporterConfig config) {
    log.info("exporter config: {}", gson.toJson(config)); // tracelint-expect: FullSecretLogged
  }

  void flagsJsonKeptInALocalFirst(ProviderSettings settings) throws JsonProcessingException {
    String json = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(settings);
    log.debug("settings:\n{}", json); // tracelint-expect: FullSecretLogged
  }

  void acceptsRecordWithoutASecretLoggedAsJson(PublicSettings settings) throws JsonProcessingException {
    log.info("provider settings: {}", mapper.writeValueAsString(settings));
  }

  void acceptsIgnoredSecretComponent(GuardedSettings settings) throws JsonProcessingException {
    log.info("provider settings: {}", mapper.writeValueAsString(settings));
  }

  void acceptsSecretFieldWithoutAGetter(ClientHolder holder) {
    log.info("client: {}", gson.toJson(holder));
  }

  void acceptsRecordWithAMaskingToStringLoggedWhole(ProviderSettings settings) {
    log.info("provider settings: {}", settings);
  }

  void acceptsAMapOfPublicValuesAsJson(String model) throws JsonProcessingException {
    log.info("request: {}", mapper.writeValueAsString(Map.of("model", model, "stream", true)));
  }
}
