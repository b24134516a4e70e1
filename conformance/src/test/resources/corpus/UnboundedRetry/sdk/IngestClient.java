package corpus.unboundedretry.sdk;

/** An in-house ingest client with no artifact: PMD resolves it in neither mode, only its shape of use is seen. */
public interface IngestClient {
  void ingest(String trace) throws IngestException;
}
