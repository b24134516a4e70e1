package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.util.logging.Logger;

/**
 * Loops that write a message into a buffer in memory and, when it overflows ({@code BufferOverflowException}, raised
 * by the process itself), grow the buffer and go round: they size their output, nothing remote failed, so neither
 * retry rule reports them (a buffer replaced by assignment steps, as any loop that assigns what its call reads). A
 * catch that leaves the buffer as it was, or that also takes a failure of the peer ({@code IOException}), is still a
 * retry.
 */
class BuffersGrownAfterAnOverflow {
  private static final Logger LOG = Logger.getLogger("encoder");

  interface Encoder {
    ByteBuffer encode(String message, ByteBuffer into);
  }

  interface Channel {
    void write(ByteBuffer buffer) throws IOException;
  }

  private final Encoder encoder;
  private final Channel channel;
  private final ThreadLocal<ByteBuffer> buffers = ThreadLocal.withInitial(() -> ByteBuffer.allocate(512));

  BuffersGrownAfterAnOverflow(Encoder encoder, Channel channel) {
    this.encoder = encoder;
    this.channel = channel;
  }

  ByteBuffer acceptsABufferGrownByAHelper(String message) {
    while (true) {
      try {
        return encoder.encode(message, cleared(buffers));
      } catch (BufferOverflowException e) {
        doubleCapacity(buffers);
      }
    }
  }

  ByteBuffer acceptsABufferReplacedByALargerOne(String message) {
    ByteBuffer buffer = ByteBuffer.allocate(256);
    for (;;) {
      try {
        return encoder.encode(message, buffer);
      } catch (BufferOverflowException e) {
        buffer = ByteBuffer.allocate(buffer.capacity() * 2);
      }
    }
  }

  ByteBuffer flagsAnOverflowOnlyLogged(String message) {
    ByteBuffer buffer = ByteBuffer.allocate(256);
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        return encoder.encode(message, buffer);
      } catch (BufferOverflowException e) {
        LOG.warning("message too large for the buffer");
      }
    }
  }

  void flagsAGrowthThatAlsoRetriesTheWrite(String message) {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        channel.write(encoder.encode(message, cleared(buffers)));
        return;
      } catch (BufferOverflowException | IOException e) {
        doubleCapacity(buffers);
      }
    }
  }

  private static ByteBuffer cleared(ThreadLocal<ByteBuffer> buffers) {
    ByteBuffer buffer = buffers.get();
    buffer.clear();
    return buffer;
  }

  private static void doubleCapacity(ThreadLocal<ByteBuffer> buffers) {
    buffers.set(ByteBuffer.allocate(buffers.get().capacity() * 2));
  }
}
