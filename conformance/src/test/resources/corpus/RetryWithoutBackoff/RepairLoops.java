package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repair loops (docs/rules/UnboundedRetry.md, point 11): the catch feeds the failure (its message, or a new query or
 * prompt built from it) into what the next attempt sends, so the next attempt is a different request and waiting would
 * not help: RetryWithoutBackoff stays silent, UnboundedRetry still asks for a bound. A failure that is only logged,
 * remembered for the final throw, or fed to something the repeated call does not read leaves a plain retry.
 */
class RepairLoops {
  private static final Logger log = LoggerFactory.getLogger(RepairLoops.class);

  static class InvalidAnswerException extends Exception {
    InvalidAnswerException(String message) {
      super(message);
    }
  }

  static class QueryException extends Exception {
    QueryException(String message) {
      super(message);
    }
  }

  interface ChatModel {
    String chat(List<String> messages) throws IOException;

    String complete(String prompt) throws IOException;
  }

  interface Database {
    List<String> query(String sql) throws QueryException;
  }

  interface SqlWriter {
    String correct(String sql, String error) throws IOException;
  }

  static String parseAnswer(String answer) throws InvalidAnswerException {
    if (answer.isEmpty()) {
      throw new InvalidAnswerException("empty answer");
    }
    return answer;
  }

  String acceptsConversationToldWhatWasWrong(ChatModel model, String question) throws IOException {
    List<String> messages = new ArrayList<>();
    messages.add(question);
    for (int attempt = 0; attempt < 3; attempt++) {
      String answer = model.chat(messages);
      try {
        return parseAnswer(answer);
      } catch (InvalidAnswerException e) {
        messages.add("Your answer was invalid: " + e.getMessage() + ". Answer again.");
      }
    }
    throw new IOException("no valid answer");
  }

  List<String> acceptsQueryCorrectedFromTheErrorMessage(Database db, SqlWriter writer, String question)
      throws IOException, QueryException {
    String sql = writer.correct(question, "");
    QueryException last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return db.query(sql);
      } catch (QueryException e) {
        last = e;
        sql = writer.correct(sql, e.getMessage());
      }
    }
    throw last;
  }

  String acceptsPromptExtendedThroughADerivedHint(ChatModel model, String prompt) throws IOException {
    String current = prompt;
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return parseAnswer(model.complete(current));
      } catch (InvalidAnswerException e) {
        String hint = "\nThe previous answer failed with: " + e.getMessage();
        current = prompt + hint;
      }
    }
    throw new IOException("no valid answer");
  }

  String acceptsPromptBuilderAppendedTheError(ChatModel model, String prompt) throws IOException {
    StringBuilder request = new StringBuilder(prompt);
    int attempt = 0;
    do {
      try {
        return parseAnswer(model.complete(request.toString()));
      } catch (InvalidAnswerException e) {
        request.append("\nFix this: ").append(e.getMessage());
      }
    } while (++attempt < 3);
    throw new IOException("no valid answer");
  }

  String flagsUnboundedRepairLoopForTheBoundOnly(ChatModel model, String prompt) throws IOException {
    String current = prompt;
    while (true) { // tracelint-expect: UnboundedRetry
      try {
        return parseAnswer(model.complete(current));
      } catch (InvalidAnswerException e) {
        current = current + "\nYour answer was invalid (" + e.getMessage() + "), try again.";
      }
    }
  }

  String flagsErrorOnlyLoggedWhileTheSamePromptRepeats(ChatModel model, String prompt) throws IOException {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return parseAnswer(model.complete(prompt));
      } catch (InvalidAnswerException e) {
        String reason = e.getMessage();
        log.warn("invalid answer: {}", reason);
      }
    }
    throw new IOException("no valid answer");
  }

  List<String> flagsErrorRememberedOnlyForTheFinalThrow(Database db, String sql) throws QueryException {
    QueryException last = null;
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return db.query(sql);
      } catch (QueryException e) {
        last = e;
      }
    }
    throw last;
  }

  String flagsErrorFedToAListTheCallDoesNotRead(ChatModel model, String prompt) throws IOException {
    List<String> errors = new ArrayList<>();
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return parseAnswer(model.complete(prompt));
      } catch (InvalidAnswerException e) {
        errors.add(e.getMessage());
      }
    }
    throw new IOException("no valid answer: " + errors);
  }

  String flagsRepairOnOneFailureButPlainRetryOnAnother(ChatModel model, String prompt) throws IOException {
    String current = prompt;
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return parseAnswer(model.complete(current));
      } catch (InvalidAnswerException e) {
        current = prompt + "\nFix: " + e.getMessage();
      } catch (IOException e) {
        log.warn("model unreachable, retrying", e);
      }
    }
    throw new IOException("no valid answer");
  }

  String acceptsRecursiveRepairOfThePrompt(ChatModel model, String prompt, int attemptsLeft) throws IOException {
    try {
      return parseAnswer(model.complete(prompt));
    } catch (InvalidAnswerException e) {
      if (attemptsLeft <= 0) {
        throw new IOException("no valid answer", e);
      }
      String repaired = prompt + "\nThe answer was invalid: " + e.getMessage();
      return acceptsRecursiveRepairOfThePrompt(model, repaired, attemptsLeft - 1);
    }
  }

  String flagsRecursiveRetryOfTheSamePrompt(ChatModel model, String prompt, int attemptsLeft) throws IOException {
    try {
      return parseAnswer(model.complete(prompt));
    } catch (InvalidAnswerException e) {
      if (attemptsLeft <= 0) {
        throw new IOException("no valid answer", e);
      }
      return flagsRecursiveRetryOfTheSamePrompt(model, prompt, attemptsLeft - 1); // tracelint-expect: RetryWithoutBackoff
    }
  }
}
