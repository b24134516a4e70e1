package corpus.unboundedretry;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.util.concurrent.Callable;

/**
 * Loops that go round after a failure that is not the call failing: a channel that says it needs a task run first and
 * hands the task over ({@code e.getTask().run()}), and a read that must finish even if the thread is interrupted,
 * which clears the interrupt to block again and restores it afterwards (the "uninterruptibly" idiom). Still reported:
 * an {@code InterruptedIOException} (a socket timeout is one too) caught and logged, or answered by interrupting the
 * thread again inside the loop, where the next read fails at once; and a call on what the failure carries that only
 * releases it ({@code e.getResponse().close()}).
 */
class FailuresHandledBeforeTheNextTry {
  static final class NeedsTaskException extends IOException {
    private final Runnable task;

    NeedsTaskException(Runnable task) {
      this.task = task;
    }

    Runnable getTask() {
      return task;
    }
  }

  static final class NeedsHandshakeException extends IOException {
    Callable<Void> handshake() {
      return () -> null;
    }
  }

  static final class HttpFailure extends IOException {
    InputStream getResponse() {
      return InputStream.nullInputStream();
    }
  }

  interface TlsChannel {
    int write(ByteBuffer buffer) throws IOException;
  }

  interface Resource {
    byte[] load() throws IOException;
  }

  interface Endpoint {
    byte[] fetch() throws IOException;
  }

  void acceptsAWriteThatRunsTheTaskItNeeds(TlsChannel channel, ByteBuffer buffer) throws IOException {
    while (true) {
      try {
        channel.write(buffer);
        return;
      } catch (NeedsTaskException e) {
        e.getTask().run();
      }
    }
  }

  void acceptsAWriteThatCompletesTheHandshakeItNeeds(TlsChannel channel, ByteBuffer buffer) throws Exception {
    while (true) {
      try {
        channel.write(buffer);
        return;
      } catch (NeedsHandshakeException e) {
        e.handshake().call();
      }
    }
  }

  byte[] acceptsAReadThatIgnoresInterruptsUntilDone(Resource resource) throws IOException {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return resource.load();
        } catch (InterruptedIOException e) {
          Thread.interrupted();
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  byte[] flagsAnInterruptedReadThatIsOnlyLogged(Endpoint endpoint) {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        return endpoint.fetch();
      } catch (InterruptedIOException e) {
        System.err.println("fetch timed out: " + e.getMessage());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  byte[] flagsAnInterruptRestoredInsideTheLoop(Endpoint endpoint) {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        return endpoint.fetch();
      } catch (InterruptedIOException e) {
        Thread.currentThread().interrupt();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  byte[] flagsAFailureWhoseResponseIsOnlyClosed(Endpoint endpoint) throws IOException {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        return endpoint.fetch();
      } catch (HttpFailure e) {
        e.getResponse().close();
      }
    }
  }
}
