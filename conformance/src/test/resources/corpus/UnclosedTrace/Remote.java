package corpus.unclosedtrace;

/**
 * Stands for a remote call, or any work that can fail, in the corpus's helpers ({@code callTool()}): declared in its own
 * compilation unit, so that no rule sees what it runs. An empty helper would be code that provably cannot throw.
 */
public final class Remote {
  private Remote() {}

  public static void call() {
    if (Thread.currentThread().isInterrupted()) {
      throw new IllegalStateException("interrupted");
    }
  }
}
