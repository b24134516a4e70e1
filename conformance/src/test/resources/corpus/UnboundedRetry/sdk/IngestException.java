package corpus.unboundedretry.sdk;

/** The in-house client's failure. */
public class IngestException extends Exception {
  private static final long serialVersionUID = 1L;
}
