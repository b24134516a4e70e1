package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketException;
import java.nio.channels.DatagramChannel;
import java.util.List;
import java.util.Random;

/**
 * Loops that try another random candidate on each round: a port drawn within a range for a local socket to bind
 * (the last one was taken), a server drawn from a list. No wait helps a port that is taken; the next round asks for
 * another one. A draw without a range sent with the same request (a nonce) and a draw that a wait does not read leave
 * the loop a retry of the same call.
 */
class RandomCandidatesTried {
  interface Gateway {
    String send(String server, String payload) throws IOException;

    String send(String payload, long nonce) throws IOException;
  }

  private final Random random = new Random();

  int acceptsARandomPortBoundAfterATakenOne(int base, int range) throws IOException {
    for (int attempt = 0; attempt < 20; attempt++) {
      int candidate = base + random.nextInt(range);
      try (ServerSocket socket = new ServerSocket(candidate)) {
        return socket.getLocalPort();
      } catch (IOException taken) {
        // another process holds it: draw again
      }
    }
    throw new IOException("no free port in range");
  }

  void acceptsARandomSourcePortForAChannel(DatagramChannel channel, int low, int span) throws IOException {
    for (int attempt = 0; attempt < 64; attempt++) {
      InetSocketAddress source = new InetSocketAddress(low + random.nextInt(span));
      try {
        channel.bind(source);
        return;
      } catch (SocketException inUse) {
        // try another source port
      }
    }
    throw new IOException("no source port");
  }

  String acceptsARandomServerPerAttempt(Gateway gateway, List<String> servers, String payload) throws IOException {
    IOException last = null;
    for (int attempt = 0; attempt < servers.size(); attempt++) {
      String server = servers.get(random.nextInt(servers.size()));
      try {
        return gateway.send(server, payload);
      } catch (IOException e) {
        last = e;
      }
    }
    throw last;
  }

  String flagsANonceSentWithTheSameRequest(Gateway gateway, String payload) throws IOException {
    for (int attempt = 0; attempt < 5; attempt++) { // tracelint-expect: RetryWithoutBackoff
      long nonce = random.nextLong();
      try {
        return gateway.send(payload, nonce);
      } catch (IOException e) {
        System.err.println("attempt " + attempt + " failed: " + e.getMessage());
      }
    }
    throw new IOException("gave up");
  }

  String flagsAJitterDrawnButNeverWaited(Gateway gateway, String server, String payload) throws IOException {
    for (int attempt = 0; attempt < 5; attempt++) { // tracelint-expect: RetryWithoutBackoff
      long pause = 200 + random.nextInt(100);
      try {
        return gateway.send(server, payload);
      } catch (IOException e) {
        System.err.println("retrying in " + pause + " ms");
      }
    }
    throw new IOException("gave up");
  }
}
