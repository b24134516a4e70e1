package corpus.unclosedtrace.sdk;

/** An in-house pipeline whose stages are started like spans and are not spans. */
public interface Pipeline {
  Stage stage(String name);
}
