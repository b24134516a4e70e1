package corpus.unboundedretry;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An MCP client that (re)connects to its tool servers: each connection is tried a bounded number of times with
 * jittered backoff, and a list of configured servers is walked once.
 */
public class RealisticAppMcpServerReconnect {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppMcpServerReconnect.class);

  interface McpTransport {
    String initialize(String serverUrl) throws IOException;
  }

  record Server(String name, String url) {}

  private final McpTransport transport;
  private final int maxAttempts;

  public RealisticAppMcpServerReconnect(McpTransport transport, int maxAttempts) {
    this.transport = transport;
    this.maxAttempts = maxAttempts;
  }

  public String connect(Server server) throws IOException, InterruptedException {
    int attempt = 0;
    while (true) {
      try {
        return transport.initialize(server.url());
      } catch (IOException e) {
        if (++attempt >= maxAttempts) {
          throw new IOException("MCP server " + server.name() + " unreachable after " + attempt + " attempts", e);
        }
        long jitter = ThreadLocalRandom.current().nextLong(100);
        log.info("MCP server {} not ready (attempt {}), retrying", server.name(), attempt);
        Thread.sleep((500L << attempt) + jitter);
      }
    }
  }

  public String connectAny(List<Server> servers) throws IOException {
    IOException last = null;
    for (Server server : servers) {
      try {
        return transport.initialize(server.url());
      } catch (IOException e) {
        log.warn("MCP server {} failed, trying the next one", server.name(), e);
        last = e;
      }
    }
    throw last != null ? last : new IOException("no MCP servers configured");
  }

  public String connectFirstAvailable(List<Server> servers) throws IOException {
    for (int i = 0; i < servers.size(); i++) {
      try {
        return transport.initialize(servers.get(i).url());
      } catch (IOException e) {
        log.warn("server {} of {} failed", i + 1, servers.size(), e);
      }
    }
    throw new IOException("none of " + servers.size() + " MCP servers answered");
  }
}
