package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketException;

/**
 * A loop that waits for the next datagram or message with a call named by how it takes it ({@code bufferedReceive()},
 * {@code blockingTake()}) takes the next item each turn, as one calling {@code receive()} does: a timed-out receive
 * is followed by another receive, not by the same request sent again. A name that sends a request and then receives
 * ({@code sendAndReceive}, {@code sendReceive}) is an exchange, and trying it again at once is still a retry.
 */
class QualifiedIntakeNames {
  interface Packet {
    boolean isReply();
  }

  interface Transport {
    Packet bufferedReceive() throws IOException;

    Packet blockingTake() throws IOException;

    Packet sendAndReceive(Packet request) throws IOException;

    Packet sendReceive(Packet request) throws IOException;

    void bufferedSend(Packet packet) throws IOException;
  }

  private final Transport transport;
  private final int maxTimeouts = 5;

  QualifiedIntakeNames(Transport transport) {
    this.transport = transport;
  }

  Packet acceptsReceiveUntilReply(Packet request) throws IOException {
    transport.bufferedSend(request);
    int timeouts = 0;
    while (true) {
      try {
        Packet received = transport.bufferedReceive();
        if (received.isReply()) {
          return received;
        }
      } catch (SocketException | InterruptedIOException e) {
        if (++timeouts >= maxTimeouts) {
          throw new IOException("Connection timed out.");
        }
      }
    }
  }

  void acceptsWorkerTakingTheNextMessage() {
    while (true) {
      try {
        Packet next = transport.blockingTake();
        handle(next);
      } catch (IOException e) {
        report(e);
      }
    }
  }

  Packet flagsExchangeTriedAgainAtOnce(Packet request) throws IOException {
    int attempts = 0;
    while (true) { // tracelint-expect: RetryWithoutBackoff -- tries again immediately
      try {
        return transport.sendAndReceive(request);
      } catch (IOException e) {
        if (++attempts >= maxTimeouts) {
          throw e;
        }
      }
    }
  }

  Packet flagsTwoWordExchangeTriedAgainAtOnce(Packet request) throws IOException {
    for (int attempt = 0; ; attempt++) { // tracelint-expect: RetryWithoutBackoff -- tries again immediately
      try {
        return transport.sendReceive(request);
      } catch (IOException e) {
        if (attempt >= maxTimeouts) {
          throw e;
        }
      }
    }
  }

  private void handle(Packet packet) {}

  private void report(Exception e) {}
}
