package corpus.retrywithoutbackoff;

import java.io.IOException;

/**
 * A catch of only failures of the attempt's own input (an invalid argument or configuration, model output that fails
 * validation) needs no wait: the same input fails the same way however long the loop waits, and a model's next answer
 * differs anyway. Nor does a name another caller took first: a get-or-create that lost the race finds the winner by
 * reading again. A catch that also admits an I/O failure needs one; an endless loop is still unbounded.
 */
class InputFailures {
  static class InvalidConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  static class JobAlreadyExistsException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  interface Jobs {
    String find(String name);

    String submit(String name, String definition) throws IOException;
  }

  static class ValidationException extends Exception {
    private static final long serialVersionUID = 1L;
  }

  interface Registry {
    boolean exists(String name);

    void register(String name, int capacity);
  }

  interface Model {
    String answer(String prompt) throws IOException;
  }

  interface Schema {
    String validate(String json) throws ValidationException;
  }

  void acceptsAConflictingConfigurationCheckedOnceMore(Registry registry, String name, int capacity) {
    int round = 0;
    while (true) {
      round++;
      if (registry.exists(name)) {
        throw new IllegalStateException(name + " exists already");
      }
      try {
        registry.register(name, capacity);
        return;
      } catch (InvalidConfigurationException e) {
        if (round == 2) {
          throw new IllegalStateException("cannot register " + name, e);
        }
      }
    }
  }

  String acceptsModelOutputThatFailsValidationAskedAgain(Model model, Schema schema, String prompt)
      throws IOException {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return schema.validate(model.answer(prompt));
      } catch (ValidationException e) {
        System.err.println("answer did not match the schema, asking again");
      }
    }
    throw new IOException("no valid answer");
  }

  String flagsAValidationCatchNextToAnIoCatch(Model model, Schema schema, String prompt) {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return schema.validate(model.answer(prompt));
      } catch (ValidationException e) {
        System.err.println("invalid answer");
      } catch (IOException e) {
        System.err.println("model unavailable");
      }
    }
    return null;
  }

  void flagsAnEndlessLoopOnAnInvalidArgument(Registry registry, String name) {
    while (true) { // tracelint-expect: UnboundedRetry
      try {
        registry.register(name, 16);
        return;
      } catch (IllegalArgumentException e) {
        System.err.println("rejected " + name);
      }
    }
  }

  String acceptsGetOrCreateThatLostTheRaceReadingAgain(Jobs jobs, String name, String definition)
      throws IOException {
    for (int round = 0; round < 3; round++) {
      String existing = jobs.find(name);
      if (existing != null) {
        return existing;
      }
      try {
        return jobs.submit(name, definition);
      } catch (JobAlreadyExistsException e) {
        System.err.println("another caller submitted " + name + " first");
      }
    }
    throw new IOException("job " + name + " neither found nor submitted");
  }

  String flagsASubmitRetriedAtOnceAfterAnIoFailure(Jobs jobs, String name, String definition) {
    for (int round = 0; round < 3; round++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return jobs.submit(name, definition);
      } catch (JobAlreadyExistsException e) {
        return jobs.find(name);
      } catch (IOException e) {
        System.err.println("scheduler unavailable");
      }
    }
    return null;
  }
}
