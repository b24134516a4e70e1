package corpus.fullsecretlogged;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Paging through an API and tailing a stream: continuation tokens are positions, not credentials. */
public class RealisticCleanPaginationCursor {
  private static final Logger log = LoggerFactory.getLogger(RealisticCleanPaginationCursor.class);

  record Page(List<String> runs, String nextPageToken) {}

  interface RunsApi {
    Page list(String pageToken);
  }

  private final RunsApi api;
  private String checkpointToken;

  RealisticCleanPaginationCursor(RunsApi api) {
    this.api = api;
  }

  public int exportAll() {
    int exported = 0;
    String pageToken = null;
    do {
      Page page = api.list(pageToken);
      exported += page.runs().size();
      pageToken = page.nextPageToken();
      log.debug("exported {} runs so far, nextPageToken={}", exported, pageToken);
    } while (pageToken != null);
    return exported;
  }

  public void resume(String idempotencyToken) {
    log.info("resuming export from checkpointToken={} with idempotencyToken={}", checkpointToken, idempotencyToken);
  }

  public void checkpoint(String position) {
    this.checkpointToken = position;
    log.info("checkpoint saved at {}", position);
  }
}
