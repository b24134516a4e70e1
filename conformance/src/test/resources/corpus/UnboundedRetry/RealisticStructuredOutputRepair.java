package corpus.unboundedretry;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Asks a model for JSON matching a schema and feeds parse errors back, as structured-output helpers do. */
public class RealisticStructuredOutputRepair {
  static class SchemaViolation extends Exception {
    SchemaViolation(String message) {
      super(message);
    }
  }

  interface Completion {
    String complete(String prompt) throws IOException;
  }

  interface SchemaValidator {
    String validate(String json) throws SchemaViolation;
  }

  private final Completion model;
  private final SchemaValidator validator;
  private final int maxRepairs;

  RealisticStructuredOutputRepair(Completion model, SchemaValidator validator, int maxRepairs) {
    this.model = model;
    this.validator = validator;
    this.maxRepairs = maxRepairs;
  }

  /** Bounded repair: the error message goes back into the prompt. */
  public String extract(String instructions) throws IOException, SchemaViolation {
    String prompt = instructions;
    SchemaViolation last = null;
    for (int repair = 0; repair <= maxRepairs; repair++) {
      String raw = model.complete(prompt);
      try {
        return validator.validate(raw);
      } catch (SchemaViolation e) {
        last = e;
        prompt = instructions + "\n\nYour last answer was invalid: " + e.getMessage() + "\nReturn only valid JSON.";
      }
    }
    throw last;
  }

  /** Classification must produce a label, so the repair loop has no cap. */
  public String classify(String ticket) throws IOException {
    String prompt = "Classify this ticket as JSON {\"label\": ...}:\n" + ticket;
    while (true) { // tracelint-expect: UnboundedRetry
      String raw = model.complete(prompt);
      try {
        return validator.validate(raw);
      } catch (SchemaViolation e) {
        prompt = prompt + "\nThat was not valid: " + e.getMessage();
      }
    }
  }

  /** Bounded, but a transport failure is retried at once next to the repair path. */
  public String extractEntities(String text) throws SchemaViolation {
    String prompt = "Extract entities as JSON from:\n" + text;
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return validator.validate(model.complete(prompt));
      } catch (SchemaViolation e) {
        prompt = prompt + "\nFix this error: " + e.getMessage();
      } catch (IOException e) {
        System.err.println("model call failed: " + e.getMessage());
      }
    }
    throw new SchemaViolation("no valid entities after 3 attempts");
  }

  /** A single transport retry wrapped around the bounded repair. */
  public String extractOrFail(String instructions) throws SchemaViolation {
    try {
      return extract(instructions);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
