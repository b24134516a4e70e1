package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An MCP tool invoker with a primary and a fallback server: a failure switches to the next server, which is a
 * different target, not the same call again.
 */
public class RealisticAppMcpToolInvokerFallback {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppMcpToolInvokerFallback.class);

  interface McpClient {
    String callTool(URI server, String tool, String argumentsJson) throws IOException;
  }

  private final McpClient client;
  private final URI primary;
  private final URI fallback;

  public RealisticAppMcpToolInvokerFallback(McpClient client, URI primary, URI fallback) {
    this.client = client;
    this.primary = primary;
    this.fallback = fallback;
  }

  public String call(String tool, String argumentsJson) throws IOException {
    URI server = primary;
    for (int hop = 0; hop < 2; hop++) {
      try {
        return client.callTool(server, tool, argumentsJson);
      } catch (IOException e) {
        log.warn("tool {} failed on {}, switching to {}", tool, server, fallback, e);
        server = fallback;
      }
    }
    throw new IOException("tool " + tool + " failed on both servers");
  }

  public String callOnReplicas(List<URI> replicas, String tool, String argumentsJson) throws IOException {
    IOException last = null;
    for (URI replica : replicas) {
      try {
        return client.callTool(replica, tool, argumentsJson);
      } catch (IOException e) {
        last = e;
      }
    }
    throw last != null ? last : new IOException("no replicas");
  }
}
