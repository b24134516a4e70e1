package corpus.retrywithoutbackoff;

/**
 * Options of a chat model, declared in a file of their own and built by {@link StaticBuildersOfOtherTypes}: a
 * {@code builder()} named like a retry library's.
 */
final class ChatModelOptions {
  private final String model;
  private final double temperature;

  private ChatModelOptions(Builder builder) {
    this.model = builder.model;
    this.temperature = builder.temperature;
  }

  static Builder builder() {
    return new Builder();
  }

  String model() {
    return model;
  }

  double temperature() {
    return temperature;
  }

  static final class Builder {
    private String model = "default";
    private double temperature = 0.7;

    Builder model(String model) {
      this.model = model;
      return this;
    }

    Builder temperature(double temperature) {
      this.temperature = temperature;
      return this;
    }

    ChatModelOptions build() {
      return new ChatModelOptions(this);
    }
  }
}
