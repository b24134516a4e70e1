package corpus.unclosedtrace;

/** A record declared in a file of its own, read by {@link RecordAccessorsOfAnotherFile}. */
record ChatTurnRecord(String model, String prompt, int maxTokens) {
  String rendered() {
    return String.format("[%s] %s", model, prompt.strip());
  }
}
