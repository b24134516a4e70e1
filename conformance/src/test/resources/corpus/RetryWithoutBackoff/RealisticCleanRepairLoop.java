package corpus.retrywithoutbackoff;

import java.util.ArrayList;
import java.util.List;

/** Structured-output repair: the parse error is sent back so the next attempt is a different request. */
public class RealisticCleanRepairLoop {
  static final class InvalidJsonException extends Exception {
    InvalidJsonException(String message) {
      super(message);
    }
  }

  interface Model {
    String chat(List<String> messages);
  }

  interface Parser<T> {
    T parse(String json) throws InvalidJsonException;
  }

  private final Model model;

  RealisticCleanRepairLoop(Model model) {
    this.model = model;
  }

  public <T> T extract(String instruction, Parser<T> parser) throws InvalidJsonException {
    List<String> messages = new ArrayList<>();
    messages.add(instruction);
    InvalidJsonException last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      String answer = model.chat(messages);
      try {
        return parser.parse(answer);
      } catch (InvalidJsonException e) {
        last = e;
        messages.add(answer);
        messages.add("That was not valid JSON (" + e.getMessage() + "). Reply with corrected JSON only.");
      }
    }
    throw last;
  }

  public String fixSql(String question, java.util.function.Function<String, String> runner) {
    String sql = model.chat(List.of("Write SQL for: " + question));
    for (int attempt = 0; attempt < 4; attempt++) {
      try {
        return runner.apply(sql);
      } catch (RuntimeException e) {
        sql = model.chat(List.of("The query failed with: " + e.getMessage(), "Query: " + sql, "Fix it."));
      }
    }
    return "";
  }
}
