package corpus.unclosedtrace.sdk;

/** One stage of an in-house {@link Pipeline}: its {@code start()} is not a span's. */
public interface Stage {
  Stage start();
}
