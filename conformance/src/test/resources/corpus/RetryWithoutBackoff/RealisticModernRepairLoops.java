package corpus.retrywithoutbackoff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Structured-output repair: the parse error goes back into the next prompt, so the next call is a different request
 * and waiting would not help; a candidate list of models is stepped through; one plain retry of the same prompt
 * does not pause.
 */
public class RealisticModernRepairLoops {
  private static final Logger log = LoggerFactory.getLogger(RealisticModernRepairLoops.class);
  private static final int MAX_REPAIRS = 3;

  interface Model {
    String complete(String prompt);
  }

  interface Gateway {
    String complete(String model, String prompt) throws java.io.IOException;
  }

  private final ObjectMapper mapper = new ObjectMapper();
  private final Model model;
  private final Gateway gateway;

  public RealisticModernRepairLoops(Model model, Gateway gateway) {
    this.model = model;
    this.gateway = gateway;
  }

  public JsonNode extract(String instructions) {
    String prompt = instructions;
    for (int repair = 0; repair <= MAX_REPAIRS; repair++) {
      String output = model.complete(prompt);
      try {
        return mapper.readTree(output);
      } catch (JsonProcessingException e) {
        log.debug("repair {}: {}", repair, e.getOriginalMessage());
        prompt =
            """
            %s

            Your previous answer was not valid JSON (%s). Answer again with JSON only.
            """
                .formatted(instructions, e.getOriginalMessage());
      }
    }
    throw new IllegalStateException("no valid JSON after " + MAX_REPAIRS + " repairs");
  }

  public String completeWithFallbacks(List<String> models, String prompt) throws java.io.IOException {
    List<java.io.IOException> failures = new ArrayList<>();
    for (int i = 0; i < models.size(); i++) {
      try {
        return gateway.complete(models.get(i), prompt);
      } catch (java.io.IOException e) {
        failures.add(e);
      }
    }
    var error = new java.io.IOException("all " + models.size() + " models failed");
    failures.forEach(error::addSuppressed);
    throw error;
  }

  public String completeSameModel(String modelName, String prompt) throws java.io.IOException {
    java.io.IOException last = null;
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return gateway.complete(modelName, prompt);
      } catch (java.io.IOException e) {
        last = e;
        log.warn("attempt {} failed", attempt, e);
      }
    }
    throw last;
  }
}
