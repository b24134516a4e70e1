package dev.tracelint.bench;

/**
 * Something that makes a sweep's findings incomplete or untrustworthy. Every kind fails the sweep: the findings file
 * is an oracle, and an oracle with holes would let a regression through unnoticed.
 */
record SweepProblem(Kind kind, String engine, String library, String where, String detail) {

  enum Kind {
    /** A tracelint rule or check threw, or the compiler crashed while running one. */
    CRASH("crash"),
    /** A rule was reported misconfigured or the ruleset did not load every rule. */
    CONFIGURATION_ERROR("configuration error"),
    /** PMD could not process a file (a parse error, for instance): that file has no PMD findings. */
    PROCESSING_ERROR("processing error"),
    /** javac reported errors for a library declared to compile: Error Prone does not analyse such a compilation. */
    COMPILE_FAILURE("compile failure"),
    /**
     * The engine itself threw for a whole library (PMD failing to open its auxclasspath, for instance): that engine
     * has no findings for the library. Recorded so that one library does not end the whole run.
     */
    ENGINE_FAILURE("engine failure");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  @Override
  public String toString() {
    return kind.label() + " [" + engine + "] " + library + (where.isEmpty() ? "" : " " + where) + ": " + detail;
  }
}
