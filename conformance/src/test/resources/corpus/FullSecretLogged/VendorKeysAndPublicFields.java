package corpus.fullsecretlogged;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A model vendor's "key" is its API key (openAiKey, ANTHROPIC_KEY), a bare key or a key's metadata is not; and a JSON
 * renderer prints a public field named like a secret even without a getter.
 */
class VendorKeysAndPublicFields {
  private static final Logger log = LoggerFactory.getLogger(VendorKeysAndPublicFields.class);

  static final class PublicSettings {
    public String baseUrl;
    public String geminiKey;
  }

  static final class PrivateSettings {
    public String baseUrl;
    private String geminiKey;
  }

  static final class PublicMetadata {
    public String baseUrl;
    public String geminiKeyId;
  }

  private final ObjectMapper mapper = new ObjectMapper();
  private final Gson gson = new Gson();

  void flagsAVendorKey(String openAiKey) {
    log.info("using {}", openAiKey); // tracelint-expect: FullSecretLogged -- logs the full secret 'openAiKey'
  }

  void flagsAVendorKeyFromTheEnvironment() {
    log.info("using {}", System.getenv("ANTHROPIC_KEY")); // tracelint-expect: FullSecretLogged
  }

  void acceptsABareOrMetadataKey(String cacheKey, String openAiKeyEnv, String partitionKey) {
    log.info("cache {} env {} partition {}", cacheKey, openAiKeyEnv, partitionKey);
  }

  void acceptsAVendorKeyPrefix(String mistralKey) {
    log.info("using {}...", mistralKey.substring(0, 4));
  }

  void flagsAPublicSecretFieldRenderedByJackson(PublicSettings settings) throws JsonProcessingException {
    log.info("settings {}", mapper.writeValueAsString(settings)); // tracelint-expect: FullSecretLogged
  }

  void flagsAPublicSecretFieldRenderedByGson(PublicSettings settings) {
    log.info("settings {}", gson.toJson(settings)); // tracelint-expect: FullSecretLogged
  }

  void acceptsAPrivateSecretFieldWithoutAGetter(PrivateSettings settings) throws JsonProcessingException {
    log.info("settings {}", mapper.writeValueAsString(settings));
  }

  void acceptsAPublicMetadataField(PublicMetadata settings) throws JsonProcessingException {
    log.info("settings {}", mapper.writeValueAsString(settings));
  }
}
