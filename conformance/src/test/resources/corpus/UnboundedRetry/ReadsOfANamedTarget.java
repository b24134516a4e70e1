package corpus.unboundedretry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.logging.Logger;

/**
 * {@code read}, {@code select}, {@code accept} and {@code drainTo} take the next items of a source when given where
 * to put them or how many ({@code channel.read(buffer)}, {@code queue.drainTo(batch, max)}): a loop around them drains
 * the source and retries nothing. Given an argument named for the one thing to read ({@code store.read(key)},
 * {@code files.read(path)}), the call is a request for that thing, and a loop that makes it again after a failure is
 * a retry, for both rules.
 */
class ReadsOfANamedTarget {
  private static final Logger LOG = Logger.getLogger("reads");

  interface Store {
    byte[] read(String key) throws IOException;
  }

  interface Files {
    String read(String path) throws IOException;
  }

  private final Store store;
  private final Files files;

  ReadsOfANamedTarget(Store store, Files files) {
    this.store = store;
    this.files = files;
  }

  byte[] flagsAReadOfAKeyRetriedAtOnce(String key) {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        return store.read(key);
      } catch (IOException e) {
        LOG.warning("read failed, trying again: " + e);
      }
    }
  }

  String flagsAReadOfAPathRetriedForever(String configPath) {
    for (;;) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        return files.read(configPath);
      } catch (IOException e) {
        // the config server restarts now and then
      }
    }
  }

  byte[] acceptsAReadOfAKeyWithAttemptsAndBackoff(String key) throws IOException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        return store.read(key);
      } catch (IOException e) {
        if (attempt >= 3) {
          throw e;
        }
        Thread.sleep(200L << attempt);
      }
    }
  }

  void acceptsAChannelDrainedIntoABuffer(ReadableByteChannel channel, List<byte[]> frames) {
    ByteBuffer buffer = ByteBuffer.allocate(4096);
    while (true) {
      try {
        if (channel.read(buffer) < 0) {
          return;
        }
        buffer.flip();
        byte[] frame = new byte[buffer.remaining()];
        buffer.get(frame);
        frames.add(frame);
        buffer.clear();
      } catch (IOException e) {
        LOG.warning("skipping a broken frame: " + e);
      }
    }
  }

  int acceptsAStreamReadIntoAnArray(InputStream in, byte[] chunk) {
    int total = 0;
    while (true) {
      try {
        int read = in.read(chunk, 0, chunk.length);
        if (read < 0) {
          return total;
        }
        total += read;
      } catch (IOException e) {
        LOG.warning("read failed: " + e);
      }
    }
  }

  void acceptsAQueueDrainedInBatches(BlockingQueue<String> queue, List<String> batch, int maxBatch) {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        queue.drainTo(batch, maxBatch);
        batch.clear();
      } catch (IllegalStateException e) {
        LOG.warning("drain failed: " + e);
      }
    }
  }
}
