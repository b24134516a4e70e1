package corpus.unboundedretry;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Lock-free updates of a library's own atomic type built on the JDK's ({@code AtomicPair}, named like the JDK's
 * {@code Atomic...} types), with its static bit helpers and {@code Math} between the read and the compare-and-set: a
 * spin on memory, no retry for either rule. A cluster-wide counter named otherwise ({@code ClusterCounter}) is asked
 * over the network, and a spin that also asks it is judged as any loop.
 */
class SpinsOnInHouseAtomics {
  static final class AtomicPair extends AtomicLong {
    static int high(long encoded) {
      return (int) (encoded >> 32);
    }

    static int low(long encoded) {
      return (int) encoded;
    }

    static long encode(int high, int low) {
      return ((long) high << 32) | (low & 0xFFFFFFFFL);
    }

    boolean compareAndSet(int expectHigh, int high, int expectLow, int low) {
      return compareAndSet(encode(expectHigh, expectLow), encode(high, low));
    }
  }

  interface ClusterCounter {
    boolean tryIncrement(String counter);
  }

  private final AtomicPair state = new AtomicPair();
  private final ClusterCounter cluster;

  SpinsOnInHouseAtomics(ClusterCounter cluster) {
    this.cluster = cluster;
  }

  boolean acceptsALockFreeReleaseOfAnInHouseAtomic() {
    while (true) {
      long encoded = state.get();
      int usage = AtomicPair.high(encoded);
      int holders = AtomicPair.low(encoded);
      int remaining = Math.max(holders - 1, 0);
      if (state.compareAndSet(usage, -1, holders, remaining)) {
        return remaining == 0;
      }
    }
  }

  void acceptsAnInHouseAtomicSpinWithADoWhile() {
    boolean updated;
    do {
      long encoded = state.get();
      updated = state.compareAndSet(encoded, AtomicPair.encode(AtomicPair.high(encoded) + 1, AtomicPair.low(encoded)));
    } while (!updated);
  }

  int acceptsASpinThatCallsAMethodOfAnAnonymousClass(AtomicLong counter) {
    while (true) {
      long seen = counter.get();
      if (counter.compareAndSet(seen, new Object() {
        long plusOne(long value) {
          return value + 1;
        }
      }.plusOne(seen))) {
        return (int) seen;
      }
    }
  }

  void flagsASpinThatAlsoAsksTheClusterCounter(String counter) {
    boolean updated = false;
    do { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      updated = state.compareAndSet(0, 1, 0, 1);
      if (!updated) {
        updated = cluster.tryIncrement(counter);
      }
    } while (!updated);
  }
}
