package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/** Failing over across regional endpoints: each attempt goes to a different host, so no wait is needed. */
public class RealisticCleanFailoverEndpoints {
  interface Client {
    String get(String host, String path) throws IOException;
  }

  private final Client client;
  private final List<String> hosts;

  RealisticCleanFailoverEndpoints(Client client, List<String> hosts) {
    this.client = client;
    this.hosts = hosts;
  }

  public String get(String path) throws IOException {
    IOException last = null;
    for (int i = 0; i < hosts.size(); i++) {
      try {
        return client.get(hosts.get(i), path);
      } catch (IOException e) {
        last = e;
      }
    }
    throw last != null ? last : new IOException("no hosts");
  }

  public String getByIterator(String path) throws IOException {
    Iterator<String> remaining = hosts.iterator();
    String host = remaining.next();
    while (true) {
      try {
        return client.get(host, path);
      } catch (IOException e) {
        if (!remaining.hasNext()) {
          throw e;
        }
        host = remaining.next();
      }
    }
  }
}
