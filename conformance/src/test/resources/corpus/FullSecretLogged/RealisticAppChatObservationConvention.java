package corpus.fullsecretlogged;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * A Spring AI style observation convention for chat calls of a customer-support agent: low-cardinality key values for
 * the provider and model, high-cardinality ones for the conversation and the user. A key value given the caller's
 * bearer token puts the token in every trace of the conversation.
 */
public class RealisticAppChatObservationConvention implements ObservationConvention<RealisticAppChatObservationConvention.ChatContext> {
  private static final Logger logger = LogManager.getLogger(RealisticAppChatObservationConvention.class);

  public static final class ChatContext extends Observation.Context {
    private final String provider;
    private final String model;
    private final String conversationId;
    private final String userId;
    private final String bearerToken;

    public ChatContext(String provider, String model, String conversationId, String userId, String bearerToken) {
      this.provider = provider;
      this.model = model;
      this.conversationId = conversationId;
      this.userId = userId;
      this.bearerToken = bearerToken;
    }

    public String getProvider() {
      return provider;
    }

    public String getModel() {
      return model;
    }

    public String getConversationId() {
      return conversationId;
    }

    public String getUserId() {
      return userId;
    }

    public String getBearerToken() {
      return bearerToken;
    }
  }

  @Override
  public boolean supportsContext(Observation.Context context) {
    return context instanceof ChatContext;
  }

  @Override
  public String getName() {
    return "gen_ai.client.operation";
  }

  @Override
  public KeyValues getLowCardinalityKeyValues(ChatContext context) {
    return KeyValues.of(
        KeyValue.of("gen_ai.system", context.getProvider()),
        KeyValue.of("gen_ai.request.model", context.getModel()),
        KeyValue.of("auth.present", Boolean.toString(context.getBearerToken() != null)));
  }

  @Override
  public KeyValues getHighCardinalityKeyValues(ChatContext context) {
    logger.debug("observing conversation {} of user {}", context.getConversationId(), context.getUserId());
    return KeyValues.of("conversation.id", context.getConversationId(), "user.id", context.getUserId());
  }

  /** A debugging variant that was left in: the token goes to the tracing backend with every call. */
  public KeyValues debugKeyValues(ChatContext context) {
    return KeyValues.of("conversation.id", context.getConversationId(), // tracelint-expect: FullSecretLogged
        "auth.token", context.getBearerToken());
  }

  public void logCall(ChatContext context) {
    logger.atDebug().log("chat call to {} {} for user {}", context.getProvider(), context.getModel(), context.getUserId());
    logger.debug("bearer token configured: {}", () -> context.getBearerToken() != null);
  }
}
