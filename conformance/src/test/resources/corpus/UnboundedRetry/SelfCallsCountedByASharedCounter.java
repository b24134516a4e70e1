package corpus.unboundedretry;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Methods that call themselves to retry, counting their attempts in a counter object the caller hands in
 * (docs/rules/UnboundedRetry.md, "Methods that call themselves to retry"): a parameter of an atomic counter type
 * ({@code AtomicInteger}, {@code AtomicLong}) or one the unit steps ({@code tries.increment()}), passed on unchanged to
 * the self-call, carries the count from call to call as a field does, so a guard that leaves once it passes a limit
 * ({@code if (attempts.incrementAndGet() >= 4) throw e;}) bounds the recursion.
 * A counter the method makes itself starts again at zero on every call, and a guard that only warns once the count
 * passes its limit leaves nothing: both stay unbounded.
 */
class SelfCallsCountedByASharedCounter {
  interface Uploader {
    String upload(byte[] chunk) throws IOException;
  }

  private final Uploader uploader;

  SelfCallsCountedByASharedCounter(Uploader uploader) {
    this.uploader = uploader;
  }

  String acceptsUploadCountedInACounterPassedOn(byte[] chunk, AtomicInteger attempts)
      throws IOException, InterruptedException {
    try {
      return uploader.upload(chunk);
    } catch (IOException e) {
      if (attempts.incrementAndGet() >= 4) {
        throw e;
      }
      Thread.sleep(200L * attempts.get());
      return acceptsUploadCountedInACounterPassedOn(chunk, attempts);
    }
  }

  String acceptsUploadGivingUpWhenALongCounterRunsPastItsLimit(byte[] chunk, AtomicLong failures, long limit)
      throws IOException, InterruptedException {
    try {
      return uploader.upload(chunk);
    } catch (IOException e) {
      if (failures.getAndIncrement() > limit) {
        throw new IOException("gave up after " + limit + " failures", e);
      }
      Thread.sleep(500);
      return acceptsUploadGivingUpWhenALongCounterRunsPastItsLimit(chunk, failures, limit);
    }
  }

  String acceptsUploadCountedByAnAdderStepped(byte[] chunk, LongAdder tries) throws IOException, InterruptedException {
    try {
      return uploader.upload(chunk);
    } catch (IOException e) {
      tries.increment();
      if (tries.sum() >= 3) {
        throw e;
      }
      Thread.sleep(300);
      return acceptsUploadCountedByAnAdderStepped(chunk, tries);
    }
  }

  String flagsUploadThatOnlyWarnsOnceTheCounterPassesItsLimit(byte[] chunk, AtomicInteger attempts)
      throws InterruptedException {
    try {
      return uploader.upload(chunk);
    } catch (IOException e) {
      if (attempts.incrementAndGet() >= 4) {
        System.err.println("still failing after " + attempts.get() + " attempts: " + e);
      }
      Thread.sleep(200);
      return flagsUploadThatOnlyWarnsOnceTheCounterPassesItsLimit(chunk, attempts); // tracelint-expect: UnboundedRetry -- retries by calling itself
    }
  }

  String flagsUploadCountingInACounterOfItsOwn(byte[] chunk) throws IOException, InterruptedException {
    AtomicInteger attempts = new AtomicInteger();
    try {
      return uploader.upload(chunk);
    } catch (IOException e) {
      if (attempts.incrementAndGet() >= 4) {
        throw e;
      }
      Thread.sleep(200);
      return flagsUploadCountingInACounterOfItsOwn(chunk); // tracelint-expect: UnboundedRetry
    }
  }
}
