package corpus.unboundedretry;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An agent loop over a sealed model outcome: tool calls are bounded by a step limit, a rate-limited completion waits
 * and tries again with no limit at all, and a polling helper has its attempts counted. The uncapped rate-limit loop
 * is a real defect that the rule does not see (a type test that goes round with `continue` is not a done test:
 * "Known limits"), so it carries no marker.
 */
public class RealisticModernSealedOutcomeLoop {
  private static final Logger log = LoggerFactory.getLogger(RealisticModernSealedOutcomeLoop.class);

  sealed interface Outcome permits Final, ToolCall, RateLimited {}

  record Final(String text) implements Outcome {}

  record ToolCall(String tool, String arguments) implements Outcome {}

  record RateLimited(Duration retryAfter) implements Outcome {}

  interface Model {
    Outcome next(String conversation);
  }

  interface Tools {
    String run(String tool, String arguments);
  }

  private final Model model;
  private final Tools tools;

  public RealisticModernSealedOutcomeLoop(Model model, Tools tools) {
    this.model = model;
    this.tools = tools;
  }

  public String answer(String question, int maxSteps) throws InterruptedException {
    var conversation = new StringBuilder(question);
    for (int step = 0; step < maxSteps; step++) {
      Outcome outcome = model.next(conversation.toString());
      if (outcome instanceof Final f) {
        return f.text();
      } else if (outcome instanceof ToolCall call) {
        conversation.append('\n').append(tools.run(call.tool(), call.arguments()));
      } else if (outcome instanceof RateLimited limited) {
        Thread.sleep(limited.retryAfter().toMillis());
      }
    }
    throw new IllegalStateException("no answer after " + maxSteps + " steps");
  }

  public String completeWhenAllowed(String prompt) throws InterruptedException {
    while (true) {
      Outcome outcome = model.next(prompt);
      if (outcome instanceof RateLimited limited) {
        log.info("rate limited, waiting {}", limited.retryAfter());
        Thread.sleep(limited.retryAfter().toMillis());
        continue;
      }
      return outcome instanceof Final f ? f.text() : "";
    }
  }

  public String completeWithinAttempts(String prompt, int attempts) throws InterruptedException {
    int used = 0;
    while (used++ < attempts) {
      Outcome outcome = model.next(prompt);
      if (!(outcome instanceof RateLimited limited)) {
        return outcome instanceof Final f ? f.text() : "";
      }
      Thread.sleep(limited.retryAfter().toMillis());
    }
    return "";
  }
}
