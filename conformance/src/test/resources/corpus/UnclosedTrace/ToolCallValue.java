package corpus.unclosedtrace;

import java.util.Objects;

/**
 * A value class in the fluent style, declared in a file of its own and read by {@link ValueClassAccessorsOfAnotherFile}:
 * each accessor is named and typed like the field it returns; {@code summary()} computes.
 */
final class ToolCallValue {
  private final String name;
  private final String arguments;
  private final int attempt;

  ToolCallValue(String name, String arguments, int attempt) {
    this.name = Objects.requireNonNull(name);
    this.arguments = Objects.requireNonNull(arguments);
    this.attempt = attempt;
  }

  String name() {
    return name;
  }

  String arguments() {
    return arguments;
  }

  int attempt() {
    return attempt;
  }

  String summary() {
    return name + "(" + arguments.substring(0, Math.min(40, arguments.length())) + ")";
  }
}
