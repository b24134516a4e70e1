package corpus.unboundedretry;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A collector connection: reconnects with a cap and backoff, and tries each configured endpoint once. */
public class RealisticCleanReconnectCapped {
  private static final Logger log = LoggerFactory.getLogger(RealisticCleanReconnectCapped.class);
  private static final int MAX_RECONNECTS = 8;

  private final List<InetSocketAddress> endpoints;

  RealisticCleanReconnectCapped(List<InetSocketAddress> endpoints) {
    this.endpoints = endpoints;
  }

  public Socket connect(InetSocketAddress address) throws IOException, InterruptedException {
    int attempts = 0;
    long backoff = 100;
    while (true) {
      Socket socket = new Socket();
      try {
        socket.connect(address, 2_000);
        return socket;
      } catch (IOException e) {
        socket.close();
        if (++attempts >= MAX_RECONNECTS) {
          throw e;
        }
        log.info("collector {} unreachable (attempt {}), retrying in {} ms", address, attempts, backoff);
        Thread.sleep(backoff);
        backoff = Math.min(backoff * 2, 30_000);
      }
    }
  }

  public Socket connectAny() throws IOException {
    IOException last = new IOException("no endpoints configured");
    for (InetSocketAddress endpoint : endpoints) {
      Socket socket = new Socket();
      try {
        socket.connect(endpoint, 2_000);
        return socket;
      } catch (IOException e) {
        socket.close();
        last = e;
        log.warn("endpoint {} failed, trying next", endpoint);
      }
    }
    throw last;
  }

  public Socket connectWithRecursion(InetSocketAddress address, int attemptsLeft) throws IOException, InterruptedException {
    Socket socket = new Socket();
    try {
      socket.connect(address, 2_000);
      return socket;
    } catch (IOException e) {
      socket.close();
      if (attemptsLeft <= 1) {
        throw e;
      }
      Thread.sleep(500);
      return connectWithRecursion(address, attemptsLeft - 1);
    }
  }
}
