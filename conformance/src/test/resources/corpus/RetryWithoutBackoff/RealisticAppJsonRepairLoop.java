package corpus.retrywithoutbackoff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Structured output from a chat model: when the answer is not valid JSON the parser's message goes back to the model
 * and it answers again. Each attempt is a different request, so waiting would not help.
 */
public class RealisticAppJsonRepairLoop {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppJsonRepairLoop.class);
  private static final int MAX_REPAIRS = 3;

  interface ChatModel {
    String chat(List<String> messages) throws IOException;
  }

  private final ChatModel model;
  private final ObjectMapper mapper;

  public RealisticAppJsonRepairLoop(ChatModel model, ObjectMapper mapper) {
    this.model = model;
    this.mapper = mapper;
  }

  public JsonNode extract(String instructions, String document) throws IOException {
    List<String> messages = new ArrayList<>();
    messages.add("system: " + instructions + " Answer with JSON only.");
    messages.add("user: " + document);
    JsonProcessingException last = null;
    for (int attempt = 0; attempt <= MAX_REPAIRS; attempt++) {
      String answer = model.chat(messages);
      try {
        return mapper.readTree(answer);
      } catch (JsonProcessingException e) {
        log.info("answer {} is not valid JSON: {}", attempt, e.getOriginalMessage());
        messages.add("assistant: " + answer);
        messages.add("user: That was not valid JSON (" + e.getOriginalMessage() + "). Answer again with JSON only.");
        last = e;
      }
    }
    throw last;
  }

  public <T> T extractAs(String prompt, Class<T> type) throws IOException {
    String request = prompt;
    for (int attempt = 1; attempt <= MAX_REPAIRS; attempt++) {
      String answer = model.chat(List.of("user: " + request));
      try {
        return mapper.readValue(answer, type);
      } catch (JsonProcessingException e) {
        request = prompt + "\nYour previous answer failed to parse: " + e.getOriginalMessage();
      }
    }
    throw new IOException("no valid " + type.getSimpleName() + " after " + MAX_REPAIRS + " answers");
  }
}
