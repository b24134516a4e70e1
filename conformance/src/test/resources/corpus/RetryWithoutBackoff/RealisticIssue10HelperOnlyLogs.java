package corpus.retrywithoutbackoff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Structured-output calls that retry through a logging helper, beside a genuine repair loop. */
public class RealisticIssue10HelperOnlyLogs {
  private static final Logger log = LoggerFactory.getLogger(RealisticIssue10HelperOnlyLogs.class);

  interface Model {
    String generate(String prompt) throws IOException;
  }

  private final Model model;
  private final ObjectMapper mapper = new ObjectMapper();

  RealisticIssue10HelperOnlyLogs(Model model) {
    this.model = model;
  }

  public String generate(String prompt) throws IOException {
    IOException failure = null;
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return model.generate(prompt);
      } catch (IOException e) {
        failure = e;
        noteFailure(attempt, e);
      }
    }
    throw failure;
  }

  public String generatePatiently(String prompt) throws IOException {
    IOException failure = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return model.generate(prompt);
      } catch (IOException e) {
        failure = e;
        noteFailure(attempt, e);
        sleepQuietly(500L << attempt);
      }
    }
    throw failure;
  }

  public JsonNode generateJson(String prompt) throws IOException {
    String request = prompt;
    for (int attempt = 0; attempt < 3; attempt++) {
      String raw = model.generate(request);
      try {
        return mapper.readTree(raw);
      } catch (JsonProcessingException e) {
        request = prompt + "\nYour last answer was not valid JSON (" + e.getOriginalMessage() + "). Answer again.";
      }
    }
    throw new IOException("model never produced JSON");
  }

  private void noteFailure(int attempt, Exception e) {
    log.warn("generation attempt {} failed", attempt, e);
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
