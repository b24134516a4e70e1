package corpus.unboundedretry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listing code that looks like retrying but steps: pages read by their token, a walk up a folder tree, and a
 * conversation that grows each turn with a step limit. None of them repeats the same request.
 */
public class RealisticModernPagedListing {
  private static final Logger log = LoggerFactory.getLogger(RealisticModernPagedListing.class);

  record Page<T>(List<T> items, String nextPageToken) {
    boolean hasMore() {
      return nextPageToken != null && !nextPageToken.isEmpty();
    }
  }

  record Folder(String id, String parentId, String name) {}

  interface Drive {
    Page<String> list(String folderId, String pageToken);

    Optional<Folder> folder(String id);
  }

  private final Drive drive;

  public RealisticModernPagedListing(Drive drive) {
    this.drive = drive;
  }

  public List<String> listAll(String folderId) {
    List<String> all = new ArrayList<>();
    Page<String> page = drive.list(folderId, null);
    all.addAll(page.items());
    while (page.hasMore()) {
      page = drive.list(folderId, page.nextPageToken());
      all.addAll(page.items());
    }
    return all;
  }

  public String pathOf(String folderId) {
    var path = new StringBuilder();
    Optional<Folder> current = drive.folder(folderId);
    while (current.isPresent()) {
      Folder folder = current.get();
      path.insert(0, "/" + folder.name());
      current = folder.parentId() == null ? Optional.empty() : drive.folder(folder.parentId());
    }
    return path.toString();
  }

  public List<String> listResilient(String folderId) {
    List<String> all = new ArrayList<>();
    String token = null;
    do {
      try {
        Page<String> page = drive.list(folderId, token);
        all.addAll(page.items());
        token = page.nextPageToken();
      } catch (IllegalStateException e) {
        log.warn("skipping an unreadable page of {}", folderId, e);
        token = null;
      }
    } while (token != null);
    return all;
  }
}
