package corpus.unboundedretry;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Methods that call themselves from a failure handler but move on or stop (docs/rules/UnboundedRetry.md, "Methods that
 * call themselves to retry"): each call takes the next item from a queue or iterator that every call shares; the
 * handler stops when the resource is closed; a consumed wakeup is finished once and rethrown. The same request sent
 * again, from an iterator made afresh or after every failure, stays a retry.
 */
class SelfCallsThatMoveOn {
  interface Transport {
    CompletableFuture<String> connect(InetSocketAddress address);

    void send(String task) throws IOException;

    String get(String host) throws IOException;
  }

  interface Channel {
    boolean isClosed();

    String fetch() throws IOException;
  }

  interface TailReader {
    CompletableFuture<String> readNext();
  }

  private final Transport transport;
  private final Queue<String> pendingTasks = new ConcurrentLinkedQueue<>();
  private final List<String> hosts;
  private final KafkaConsumer<String, String> consumer;

  SelfCallsThatMoveOn(Transport transport, List<String> hosts, KafkaConsumer<String, String> consumer) {
    this.transport = transport;
    this.hosts = hosts;
    this.consumer = consumer;
  }

  CompletableFuture<String> acceptsTryingTheNextResolvedAddress(Iterator<InetSocketAddress> addresses) {
    return transport.connect(addresses.next())
        .exceptionallyCompose(e -> {
          if (addresses.hasNext()) {
            return acceptsTryingTheNextResolvedAddress(addresses);
          }
          return CompletableFuture.failedFuture(e);
        });
  }

  void acceptsTakingTheNextQueuedTaskAfterAFailure() {
    String task = pendingTasks.poll();
    if (task == null) {
      return;
    }
    try {
      transport.send(task);
    } catch (IOException e) {
      acceptsTakingTheNextQueuedTaskAfterAFailure();
    }
  }

  String flagsFirstHostOfAnIteratorMadeAfresh() {
    Iterator<String> candidates = hosts.iterator();
    String host = candidates.next();
    try {
      return transport.get(host);
    } catch (IOException e) {
      return flagsFirstHostOfAnIteratorMadeAfresh(); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
    }
  }

  void acceptsTailReadStoppedWhenTheReaderIsClosed(TailReader reader) {
    reader.readNext().exceptionallyCompose(e -> {
      if (e.getCause() instanceof ClosedChannelException) {
        return CompletableFuture.completedFuture(null);
      }
      sleepQuietly(Duration.ofMillis(50));
      acceptsTailReadStoppedWhenTheReaderIsClosed(reader);
      return CompletableFuture.completedFuture(null);
    });
  }

  void flagsTailReadRetriedAfterEveryFailure(TailReader reader) {
    reader.readNext().exceptionallyCompose(e -> {
      sleepQuietly(Duration.ofMillis(50));
      flagsTailReadRetriedAfterEveryFailure(reader); // tracelint-expect: UnboundedRetry
      return CompletableFuture.completedFuture(null);
    });
  }

  void acceptsCommitFinishedOnceBeforeTheWakeupIsRethrown(Map<TopicPartition, OffsetAndMetadata> offsets) {
    try {
      consumer.commitSync(offsets);
    } catch (WakeupException e) {
      acceptsCommitFinishedOnceBeforeTheWakeupIsRethrown(offsets);
      throw e;
    }
  }

  void flagsCommitRepeatedOnEveryKafkaFailureBeforeRethrowing(Map<TopicPartition, OffsetAndMetadata> offsets) {
    try {
      consumer.commitSync(offsets);
    } catch (KafkaException e) {
      flagsCommitRepeatedOnEveryKafkaFailureBeforeRethrowing(offsets); // tracelint-expect: UnboundedRetry
      throw e;
    }
  }

  String acceptsReadThatGivesUpOnceTheChannelIsClosed(Channel channel) {
    try {
      return channel.fetch();
    } catch (IOException e) {
      if (channel.isClosed()) {
        return null;
      }
      return acceptsReadThatGivesUpOnceTheChannelIsClosed(channel); // tracelint-expect: RetryWithoutBackoff
    }
  }

  String flagsReadRetriedWhileTheChannelIsClosed(Channel channel) {
    try {
      return channel.fetch();
    } catch (IOException e) {
      if (channel.isClosed()) {
        return flagsReadRetriedWhileTheChannelIsClosed(channel); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      }
      return null;
    }
  }

  private static void sleepQuietly(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
