package corpus.fullsecretlogged;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GenAI semantic-convention attributes on a chat span: model names, token usage, the key's id and a short preview;
 * the vocabulary of tokens (counts, limits) is not a credential.
 */
public class RealisticModernGenAiAttributes {
  private static final Logger log = LoggerFactory.getLogger(RealisticModernGenAiAttributes.class);

  private static final AttributeKey<Long> INPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.input_tokens");
  private static final AttributeKey<Long> OUTPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.output_tokens");

  record Usage(long inputTokens, long outputTokens) {}

  record ProviderKey(String keyId, String apiKey) {
    String preview() {
      return apiKey.substring(0, 6) + "...";
    }

    @Override
    public String toString() {
      return "ProviderKey[" + keyId + "]";
    }
  }

  interface Chat {
    Usage complete(String model, String prompt, int maxTokens);
  }

  private final Tracer tracer;
  private final Chat chat;

  public RealisticModernGenAiAttributes(Tracer tracer, Chat chat) {
    this.tracer = tracer;
    this.chat = chat;
  }

  public Usage complete(ProviderKey key, String model, String prompt, int maxTokens) {
    Span span = tracer.spanBuilder("chat " + model)
        .setAttribute("gen_ai.request.model", model)
        .setAttribute("gen_ai.request.max_tokens", maxTokens)
        .setAttribute("provider.key_id", key.keyId())
        .startSpan();
    try {
      Usage usage = chat.complete(model, prompt, maxTokens);
      span.setAllAttributes(Attributes.of(INPUT_TOKENS, usage.inputTokens(), OUTPUT_TOKENS, usage.outputTokens()));
      span.setAttribute("provider.key_preview", key.preview());
      log.debug("chat with {} used {} tokens (max {}), key {}", model, usage.inputTokens() + usage.outputTokens(), maxTokens, key);
      return usage;
    } finally {
      span.end();
    }
  }
}
