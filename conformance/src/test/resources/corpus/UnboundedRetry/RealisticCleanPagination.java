package corpus.unboundedretry;

import java.util.ArrayList;
import java.util.List;

/** Listing traces page by page with a continuation token, and walking a cursor until it is exhausted. */
public class RealisticCleanPagination {
  record Page(List<String> items, String nextPageToken) {}

  interface TraceApi {
    Page list(String projectId, String pageToken, int pageSize);
  }

  interface Cursor {
    boolean hasNext();

    String next();
  }

  private final TraceApi api;

  RealisticCleanPagination(TraceApi api) {
    this.api = api;
  }

  public List<String> listAll(String projectId) {
    List<String> all = new ArrayList<>();
    Page page = api.list(projectId, null, 100);
    all.addAll(page.items());
    while (page.nextPageToken() != null && !page.nextPageToken().isEmpty()) {
      page = api.list(projectId, page.nextPageToken(), 100);
      all.addAll(page.items());
    }
    return all;
  }

  public List<String> listUpTo(String projectId, int limit) {
    List<String> result = new ArrayList<>();
    String token = null;
    do {
      Page page = api.list(projectId, token, Math.min(100, limit - result.size()));
      result.addAll(page.items());
      token = page.nextPageToken();
    } while (token != null && result.size() < limit);
    return result;
  }

  public int countValid(Cursor cursor) {
    int valid = 0;
    while (cursor.hasNext()) {
      try {
        Integer.parseInt(cursor.next());
        valid++;
      } catch (NumberFormatException e) {
        // skip malformed row
      }
    }
    return valid;
  }
}
