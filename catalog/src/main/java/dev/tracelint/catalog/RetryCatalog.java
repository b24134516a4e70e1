package dev.tracelint.catalog;

import dev.tracelint.catalog.RetrySetting.ArgumentValue;
import dev.tracelint.catalog.RetrySetting.Site;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What UnboundedRetry and RetryWithoutBackoff know, for both engines: the calls that wait between attempts, the calls
 * that show a deadline or an interruption check, the calls that take new work (so a loop around them is a worker, not a
 * retry), and the retry-library settings that mean "no limit" or "no wait". The user's {@code BackoffMethods} option
 * extends (never replaces) the waits. The decision procedure itself is written down in
 * {@code docs/rules/UnboundedRetry.md} and {@code docs/rules/RetryWithoutBackoff.md}.
 */
public final class RetryCatalog {

  /** The RetryWithoutBackoff option naming in-house wait or backoff helpers: {@code -XepOpt:RetryWithoutBackoff:BackoffMethods=...}, PMD {@code backoffMethods}. */
  public static final String BACKOFF_METHODS_OPTION = "BackoffMethods";

  /**
   * A call that pauses the thread between attempts, or that paces its own attempts inside (a self-paced call: a
   * client call that retries with a backoff until its timeout before it fails).
   *
   * @param method the call; a receiver of a subtype of the owner also counts
   * @param minArguments the fewest arguments it needs to count: {@code Future#get} waits without bound unless given a
   *     timeout, which is a hang rather than a backoff, so it needs two
   */
  public record WaitCall(MethodRef method, int minArguments) {}

  /**
   * A call in a retry library's fluent chain that bounds the whole retry by time, so that an unlimited attempt count
   * in the same chain is not unbounded.
   *
   * @param method the call
   * @param mustFollow whether it only bounds the retry when it comes after the setting in the chain (Reactor's
   *     {@code timeout} before {@code retry()} limits each attempt, not the retry)
   */
  public record TimeBound(MethodRef method, boolean mustFollow) {}

  private static final String DEFAULTS = "default catalogue";
  private static final String RX_PACKAGE = "io.reactivex.rxjava3.core.";

  private static final List<WaitCall> DEFAULT_WAITS = List.of(
      waitCall("java.lang.Thread#sleep", 1),
      waitCall("java.util.concurrent.TimeUnit#sleep", 1),
      waitCall("java.util.concurrent.locks.LockSupport#parkNanos", 1),
      waitCall("java.util.concurrent.locks.LockSupport#parkUntil", 1),
      waitCall("java.lang.Object#wait", 0),
      waitCall("java.util.concurrent.Future#get", 2),
      waitCall("java.util.concurrent.CountDownLatch#await", 2),
      waitCall("java.util.concurrent.locks.Condition#await", 0),
      waitCall("java.util.concurrent.locks.Condition#awaitNanos", 1),
      waitCall("java.util.concurrent.locks.Condition#awaitUntil", 1),
      waitCall("java.util.concurrent.BlockingQueue#poll", 2),
      waitCall("java.util.concurrent.ScheduledExecutorService#schedule", 3),
      waitCall("com.google.common.util.concurrent.Uninterruptibles#sleepUninterruptibly", 2),
      // Spring's BackOffExecution hands out the next interval: consulting a backoff object is how backoff is spelled
      waitCall("org.springframework.util.backoff.BackOffExecution#nextBackOff", 0),
      waitCall("io.github.resilience4j.core.IntervalFunction#apply", 1),
      // a rate limiter's acquire blocks until the next permit: an attempt that takes one is spaced from the last
      waitCall("com.google.common.util.concurrent.RateLimiter#acquire", 0),
      // self-paced calls: they retry retriable failures inside, sleeping the client's retry.backoff.ms between tries,
      // until their timeout (default.api.timeout.ms without one), so a retry of the call follows a paced one; the
      // implementation is listed too for the engines that cannot see its supertype (PMD without auxclasspath)
      waitCall("org.apache.kafka.clients.consumer.Consumer#commitSync", 0),
      waitCall("org.apache.kafka.clients.consumer.KafkaConsumer#commitSync", 0),
      // Cosmos DB's item operations retry a throttled request inside (nine times within 30 s by default, each after
      // the wait the service asks for) and fail over between regions after a pause of their own
      waitCall("com.azure.cosmos.CosmosAsyncContainer#createItem", 0),
      waitCall("com.azure.cosmos.CosmosAsyncContainer#upsertItem", 0),
      waitCall("com.azure.cosmos.CosmosAsyncContainer#replaceItem", 0),
      waitCall("com.azure.cosmos.CosmosAsyncContainer#readItem", 0),
      waitCall("com.azure.cosmos.CosmosAsyncContainer#deleteItem", 0),
      waitCall("com.azure.cosmos.CosmosAsyncContainer#patchItem", 0),
      waitCall("com.azure.cosmos.CosmosAsyncContainer#readMany", 0),
      waitCall("com.azure.cosmos.CosmosAsyncContainer#executeCosmosBatch", 0),
      waitCall("com.azure.cosmos.CosmosContainer#createItem", 0),
      waitCall("com.azure.cosmos.CosmosContainer#upsertItem", 0),
      waitCall("com.azure.cosmos.CosmosContainer#replaceItem", 0),
      waitCall("com.azure.cosmos.CosmosContainer#readItem", 0),
      waitCall("com.azure.cosmos.CosmosContainer#deleteItem", 0),
      waitCall("com.azure.cosmos.CosmosContainer#patchItem", 0),
      waitCall("com.azure.cosmos.CosmosContainer#readMany", 0),
      waitCall("com.azure.cosmos.CosmosContainer#executeCosmosBatch", 0));

  /**
   * Words that, inside a called method's name (case-insensitive), make the call count as a wait: a project helper
   * such as {@code sleepQuietly}, {@code backoff.pause(attempt)} or {@code waitBeforeRetry()}.
   */
  public static final List<String> BACKOFF_NAME_WORDS = List.of("backoff", "sleep", "pause", "delay", "wait");

  /**
   * Words of a wait-named call's name that say it works out how long to wait rather than waiting
   * ({@code computeBackoff(attempt)}, {@code policy.delayFor(attempt)}, {@code nextDelay()}, {@code backoffMillis(n)}):
   * whole camel-case words, ignoring case. See {@link #isWaitAmountName}.
   */
  public static final Set<String> WAIT_AMOUNT_NAME_WORDS = Set.of("next", "compute", "calculate", "calc", "for",
      "millis", "ms", "nanos", "seconds", "duration", "interval", "amount");

  /** The wait words that name the act of waiting ({@code sleepFor(ms)}, {@code pauseMillis(n)}), not an amount. */
  private static final List<String> WAIT_ACTION_NAME_WORDS = List.of("sleep", "pause", "wait");

  /**
   * Calls that hand out the next wait of a backoff object without waiting: Spring's
   * {@code BackOffExecution#nextBackOff}, Resilience4j's {@code IntervalFunction#apply}. They count as waits (the
   * value is usually slept) unless the value is only reported.
   */
  public static final List<MethodRef> WAIT_AMOUNT_CALLS = refs(
      "org.springframework.util.backoff.BackOffExecution#nextBackOff",
      "io.github.resilience4j.core.IntervalFunction#apply");

  /**
   * Whether a wait-named call's simple name reads as working out an amount of waiting: it holds a word of
   * {@link #WAIT_AMOUNT_NAME_WORDS} and none of the words that name the act ({@code sleep}, {@code pause},
   * {@code wait}). {@code delayFor}, {@code computeBackoff}, {@code backoffMillis}; not {@code sleepFor},
   * {@code backoff}, {@code delay}.
   */
  public static boolean isWaitAmountName(String methodName) {
    String lower = methodName.toLowerCase(Locale.ROOT);
    if (WAIT_ACTION_NAME_WORDS.stream().anyMatch(lower::contains)) {
      return false;
    }
    for (String word : camelCaseWords(methodName)) {
      if (WAIT_AMOUNT_NAME_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Names that contain a wait word and do not wait: {@code Thread.onSpinWait()} hints that the thread busy-spins, the
   * loop still goes round at once.
   */
  private static final Set<String> SPIN_HINTS = Set.of("onSpinWait");

  /** Calls that read a clock or a deadline: a retry whose exit condition uses one is bounded by time. */
  public static final List<MethodRef> DEADLINE_CALLS = refs(
      "java.lang.System#nanoTime",
      "java.lang.System#currentTimeMillis",
      "java.time.Instant#now",
      "java.time.Instant#isAfter",
      "java.time.Instant#isBefore",
      "java.time.Clock#millis",
      "java.time.Clock#instant",
      "java.time.Duration#between",
      "com.google.common.base.Stopwatch#elapsed",
      "io.grpc.Deadline#isExpired",
      "io.grpc.Deadline#timeRemaining");

  /** Calls that check for interruption or cancellation: a retry whose exit condition uses one can be stopped. */
  public static final List<MethodRef> INTERRUPTION_CALLS = refs(
      "java.lang.Thread#isInterrupted",
      "java.lang.Thread#interrupted",
      "java.util.concurrent.Future#isCancelled",
      "java.util.concurrent.Future#isDone",
      "java.util.concurrent.ExecutorService#isShutdown",
      "java.util.concurrent.ExecutorService#isTerminated");

  /**
   * Calls that end the process: a retry loop that calls one of them on its failure path gives up (a client that exits
   * after 40 failed reconnects is bounded), like one that throws. Matched by owner and name.
   */
  public static final List<MethodRef> PROCESS_EXIT_CALLS = refs(
      "java.lang.System#exit",
      "java.lang.Runtime#exit",
      "java.lang.Runtime#halt");

  /**
   * Simple names of calls that take the next piece of work: a loop that calls one of them (outside its catch) moves on
   * to new work on each turn, like {@code job = queue.take()}, so it is a worker or event loop, not a retry of the same
   * call. Matched by name alone so both engines (and PMD without an auxclasspath) agree.
   */
  public static final Set<String> WORK_INTAKE_METHOD_NAMES = Set.of(
      "take", "poll", "pollFirst", "pollLast", "next", "nextLine", "nextElement", "receive", "receiveMessage",
      "accept", "readLine", "dequeue", "pop", "select", "drainTo");

  /**
   * Intake verbs that end a qualified name: {@code bufferedReceive()}, {@code blockingTake()}, {@code doDequeue()} take
   * the next item as {@code receive()} does, the first word saying how.
   */
  private static final List<String> QUALIFIED_INTAKE_VERBS = List.of("Receive", "Take", "Dequeue");

  /** See {@link #isQualifiedIntakeName}. */
  private static final Set<String> REQUEST_SENDING_QUALIFIERS = Set.of(
      "send", "request", "exchange", "call", "invoke", "post", "fetch", "execute", "rpc");

  /**
   * Work-intake names whose argument says what is taken ({@code read(id)}, {@code select(query)},
   * {@code drainTo(list)}), not when: given an argument, such a call asks for that thing again, as a request does.
   */
  public static final Set<String> WORK_INTAKE_NAMES_TAKING_A_TARGET = Set.of("read", "accept", "select", "drainTo");

  /**
   * The last camel-case word (any case) of an argument that names the one thing a call reads
   * ({@code store.read(key)}, {@code files.read(path)}, {@code repository.read(documentId)}, {@code db.select(query)}):
   * given one, an intake name ({@link #WORK_INTAKE_NAMES_TAKING_A_TARGET}) asks for that thing, as a request does, and
   * a loop that calls it again after a failure retries it. A buffer, a collection to drain into, a count or a timeout
   * ({@code channel.read(buffer)}, {@code queue.drainTo(batch, max)}) says where or how much, and the call takes the
   * next items.
   */
  public static final Set<String> READ_TARGET_WORDS = Set.of(
      "id", "key", "path", "name", "uri", "url", "query", "request", "file", "location");

  /** Whether a variable, field or getter named so names what a call reads ({@link #READ_TARGET_WORDS}). */
  public static boolean isReadTargetName(String name) {
    if (name == null) {
      return false;
    }
    List<String> words = camelCaseWords(name);
    return !words.isEmpty() && READ_TARGET_WORDS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a variable, field or getter named so identifies the one thing a poll asks about: its last camel-case word
   * is {@code id} ({@code client.poll(runId)}, {@code operations.poll(operation.getId())}). Given one, {@code poll}
   * asks about that thing again, as a request does; a name, key or address may say which source to take from
   * ({@code broker.poll(queueName)}) and keeps the call an intake.
   */
  public static boolean isAskedIdentityName(String name) {
    if (name == null) {
      return false;
    }
    List<String> words = camelCaseWords(name);
    return !words.isEmpty() && "id".equalsIgnoreCase(words.get(words.size() - 1));
  }

  /**
   * Simple names of calls that take the next piece of work when given no argument: a queue's {@code remove()},
   * a deque's {@code removeFirst()} (with an argument, {@code remove(item)} removes that item), a producer's
   * {@code produce()} handing out its next task (with an argument, {@code produce(record)} sends that record).
   */
  public static final Set<String> WORK_INTAKE_NO_ARGUMENT_NAMES =
      Set.of("remove", "removeFirst", "removeLast", "produce");

  /**
   * Calls that take the next piece of work with any arguments, matched by owner: a reference queue's
   * {@code remove(timeout)} blocks until the next reference is enqueued (a cleaner thread's intake).
   */
  /**
   * Calls that give a local file a permission an attempt on it lacked ({@code file.setWritable(true)},
   * {@code Files.setPosixFilePermissions(path, perms)}): a retry that makes one first repairs the cause of the failure,
   * and its next attempt is a new request that no wait improves.
   */
  public static final List<MethodRef> FILE_PERMISSION_REPAIRS = refs("java.io.File#setWritable",
      "java.io.File#setReadable", "java.io.File#setExecutable", "java.nio.file.Files#setPosixFilePermissions",
      "java.nio.file.Files#setAttribute");

  public static final List<MethodRef> WORK_INTAKE_CALLS = refs("java.lang.ref.ReferenceQueue#remove");

  /**
   * The fields that are a zero duration: {@code java.time.Duration.ZERO} and Apache HttpCore's
   * {@code TimeValue.ZERO_MILLISECONDS}.
   */
  public static final List<MethodRef> ZERO_DURATION_FIELDS = List.of(
      new MethodRef("java.time.Duration", "ZERO"), new MethodRef("org.apache.hc.core5.util.TimeValue", "ZERO_MILLISECONDS"));

  /** The duration types whose factories take the amount first, each with those factories. */
  private static final Map<String, Set<String>> DURATION_FACTORIES = Map.of(
      "java.time.Duration", Set.of("of", "ofNanos", "ofMillis", "ofSeconds", "ofMinutes", "ofHours", "ofDays"),
      "org.apache.hc.core5.util.TimeValue", Set.of("of", "ofNanoseconds", "ofMicroseconds", "ofMilliseconds",
          "ofSeconds", "ofMinutes", "ofHours", "ofDays"));

  private static final List<String> NO_ELEMENTS = List.of();

  private static final List<RetrySetting> SETTINGS = defaultSettings();

  private static List<RetrySetting> defaultSettings() {
    List<RetrySetting> settings = new ArrayList<>(List.of(
      // Resilience4j: default 3 attempts, 500 ms fixed wait
      call("io.github.resilience4j.retry.RetryConfig.Builder#maxAttempts", 1, 0, ArgumentValue.UNLIMITED_COUNT,
          RetryProblem.UNBOUNDED, "set a bounded number of attempts"),
      call("io.github.resilience4j.retry.RetryConfig.Builder#waitDuration", 1, 0, ArgumentValue.ZERO_DURATION,
          RetryProblem.NO_WAIT, "wait between attempts, e.g. intervalFunction(IntervalFunction.ofExponentialBackoff(...))"),
      call("io.github.resilience4j.core.IntervalFunction#of", 1, 0, ArgumentValue.ZERO,
          RetryProblem.NO_WAIT, "use IntervalFunction.ofExponentialBackoff(...)"),
      call("io.github.resilience4j.core.IntervalFunction#of", 1, 0, ArgumentValue.ZERO_DURATION,
          RetryProblem.NO_WAIT, "use IntervalFunction.ofExponentialBackoff(...)"),
      // Failsafe: default 2 retries with no delay; -1 means no limit
      call("dev.failsafe.RetryPolicyBuilder#withMaxRetries", 1, 0, ArgumentValue.MINUS_ONE,
          RetryProblem.UNBOUNDED, "set a bounded number of retries or withMaxDuration(...)"),
      call("dev.failsafe.RetryPolicyBuilder#withMaxRetries", 1, 0, ArgumentValue.UNLIMITED_COUNT,
          RetryProblem.UNBOUNDED, "set a bounded number of retries or withMaxDuration(...)"),
      call("dev.failsafe.RetryPolicyBuilder#withMaxAttempts", 1, 0, ArgumentValue.MINUS_ONE,
          RetryProblem.UNBOUNDED, "set a bounded number of attempts or withMaxDuration(...)"),
      call("dev.failsafe.RetryPolicyBuilder#withMaxAttempts", 1, 0, ArgumentValue.UNLIMITED_COUNT,
          RetryProblem.UNBOUNDED, "set a bounded number of attempts or withMaxDuration(...)"),
      call("dev.failsafe.RetryPolicy#ofDefaults", 0, RetrySetting.NO_ARGUMENT, ArgumentValue.ANY,
          RetryProblem.NO_WAIT, "use RetryPolicy.builder() with withBackoff(...) or withDelay(...)"),
      call("dev.failsafe.RetryPolicyBuilder#withDelay", 1, 0, ArgumentValue.ZERO_DURATION,
          RetryProblem.NO_WAIT, "use withBackoff(...) or a non-zero withDelay(...)"),
      // Spring Retry
      annotation("org.springframework.retry.annotation.Retryable#maxAttempts", ArgumentValue.UNLIMITED_COUNT,
          List.of("maxAttemptsExpression"), RetryProblem.UNBOUNDED, "set a bounded maxAttempts"),
      annotation("org.springframework.retry.annotation.Backoff#value", ArgumentValue.ZERO, List.of("delay", "delayExpression"),
          RetryProblem.NO_WAIT, "set a non-zero delay, ideally with a multiplier"),
      constructor("org.springframework.retry.policy.AlwaysRetryPolicy", RetrySetting.ANY_ARITY, RetrySetting.NO_ARGUMENT,
          ArgumentValue.ANY, RetryProblem.UNBOUNDED, "use a SimpleRetryPolicy with a bounded number of attempts"),
      constructor("org.springframework.retry.policy.SimpleRetryPolicy", RetrySetting.ANY_ARITY, 0,
          ArgumentValue.UNLIMITED_COUNT, RetryProblem.UNBOUNDED, "set a bounded number of attempts"),
      constructor("org.springframework.retry.backoff.NoBackOffPolicy", RetrySetting.ANY_ARITY,
          RetrySetting.NO_ARGUMENT, ArgumentValue.ANY, RetryProblem.NO_WAIT,
          "use an ExponentialBackOffPolicy or a FixedBackOffPolicy"),
      call("org.springframework.retry.support.RetryTemplateBuilder#infiniteRetry", 0, RetrySetting.NO_ARGUMENT,
          ArgumentValue.ANY, RetryProblem.UNBOUNDED, "use maxAttempts(...) or withTimeout(...)"),
      call("org.springframework.retry.support.RetryTemplateBuilder#maxAttempts", 1, 0, ArgumentValue.UNLIMITED_COUNT,
          RetryProblem.UNBOUNDED, "set a bounded number of attempts"),
      call("org.springframework.retry.support.RetryTemplateBuilder#noBackoff", 0, RetrySetting.NO_ARGUMENT,
          ArgumentValue.ANY, RetryProblem.NO_WAIT, "use exponentialBackoff(...) or fixedBackoff(...)"),
      call("org.springframework.retry.support.RetryTemplate#defaultInstance", 0, RetrySetting.NO_ARGUMENT,
          ArgumentValue.ANY, RetryProblem.NO_WAIT, "use RetryTemplate.builder() with exponentialBackoff(...)"),
      // Spring Framework 7 core retry and @Retryable (default 3 retries, 1 s delay)
      annotation("org.springframework.resilience.annotation.Retryable#maxRetries", ArgumentValue.UNLIMITED_COUNT,
          List.of("maxRetriesString", "timeout", "timeoutString"), RetryProblem.UNBOUNDED,
          "set a bounded maxRetries or a timeout"),
      annotation("org.springframework.resilience.annotation.Retryable#delay", ArgumentValue.ZERO,
          List.of("delayString", "jitter", "jitterString"), RetryProblem.NO_WAIT, "set a non-zero delay"),
      call("org.springframework.core.retry.RetryPolicy#withMaxRetries", 1, 0, ArgumentValue.UNLIMITED_COUNT,
          RetryProblem.UNBOUNDED, "set a bounded number of retries"),
      call("org.springframework.core.retry.RetryPolicy.Builder#maxRetries", 1, 0, ArgumentValue.UNLIMITED_COUNT,
          RetryProblem.UNBOUNDED, "set a bounded number of retries or a timeout(...)"),
      // RetryPolicy.Builder#build() hands delay.toMillis() to an ExponentialBackOff as its initial interval (7.0.10):
      // zero times any multiplier stays zero; only a jitter (WAIT_OVERRIDES) draws a wait from zero
      call("org.springframework.core.retry.RetryPolicy.Builder#delay", 1, 0, ArgumentValue.ZERO_DURATION,
          RetryProblem.NO_WAIT, "set a non-zero delay, ideally with a multiplier and a jitter"),
      // Spring core backoff (spring-core): FixedBackOff.UNLIMITED_ATTEMPTS == Long.MAX_VALUE
      constructor("org.springframework.util.backoff.FixedBackOff", 2, 1, ArgumentValue.UNLIMITED_COUNT,
          RetryProblem.UNBOUNDED, "set a bounded number of attempts"),
      // new FixedBackOff(0, 0): no retry at all, so no wait is missing
      constructor("org.springframework.util.backoff.FixedBackOff", 2, 0, ArgumentValue.ZERO,
          RetryProblem.NO_WAIT, "set a non-zero interval or use an ExponentialBackOff").unlessNoRetryAt(1),
      constructor("org.springframework.util.backoff.FixedBackOff", 1, 0, ArgumentValue.ZERO,
          RetryProblem.NO_WAIT, "set a non-zero interval or use an ExponentialBackOff"),
      call("org.springframework.util.backoff.FixedBackOff#setMaxAttempts", 1, 0, ArgumentValue.UNLIMITED_COUNT,
          RetryProblem.UNBOUNDED, "set a bounded number of attempts"),
      // Apache HttpClient 5: new DefaultHttpRequestRetryStrategy() retries once after 1 s; (maxRetries, interval)
      constructor("org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy", 2, 0,
          ArgumentValue.UNLIMITED_COUNT, RetryProblem.UNBOUNDED, "set a bounded number of retries"),
      constructor("org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy", 2, 1,
          ArgumentValue.ZERO_DURATION, RetryProblem.NO_WAIT, "set a non-zero retry interval").unlessNoRetryAt(0),
      // AWS SDK for Java 2.x retry strategies (standard: 3 attempts, exponential backoff with jitter)
      call("software.amazon.awssdk.retries.api.RetryStrategy.Builder#maxAttempts", 1, 0,
          ArgumentValue.UNLIMITED_COUNT, RetryProblem.UNBOUNDED, "set a bounded number of attempts"),
      call("software.amazon.awssdk.retries.api.BackoffStrategy#retryImmediately", 0, RetrySetting.NO_ARGUMENT,
          ArgumentValue.ANY, RetryProblem.NO_WAIT, "use BackoffStrategy.exponentialDelay(...)"),
      call("org.springframework.util.backoff.ExponentialBackOff#setMaxAttempts", 1, 0, ArgumentValue.UNLIMITED_COUNT,
          RetryProblem.UNBOUNDED, "set a bounded number of attempts or setMaxElapsedTime(...)"),
      // guava-retrying
      call("com.github.rholder.retry.StopStrategies#neverStop", 0, RetrySetting.NO_ARGUMENT, ArgumentValue.ANY,
          RetryProblem.UNBOUNDED, "use stopAfterAttempt(...) or stopAfterDelay(...)"),
      call("com.github.rholder.retry.WaitStrategies#noWait", 0, RetrySetting.NO_ARGUMENT, ArgumentValue.ANY,
          RetryProblem.NO_WAIT, "use exponentialWait(...) or fixedWait(...)"),
      // Reactor: retry() is retry(Long.MAX_VALUE); retry(n) and Retry.max(n) resubscribe at once
      call("reactor.core.publisher.Mono#retry", 0, RetrySetting.NO_ARGUMENT, ArgumentValue.ANY,
          RetryProblem.UNBOUNDED, "use retryWhen(Retry.backoff(maxAttempts, minBackoff))"),
      call("reactor.core.publisher.Flux#retry", 0, RetrySetting.NO_ARGUMENT, ArgumentValue.ANY,
          RetryProblem.UNBOUNDED, "use retryWhen(Retry.backoff(maxAttempts, minBackoff))"),
      call("reactor.core.publisher.Mono#retry", 1, 0, ArgumentValue.UNLIMITED_COUNT,
          RetryProblem.UNBOUNDED, "use retryWhen(Retry.backoff(maxAttempts, minBackoff))"),
      call("reactor.core.publisher.Flux#retry", 1, 0, ArgumentValue.UNLIMITED_COUNT,
          RetryProblem.UNBOUNDED, "use retryWhen(Retry.backoff(maxAttempts, minBackoff))"),
      call("reactor.util.retry.Retry#indefinitely", 0, RetrySetting.NO_ARGUMENT, ArgumentValue.ANY,
          RetryProblem.UNBOUNDED, "use Retry.backoff(maxAttempts, minBackoff)"),
      call("reactor.util.retry.Retry#max", 1, 0, ArgumentValue.UNLIMITED_COUNT,
          RetryProblem.UNBOUNDED, "use Retry.backoff(maxAttempts, minBackoff)"),
      call("reactor.util.retry.Retry#maxInARow", 1, 0, ArgumentValue.UNLIMITED_COUNT,
          RetryProblem.UNBOUNDED, "use Retry.backoff(maxAttempts, minBackoff)"),
      call("reactor.util.retry.Retry#backoff", 2, 0, ArgumentValue.UNLIMITED_COUNT,
          RetryProblem.UNBOUNDED, "set a bounded number of attempts"),
      call("reactor.util.retry.Retry#fixedDelay", 2, 0, ArgumentValue.UNLIMITED_COUNT,
          RetryProblem.UNBOUNDED, "set a bounded number of attempts"),
      // RetryBackoffSpec (3.8.8) waits minBackoff * multiplier^n, capped at maxBackoff, and resubscribes at once when
      // that is zero, jitter or not: a zero minBackoff is no wait (fixedDelay sets min and max to its delay)
      call("reactor.util.retry.Retry#backoff", 2, 1, ArgumentValue.ZERO_DURATION,
          RetryProblem.NO_WAIT, "give a non-zero minBackoff"),
      call("reactor.util.retry.Retry#fixedDelay", 2, 1, ArgumentValue.ZERO_DURATION,
          RetryProblem.NO_WAIT, "give a non-zero delay, or use Retry.backoff(maxAttempts, minBackoff)"),
      call("reactor.util.retry.RetrySpec#maxAttempts", 1, 0, ArgumentValue.UNLIMITED_COUNT,
          RetryProblem.UNBOUNDED, "set a bounded number of attempts"),
      call("reactor.util.retry.RetryBackoffSpec#maxAttempts", 1, 0, ArgumentValue.UNLIMITED_COUNT,
          RetryProblem.UNBOUNDED, "set a bounded number of attempts"),
      call("reactor.core.publisher.Mono#retry", RetrySetting.ANY_ARITY, RetrySetting.NO_ARGUMENT, ArgumentValue.ANY,
          RetryProblem.NO_WAIT, "use retryWhen(Retry.backoff(maxAttempts, minBackoff))"),
      call("reactor.core.publisher.Flux#retry", RetrySetting.ANY_ARITY, RetrySetting.NO_ARGUMENT, ArgumentValue.ANY,
          RetryProblem.NO_WAIT, "use retryWhen(Retry.backoff(maxAttempts, minBackoff))"),
      // Retry.max(0): no retry at all, so no wait is missing
      call("reactor.util.retry.Retry#max", 1, RetrySetting.NO_ARGUMENT, ArgumentValue.ANY,
          RetryProblem.NO_WAIT, "use Retry.backoff(maxAttempts, minBackoff)").unlessNoRetryAt(0),
      call("reactor.util.retry.Retry#maxInARow", 1, RetrySetting.NO_ARGUMENT, ArgumentValue.ANY,
          RetryProblem.NO_WAIT, "use Retry.backoff(maxAttempts, minBackoff)").unlessNoRetryAt(0),
      call("reactor.util.retry.Retry#indefinitely", 0, RetrySetting.NO_ARGUMENT, ArgumentValue.ANY,
          RetryProblem.NO_WAIT, "use Retry.backoff(maxAttempts, minBackoff)")));
    // RxJava 3: retry() and retry(Predicate) never stop; every retry overload resubscribes at once
    for (String type : List.of("Observable", "Flowable", "Single", "Maybe", "Completable")) {
      settings.addAll(rx(type));
    }
    return List.copyOf(settings);
  }

  private static final String SPRING_BACK_OFF = "org.springframework.util.backoff.BackOff";

  /**
   * The end of a type's simple name that says a value recovers a failed record rather than pacing its redelivery
   * ({@code ConsumerRecordRecoverer}, {@code DeadLetterPublishingRecoverer}): read when the engine could not resolve
   * which constructor of an error handler a call picks.
   */
  public static final String RECOVERER_NAME_SUFFIX = "Recoverer";

  /**
   * Calls on a spring-kafka error handler that choose its back-off or turn retrying off: a function that picks a
   * BackOff per record, and a default classification of "not retryable".
   */
  private static final List<String> KAFKA_BACK_OFF_CHOICES =
      List.of("setBackOffFunction", "defaultFalse", "setClassifications");

  private static final String KAFKA_BACK_OFF_REMEDY =
      "it redelivers a failed record ten times with no wait (FixedBackOff(0, 9)); pass a BackOff such as"
          + " new ExponentialBackOffWithMaxRetries(..)";

  private static final List<RetryBuilderDefault> BUILDER_DEFAULTS = List.of(
      new RetryBuilderDefault(
          MethodRef.parse(DEFAULTS, "com.github.rholder.retry.RetryerBuilder#newBuilder"),
          MethodRef.parse(DEFAULTS, "com.github.rholder.retry.RetryerBuilder#build"),
          List.of("withStopStrategy"), RetryProblem.UNBOUNDED,
          "add withStopStrategy(StopStrategies.stopAfterAttempt(...))"),
      new RetryBuilderDefault(
          MethodRef.parse(DEFAULTS, "com.github.rholder.retry.RetryerBuilder#newBuilder"),
          MethodRef.parse(DEFAULTS, "com.github.rholder.retry.RetryerBuilder#build"),
          List.of("withWaitStrategy"), RetryProblem.NO_WAIT,
          "add withWaitStrategy(WaitStrategies.exponentialWait(...))"),
      new RetryBuilderDefault(
          MethodRef.parse(DEFAULTS, "dev.failsafe.RetryPolicy#builder"),
          MethodRef.parse(DEFAULTS, "dev.failsafe.RetryPolicyBuilder#build"),
          List.of("withDelay", "withBackoff", "withDelayFn", "withDelayFnOn", "withDelayFnWhen", "withJitter"),
          RetryProblem.NO_WAIT, "add withBackoff(...) or withDelay(...)"),
      // Spring core backoff (spring-core 7.0.10): new FixedBackOff() and new FixedBackOff(interval) keep maxAttempts at
      // UNLIMITED_ATTEMPTS; both ExponentialBackOff constructors keep maxAttempts and maxElapsedTime at Long.MAX_VALUE.
      // No constructor of the exponential one takes a bound; subclasses that do (spring-kafka's
      // ExponentialBackOffWithMaxRetries) are other types.
      RetryBuilderDefault.constructed("org.springframework.util.backoff.FixedBackOff", List.of(0, 1),
          List.of("setMaxAttempts"), RetryProblem.UNBOUNDED,
          "its maxAttempts is unlimited; call setMaxAttempts(..)"),
      RetryBuilderDefault.constructed("org.springframework.util.backoff.ExponentialBackOff", List.of(0, 2),
          List.of("setMaxAttempts", "setMaxElapsedTime"), RetryProblem.UNBOUNDED,
          "its maxAttempts and maxElapsedTime are unlimited; call setMaxAttempts(..) or setMaxElapsedTime(..)"),
      // spring-retry 2.0.13: RetryTemplateBuilder#build() and new RetryTemplate() fall back to a NoBackOffPolicy (three
      // attempts, one right after the other) when no backoff policy was chosen; noBackoff() is reported on its own
      new RetryBuilderDefault(
          MethodRef.parse(DEFAULTS, "org.springframework.retry.support.RetryTemplate#builder"),
          MethodRef.parse(DEFAULTS, "org.springframework.retry.support.RetryTemplateBuilder#build"),
          List.of("exponentialBackoff", "fixedBackoff", "uniformRandomBackoff", "customBackoff", "noBackoff"),
          RetryProblem.NO_WAIT, "add exponentialBackoff(...) or fixedBackoff(...)"),
      // spring-kafka 4.0.8: new DefaultErrorHandler() and new DefaultErrorHandler(recoverer) (the same for the
      // DefaultAfterRollbackProcessor) take SeekUtils.DEFAULT_BACK_OFF, a FixedBackOff(0, 9): ten deliveries of the
      // failed record with no wait. A handler is the retry itself: it takes effect where it is handed to a container
      // (a consumer) or published by a @Bean method; handleOne(..), the container's call, stands for running it.
      new RetryBuilderDefault(
          new MethodRef("org.springframework.kafka.listener.DefaultErrorHandler", RetrySetting.CONSTRUCTOR),
          List.of(0, 1), MethodRef.parse(DEFAULTS, "org.springframework.kafka.listener.DefaultErrorHandler#handleOne"),
          KAFKA_BACK_OFF_CHOICES, RetryProblem.NO_WAIT, KAFKA_BACK_OFF_REMEDY).unlessGiven(SPRING_BACK_OFF),
      new RetryBuilderDefault(
          new MethodRef("org.springframework.kafka.listener.DefaultAfterRollbackProcessor", RetrySetting.CONSTRUCTOR),
          List.of(0, 1),
          MethodRef.parse(DEFAULTS, "org.springframework.kafka.listener.DefaultAfterRollbackProcessor#process"),
          KAFKA_BACK_OFF_CHOICES, RetryProblem.NO_WAIT, KAFKA_BACK_OFF_REMEDY).unlessGiven(SPRING_BACK_OFF),
      // a template is the retry itself: it takes effect where it executes, or where a @Bean method publishes it
      new RetryBuilderDefault(
          new MethodRef("org.springframework.retry.support.RetryTemplate", RetrySetting.CONSTRUCTOR), List.of(0),
          MethodRef.parse(DEFAULTS, "org.springframework.retry.support.RetryTemplate#execute"),
          List.of("setBackOffPolicy"), RetryProblem.NO_WAIT,
          "call setBackOffPolicy(..) with an ExponentialBackOffPolicy"));

  /**
   * A later call that sets the wait of a no-wait setting again: in the fluent chain written on the setting's result,
   * a call named {@code method} given a value that is not a zero duration replaces it ({@code RetryConfig.custom()
   * .waitDuration(Duration.ZERO).intervalFunction(IntervalFunction.ofExponentialBackoff(..))}: Resilience4j 2.4.0's
   * {@code intervalFunction(..)} clears the interval {@code waitDuration} set). With {@code eitherOrder}, a call before
   * the setting in the same chain counts too: a builder that reads its fields when it builds.
   */
  public record WaitOverride(MethodRef setting, String method, boolean eitherOrder) {}

  private static final List<WaitOverride> WAIT_OVERRIDES = List.of(
      waitOverride("io.github.resilience4j.retry.RetryConfig.Builder#waitDuration", "waitDuration", false),
      waitOverride("io.github.resilience4j.retry.RetryConfig.Builder#waitDuration", "intervalFunction", false),
      waitOverride("io.github.resilience4j.retry.RetryConfig.Builder#waitDuration", "intervalBiFunction", false),
      // Reactor: a later minBackoff(..) replaces backoff's; fixedDelay also caps at its delay, so it is not replaced
      waitOverride("reactor.util.retry.Retry#backoff", "minBackoff", false),
      // Spring 7: build() reads the fields; a jitter draws a wait between zero and itself (ExponentialBackOff 7.0.10)
      waitOverride("org.springframework.core.retry.RetryPolicy.Builder#delay", "delay", false),
      waitOverride("org.springframework.core.retry.RetryPolicy.Builder#delay", "jitter", true));

  private static WaitOverride waitOverride(String setting, String method, boolean eitherOrder) {
    return new WaitOverride(MethodRef.parse(DEFAULTS, setting), method, eitherOrder);
  }

  /** The calls that set the wait of {@code setting} again (see {@link WaitOverride}). */
  public static List<WaitOverride> waitOverrides(MethodRef setting) {
    return ofSetting(WAIT_OVERRIDES, WaitOverride::setting, setting);
  }

  /**
   * A later call that sets the attempt count of an unlimited setting again: in the fluent chain written on the
   * setting's result, a call named {@code method} given a count that is not unlimited replaces it
   * ({@code Retry.backoff(Long.MAX_VALUE, minBackoff).maxAttempts(5)}: Reactor 3.8.8's {@code maxAttempts(..)} copies
   * the spec with the new count; Resilience4j's and Failsafe 3.3.2's builders keep the last count given).
   */
  public record CountOverride(MethodRef setting, String method) {}

  private static final List<CountOverride> COUNT_OVERRIDES = List.of(
      countOverride("reactor.util.retry.Retry#backoff", "maxAttempts"),
      countOverride("reactor.util.retry.Retry#fixedDelay", "maxAttempts"),
      countOverride("reactor.util.retry.Retry#max", "maxAttempts"),
      countOverride("reactor.util.retry.Retry#maxInARow", "maxAttempts"),
      countOverride("reactor.util.retry.Retry#indefinitely", "maxAttempts"),
      countOverride("reactor.util.retry.RetrySpec#maxAttempts", "maxAttempts"),
      countOverride("reactor.util.retry.RetryBackoffSpec#maxAttempts", "maxAttempts"),
      countOverride("io.github.resilience4j.retry.RetryConfig.Builder#maxAttempts", "maxAttempts"),
      // Failsafe 3.3.2: withMaxAttempts(n) is withMaxRetries(n - 1); both write the one maxRetries field
      countOverride("dev.failsafe.RetryPolicyBuilder#withMaxRetries", "withMaxRetries"),
      countOverride("dev.failsafe.RetryPolicyBuilder#withMaxRetries", "withMaxAttempts"),
      countOverride("dev.failsafe.RetryPolicyBuilder#withMaxAttempts", "withMaxRetries"),
      countOverride("dev.failsafe.RetryPolicyBuilder#withMaxAttempts", "withMaxAttempts"));

  private static CountOverride countOverride(String setting, String method) {
    return new CountOverride(MethodRef.parse(DEFAULTS, setting), method);
  }

  /** The calls that set the attempt count of {@code setting} again (see {@link CountOverride}). */
  public static List<CountOverride> countOverrides(MethodRef setting) {
    return ofSetting(COUNT_OVERRIDES, CountOverride::setting, setting);
  }

  /**
   * A call of the same fluent chain, before or after a no-wait setting, that turns retrying off: a call named
   * {@code method} given the constant {@code noRetryCount} ({@code RetryConfig.custom().maxAttempts(1)
   * .waitDuration(Duration.ZERO)}, Failsafe's {@code withMaxRetries(0)}, the AWS SDK's {@code maxAttempts(1)} beside
   * {@code backoffStrategy(BackoffStrategy.retryImmediately())}; for a builder default, keyed by its start, the chain up
   * to its build: {@code RetryPolicy.builder().withMaxRetries(0).build()}). One attempt and no retry: no wait is
   * missing, as for {@code new FixedBackOff(0, 0)}. The builders read their fields when they build, so the order does
   * not matter.
   */
  public record NoRetryCount(MethodRef setting, String method, long noRetryCount) {}

  private static final List<NoRetryCount> NO_RETRY_COUNTS = List.of(
      noRetryCount("io.github.resilience4j.retry.RetryConfig.Builder#waitDuration", "maxAttempts", 1),
      noRetryCount("dev.failsafe.RetryPolicyBuilder#withDelay", "withMaxRetries", 0),
      noRetryCount("dev.failsafe.RetryPolicyBuilder#withDelay", "withMaxAttempts", 1),
      noRetryCount("org.springframework.retry.support.RetryTemplateBuilder#noBackoff", "maxAttempts", 1),
      noRetryCount("org.springframework.core.retry.RetryPolicy.Builder#delay", "maxRetries", 0),
      // given to the strategy builder's backoffStrategy(..) or throttlingBackoffStrategy(..)
      noRetryCount("software.amazon.awssdk.retries.api.BackoffStrategy#retryImmediately", "maxAttempts", 1),
      // builder defaults without a wait (builderDefaults()), keyed by their start: the chain up to build()
      noRetryCount("dev.failsafe.RetryPolicy#builder", "withMaxRetries", 0),
      noRetryCount("dev.failsafe.RetryPolicy#builder", "withMaxAttempts", 1),
      noRetryCount("org.springframework.retry.support.RetryTemplate#builder", "maxAttempts", 1));

  private static NoRetryCount noRetryCount(String setting, String method, long noRetryCount) {
    return new NoRetryCount(MethodRef.parse(DEFAULTS, setting), method, noRetryCount);
  }

  /** The calls that turn retrying off beside {@code setting} (see {@link NoRetryCount}). */
  public static List<NoRetryCount> noRetryCounts(MethodRef setting) {
    return ofSetting(NO_RETRY_COUNTS, NoRetryCount::setting, setting);
  }

  /** The entries of {@code entries} that {@code settingOf} keys to {@code setting}, in their order. */
  private static <T> List<T> ofSetting(List<T> entries, Function<T, MethodRef> settingOf, MethodRef setting) {
    List<T> out = new ArrayList<>();
    for (T entry : entries) {
      if (settingOf.apply(entry).equals(setting)) {
        out.add(entry);
      }
    }
    return out;
  }

  private static final List<TimeBound> TIME_BOUNDS = List.of(
      new TimeBound(MethodRef.parse(DEFAULTS, "dev.failsafe.RetryPolicyBuilder#withMaxDuration"), false),
      new TimeBound(MethodRef.parse(DEFAULTS, "org.springframework.retry.support.RetryTemplateBuilder#withTimeout"), false),
      new TimeBound(MethodRef.parse(DEFAULTS, "org.springframework.retry.support.RetryTemplateBuilder#withinMillis"), false),
      new TimeBound(MethodRef.parse(DEFAULTS, "org.springframework.core.retry.RetryPolicy.Builder#timeout"), false),
      new TimeBound(MethodRef.parse(DEFAULTS, "reactor.core.publisher.Mono#timeout"), true),
      new TimeBound(MethodRef.parse(DEFAULTS, "reactor.core.publisher.Flux#timeout"), true),
      new TimeBound(MethodRef.parse(DEFAULTS, "io.reactivex.rxjava3.core.Observable#timeout"), true),
      new TimeBound(MethodRef.parse(DEFAULTS, "io.reactivex.rxjava3.core.Flowable#timeout"), true),
      new TimeBound(MethodRef.parse(DEFAULTS, "io.reactivex.rxjava3.core.Single#timeout"), true),
      new TimeBound(MethodRef.parse(DEFAULTS, "io.reactivex.rxjava3.core.Maybe#timeout"), true),
      new TimeBound(MethodRef.parse(DEFAULTS, "io.reactivex.rxjava3.core.Completable#timeout"), true));

  private final List<WaitCall> waits;
  private final Map<String, List<WaitCall>> waitsByName;
  private final Map<String, List<RetrySetting>> settingsByName;

  private RetryCatalog(List<WaitCall> waits) {
    this.waits = List.copyOf(waits);
    this.waitsByName = index(this.waits, wait -> wait.method().method());
    this.settingsByName = index(SETTINGS, setting -> setting.target().method());
  }

  /** The default catalogue alone. */
  public static RetryCatalog defaults() {
    return new RetryCatalog(DEFAULT_WAITS);
  }

  /**
   * The defaults plus the in-house wait or backoff helpers of a {@code BackoffMethods} option value
   * ({@code OWNER#method}, comma-separated); a call to one of them counts as a wait with any arguments.
   *
   * @param optionName how the user spelled the option, for error messages
   * @throws CatalogConfigurationException naming the first malformed entry
   */
  public static RetryCatalog withBackoffMethods(String optionName, String optionValue) {
    List<WaitCall> all = new ArrayList<>(DEFAULT_WAITS);
    for (MethodRef ref : OptionEntries.methodRefs(optionName, optionValue)) {
      all.add(new WaitCall(ref, 0));
    }
    return new RetryCatalog(all);
  }

  /** Every wait call, defaults first, then the user's. */
  public List<WaitCall> waitCalls() {
    return waits;
  }

  /** The wait calls with this simple name; the engine checks owner and arity with what it knows. */
  public List<WaitCall> waitCallsNamed(String methodName) {
    return waitsByName.getOrDefault(methodName, List.of());
  }

  /**
   * Name prefixes (followed by an upper-case letter) of calls that record or report a value rather than act on it:
   * {@code recordRetryDelay(delay)}, {@code logBackoff(ms)} name a wait without waiting.
   */
  public static final List<String> RECORDING_NAME_PREFIXES = List.of(
      "record", "report", "log", "count", "emit", "publish", "track", "observe", "measure", "increment");

  /** Name prefixes (followed by an upper-case letter) of accessors: they read or store a value. */
  private static final List<String> ACCESSOR_NAME_PREFIXES = List.of("get", "set", "is", "has");

  /** Name prefixes (followed by an upper-case letter) of calls that check a value and fail when it is wrong. */
  private static final List<String> CHECK_NAME_PREFIXES = List.of(
      "check", "ensure", "verify", "assert", "validate", "require", "fail", "throwIf");

  /**
   * Whether a call of this simple name may end a retry that hands it the attempt count: named like a check
   * ({@code ensureAttemptsLeft}, {@code checkRetries}) or for the attempts ({@code policy.registerAttempt(n)}); a
   * callback that is only given the count along with other values ({@code onCommitCompleted(e, seqno, offsets)}) is
   * not.
   */
  public static boolean isAttemptCheckName(String methodName) {
    return startsWithPrefixWord(methodName, CHECK_NAME_PREFIXES) || mentionsAttempts(methodName);
  }

  /**
   * Whether a call of this simple name waits by its name: a backoff helper's name ({@link #isBackoffHelperName}) that
   * is not an accessor's ({@code getRetryDelay()}, {@code setBackoffMillis(..)}, {@code isPaused()} read or store a
   * wait, they do not wait). A backoff accessor still reads as pacing, not as a new candidate, elsewhere.
   */
  public static boolean isWaitHelperName(String methodName) {
    return isBackoffHelperName(methodName) && !startsWithPrefixWord(methodName, ACCESSOR_NAME_PREFIXES);
  }

  /** Whether a call of this simple name records or reports a value ({@link #RECORDING_NAME_PREFIXES}). */
  public static boolean isRecordingName(String methodName) {
    return startsWithPrefixWord(methodName, RECORDING_NAME_PREFIXES);
  }

  /** {@code getRetryDelay} for {@code get}: one of the prefixes, then an upper-case letter. */
  private static boolean startsWithPrefixWord(String methodName, List<String> prefixes) {
    for (String prefix : prefixes) {
      if (methodName.startsWith(prefix) && methodName.length() > prefix.length()
          && Character.isUpperCase(methodName.charAt(prefix.length()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a called method's simple name reads as a wait or backoff helper ({@link #BACKOFF_NAME_WORDS}), and not as
   * one that only records it ({@link #isRecordingName}).
   */
  public static boolean isBackoffHelperName(String methodName) {
    if (isRecordingName(methodName) || SPIN_HINTS.contains(methodName)) {
      return false;
    }
    return containsAnyOf(methodName.toLowerCase(Locale.ROOT), BACKOFF_NAME_WORDS);
  }

  /**
   * Names of random draws ({@code ThreadLocalRandom.current().nextLong(250)}, {@code random.nextInt(100)},
   * {@code rng.nextDouble()}): a draw picks a number, most often to spread a pause, and takes no work from a source,
   * so it never makes a loop a worker, on any receiver but a text scanner ({@link #INPUT_TOKEN_READER_TYPE_NAMES}).
   */
  public static final Set<String> RANDOM_DRAW_NAMES = Set.of(
      "nextInt", "nextLong", "nextDouble", "nextFloat", "nextBoolean", "nextGaussian", "nextBytes", "nextExponential");

  /**
   * Simple type names of readers whose {@code nextInt()}, {@code nextLong()}... read the next token of their input
   * ({@code java.util.Scanner}): there the names of random draws ({@link #RANDOM_DRAW_NAMES}) take the next input.
   */
  public static final Set<String> INPUT_TOKEN_READER_TYPE_NAMES = Set.of("Scanner");

  /**
   * Whether a call of this simple name takes the next piece of work: one of {@link #WORK_INTAKE_METHOD_NAMES},
   * {@code read}, or a name starting with {@code next} and an upper-case letter ({@code scanner.nextInt()},
   * {@code tokens.nextToken()}), unless it reads as a backoff helper ({@code execution.nextBackOff()}).
   */
  public static boolean isWorkIntakeName(String methodName) {
    if (isBackoffHelperName(methodName)) {
      return false;
    }
    return WORK_INTAKE_METHOD_NAMES.contains(methodName) || methodName.equals("read")
        || (methodName.startsWith("next") && methodName.length() > 4
            && Character.isUpperCase(methodName.charAt(4)))
        || isQualifiedIntakeName(methodName);
  }

  /**
   * {@code bufferedReceive}, {@code blockingTake}: one lower-case word saying how, then an intake verb
   * ({@link #QUALIFIED_INTAKE_VERBS}). A first word that sends a request makes it an exchange, not an intake
   * ({@code sendReceive}, {@code requestTake}); so does any longer name ({@code sendAndReceive}).
   */
  private static boolean isQualifiedIntakeName(String methodName) {
    for (String verb : QUALIFIED_INTAKE_VERBS) {
      String qualifier = methodName.endsWith(verb) ? methodName.substring(0, methodName.length() - verb.length()) : "";
      if (!qualifier.isEmpty() && qualifier.chars().allMatch(Character::isLowerCase)
          && !REQUEST_SENDING_QUALIFIERS.contains(qualifier)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reactor's retries built from a companion function ({@code Retry.from(companion -> ...)},
   * {@code Retry.withThrowable(...)}): they retry for as long as the companion emits, so a companion that never ends
   * or fails retries without limit.
   */
  public static final List<MethodRef> COMPANION_RETRIES = refs(
      "reactor.util.retry.Retry#from",
      "reactor.util.retry.Retry#withThrowable");

  /**
   * Simple names of calls that end or fail a retry companion ({@code signals.take(3)}, {@code Mono.error(e)},
   * {@code sink.error(e)}, {@code timeout(..)}, {@code zipWith(Flux.range(1, 3), ..)}): one of them anywhere in the
   * companion, or a comparison or a {@code throw}, may bound it.
   */
  public static final Set<String> COMPANION_BOUND_NAMES = Set.of(
      "take", "takeWhile", "takeUntil", "takeUntilOther", "timeout", "zipWith", "range", "error", "next", "single",
      "elementAt", "limitRequest", "propagate");

  /** UnboundedRetry's diagnostic for a Reactor retry whose companion function never ends the retries. */
  public static String unboundedCompanionMessage(String method) {
    return "Retry." + method + "(...) retries for as long as its companion emits, and this one never ends or fails:"
        + " use Retry.max(...)/Retry.backoff(...), or take(n) or an error after the last attempt in the companion";
  }

  /**
   * Simple names of asynchronous operators whose function argument runs when the attempt fails and supplies what follows:
   * {@code CompletableFuture#exceptionallyCompose(Async)} and {@code #exceptionally(Async)} (whose function blocks on
   * the new attempt: {@code exceptionally(e -> fetch(url).join())}), Reactor's {@code onErrorResume}, RxJava's
   * {@code onErrorResumeNext}. A method that calls itself from such a function retries itself asynchronously.
   */
  public static final Set<String> ASYNC_FAILURE_OPERATOR_NAMES = Set.of(
      "exceptionallyCompose", "exceptionallyComposeAsync", "exceptionally", "exceptionallyAsync", "onErrorResume",
      "onErrorResumeNext");

  /**
   * Whether a callback's parameter named so carries the failure of the work it is told about ({@code (result, error)
   * -> ..}, {@code (reply, ex) -> ..}): {@code e}, {@code t}, {@code ex}, {@code err}, {@code error}, {@code exception},
   * {@code throwable}, {@code failure}, {@code cause}, or a name ending in one of the last six
   * ({@code sendError}, {@code lastFailure}).
   */
  public static boolean isFailureParameterName(String name) {
    if (name == null || name.isEmpty()) {
      return false;
    }
    if (Set.of("e", "t", "ex", "err").contains(name)) {
      return true;
    }
    List<String> words = camelCaseWords(name);
    return !words.isEmpty() && FAILURE_PARAMETER_WORDS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT));
  }

  private static final Set<String> FAILURE_PARAMETER_WORDS =
      Set.of("error", "exception", "throwable", "failure", "cause", "ex", "err");

  /**
   * Simple names of publisher operators whose function runs when the work above them fails: Reactor's
   * {@code onErrorResume}, {@code onErrorMap}, {@code onErrorReturn}, {@code onErrorContinue}, {@code doOnError},
   * RxJava's {@code onErrorResumeNext} and {@code onErrorReturn}. A retry of that work re-runs it after the function
   * has run.
   */
  public static final Set<String> PUBLISHER_FAILURE_HOOK_NAMES = Set.of(
      "onErrorResume", "onErrorResumeNext", "onErrorMap", "onErrorReturn", "onErrorContinue", "doOnError");

  /**
   * Simple names of the publisher factories that take a supplier of the publisher to subscribe to, and subscribe to what
   * it returns when they are subscribed: Reactor's and RxJava's {@code defer}. A self-call in that supplier
   * ({@code onErrorResume(e -> Mono.defer(() -> ask(q)))}) runs where the {@code defer} is, as if written there.
   */
  public static final Set<String> DEFERRED_SUBSCRIPTION_NAMES = Set.of("defer");

  /**
   * Spring's {@code @Bean}: what a method carrying it returns is the finished object the container hands out; an
   * executing retry (a {@code RetryTemplate}) returned there is in effect, nothing configures it afterwards.
   */
  public static final String BEAN_FACTORY_ANNOTATION = "org.springframework.context.annotation.Bean";

  /**
   * Simple names of no-argument calls that read an HTTP status code from a response: the JDK client's
   * {@code statusCode()}, {@code HttpURLConnection#getResponseCode()}, OkHttp's {@code code()}, Apache's
   * {@code getStatusLine().getStatusCode()} and {@code getCode()}, JAX-RS {@code getStatus()}, Spring's
   * {@code getRawStatusCode()} (and {@code getStatusCode().value()}: {@code value()} counts on a status read), Vert.x
   * and Micronaut {@code statusCode()} and {@code code()}.
   */
  public static final Set<String> STATUS_CODE_READER_NAMES = Set.of(
      "statusCode", "getStatusCode", "getResponseCode", "code", "getCode", "getStatus", "getRawStatusCode",
      "rawStatusCode");

  /** No-argument calls that say a response succeeded ({@code true}) or failed ({@code false}). */
  private static final Map<String, Boolean> STATUS_VERDICTS = Map.of(
      "isSuccessful", true, "isSuccess", true, "is2xxSuccessful", true, "isOk", true,
      "isError", false, "is4xxClientError", false, "is5xxServerError", false, "isFailure", false);

  /**
   * What a no-argument call of this simple name on a response says: {@code true} for a success
   * ({@code response.isSuccessful()}, {@code getStatusCode().is2xxSuccessful()}), {@code false} for a failure
   * ({@code isError()}, {@code is5xxServerError()}), {@code null} when the name says neither.
   */
  public static Boolean statusVerdictOf(String methodName) {
    return STATUS_VERDICTS.get(methodName);
  }

  /**
   * Simple names of calls that fetch an object's current state again ({@code job = job.reload()}): a loop that polls
   * an object this way repeats the same question, it does not step to the next object.
   */
  public static final Set<String> REFRESH_METHOD_NAMES = Set.of("reload", "refresh");

  /**
   * Simple names of calls that test a result for a constant marker ({@code answer.contains("Final Answer:")},
   * {@code reply.startsWith("CALL ")}): a text agent's output says whether it wants another turn, as {@code equals}
   * with a constant says a status.
   */
  public static final Set<String> MARKER_TEST_NAMES = Set.of("equals", "contains", "startsWith", "endsWith");

  /**
   * Simple names of calls that ask another object whether something it is asked about by argument is ready
   * ({@code client.isReady(id)}, {@code jobs.isComplete(jobId)}): a loop going on while one says no polls the remote
   * side. Names of waits with their own timeout ({@code awaitTermination}), compare-and-set and lock attempts are not
   * among them: their loops are spins, not polls.
   */
  private static final Set<String> READINESS_QUERY_NAMES = Set.of(
      "isReady", "isDone", "isComplete", "isCompleted", "isAvailable", "isFinished", "isTerminated", "isSucceeded",
      "isHealthy", "isActive", "isUp", "isSettled");

  /** Simple names of calls that ask whether something asked about by argument is still under way: the other sense. */
  private static final Set<String> PENDING_QUERY_NAMES = Set.of(
      "isRunning", "isPending", "isInProgress", "isProcessing", "isBusy", "isQueued");

  /**
   * Whether a call of this simple name, given what it asks about ({@code client.isReady(id)}), says whether that is
   * ready ({@code true}: a loop goes on while it says no) or still under way ({@code false}: a loop goes on while it
   * says yes); {@code null} for any other name.
   */
  public static Boolean readinessQuerySense(String methodName) {
    if (READINESS_QUERY_NAMES.contains(methodName)) {
      return Boolean.TRUE;
    }
    return PENDING_QUERY_NAMES.contains(methodName) ? Boolean.FALSE : null;
  }

  /**
   * Whether a call of this simple name, given what it asks about, reads a status or state that a loop may compare
   * with the one it waits for ({@code client.getStatus(id) != Status.DONE}, {@code batches.getState(batchId)},
   * {@code jobs.status(jobId)}, {@code getJobStatus(name)}): {@code status}, {@code state}, or {@code get...Status},
   * {@code get...State}.
   */
  public static boolean isStatusQueryName(String methodName) {
    if (methodName.equals("status") || methodName.equals("state")) {
      return true;
    }
    return methodName.startsWith("get") && (methodName.endsWith("Status") || methodName.endsWith("State"));
  }

  /**
   * Whether a call of this simple name, with no argument, reads what identifies an object rather than where it leads
   * ({@code op.getName()}, {@code job.id()}, {@code task.getTaskId()}): asking for the object again by its own
   * identity ({@code op = client.getOperation(op.getName())}) polls it, it does not step. A name that mentions
   * where to go next ({@code getNextPageId()}, {@code cursorId()}) is not one.
   */
  public static boolean isIdentityGetterName(String methodName) {
    String lower = methodName.toLowerCase(Locale.ROOT);
    if (lower.contains("next") || lower.contains("page") || lower.contains("cursor") || lower.contains("token")
        || lower.contains("offset") || lower.contains("parent")) {
      return false;
    }
    return lower.endsWith("name") || lower.endsWith("id");
  }

  /**
   * Simple names of calls that read an element when given one argument ({@code hosts.get(i)}): a loop whose stepped
   * variable is mentioned in that argument steps through candidates, like one indexing an array ({@code hosts[i]}).
   */
  public static final Set<String> INDEXED_GET_METHOD_NAMES = Set.of("get");

  /**
   * Simple names of calls that only report or format a value: passing the loop's counter to one of them
   * ({@code log.info("attempt {}", attempt)}) does not make the loop step through candidates.
   */
  public static final Set<String> REPORTING_METHOD_NAMES = Set.of(
      "trace", "debug", "info", "warn", "warning", "error", "fatal", "log", "print", "println", "printf", "format",
      "formatted", "valueOf", "toString", "append", "setAttribute", "addEvent", "tag");

  /**
   * The calls that take an item from one end of a queue or deque, each with the calls that put one back at that same
   * end: a deque's head ({@code poll}, {@code pollFirst}, {@code take}, {@code takeFirst}, {@code remove},
   * {@code removeFirst}, {@code pop}; back by {@code addFirst}, {@code offerFirst}, {@code putFirst}, {@code push}),
   * or its tail ({@code pollLast}, {@code takeLast}, {@code removeLast}; back by {@code addLast}, {@code offerLast},
   * {@code putLast}, and {@code add}, {@code offer}, {@code put}, which append). An item put back so is what the next
   * take hands out.
   */
  public static final Map<String, Set<String>> REQUEUES_AT_THE_TAKING_END = requeuesAtTheTakingEnd();

  private static Map<String, Set<String>> requeuesAtTheTakingEnd() {
    Set<String> head = Set.of("addFirst", "offerFirst", "putFirst", "push");
    Set<String> tail = Set.of("addLast", "offerLast", "putLast", "add", "offer", "put");
    Map<String, Set<String>> ends = new LinkedHashMap<>();
    for (String take : List.of("poll", "pollFirst", "take", "takeFirst", "remove", "removeFirst", "pop")) {
      ends.put(take, head);
    }
    for (String take : List.of("pollLast", "takeLast", "removeLast")) {
      ends.put(take, tail);
    }
    return Map.copyOf(ends);
  }

  /**
   * A blocking queue's takes that also come with a timeout and its unit ({@code inbox.pollFirst(1, SECONDS)}): they
   * wait only while the queue is empty, so an item put back at that end is handed out again at once.
   */
  public static final Set<String> TIMED_TAKE_NAMES = Set.of("poll", "pollFirst", "pollLast");

  /**
   * Simple names of calls that turn a value into text ({@code String.format(..)}, {@code String.valueOf(..)}): what
   * becomes of the value is what becomes of the text.
   */
  public static final Set<String> FORMATTING_METHOD_NAMES = Set.of("format", "formatted", "valueOf", "toString");

  /**
   * Simple names of calls that add text to a builder ({@code transcript.append(reply)}): they format a report, and they
   * change a request built in that builder.
   */
  public static final Set<String> TEXT_APPEND_METHOD_NAMES = Set.of("append", "insert");

  /** Whether a call of this simple name adds text to a builder ({@link #TEXT_APPEND_METHOD_NAMES}). */
  public static boolean isTextAppendName(String methodName) {
    return TEXT_APPEND_METHOD_NAMES.contains(methodName);
  }

  /** Whether a call of this simple name only reports or formats its arguments ({@link #REPORTING_METHOD_NAMES}). */
  public static boolean isReportingName(String methodName) {
    return REPORTING_METHOD_NAMES.contains(methodName);
  }

  /**
   * Whether a loop variable's name reads as an attempt counter ({@code attempt}, {@code retries}, {@code tries},
   * {@code tryCount}): passing it to the retried call does not make the loop step through candidates.
   */
  public static boolean isAttemptCounterName(String variableName) {
    return mentionsAttempts(variableName) || variableName.toLowerCase(Locale.ROOT).contains("try");
  }

  /**
   * {@code attempt}, {@code retr(y/ies)}, {@code tries} anywhere in the name; not a bare {@code try}, which method
   * names share with {@code entry}, {@code registry} and {@code telemetry}.
   */
  private static boolean mentionsAttempts(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.contains("attempt") || lower.contains("retr") || lower.contains("tries");
  }

  /**
   * Words that, inside a caught exception's simple name, mark a failure a retry may follow at once without backoff: a
   * lost optimistic-locking race or a concurrent modification is resolved by reading again, a duplicate generated key
   * by generating another, an expired or rejected credential by refreshing it, a write conflict ({@code
   * LeaseConflictException}, {@code VersionConflictException}), a conditional write whose expected version lost
   * ({@code ConditionalCheckFailedException} of DynamoDB, {@code StaleRunVersionException}: the words {@code Stale} and
   * {@code Version} in that order) by reading the new version, not by waiting for a remote
   * service to recover. So is a failure of the attempt's own input (an invalid argument or configuration, output that fails
   * validation, a key that fails to decrypt or a password refused: {@code KeyDecryptionFailedException},
   * {@code InvalidPasswordException}): the same input fails the same way however long the loop waits, and a model's
   * next answer, like the next password asked for, differs anyway. So is a race with another thread over the process's
   * own memory ({@code IndexOutOfBoundsException} after a concurrent resize, NIO's {@code CancelledKeyException} of
   * a key this process cancelled): nothing remote failed, and no peer needs a pause. So is a stale file handle (NFS's
   * {@code ESTALE}: the file was replaced on the server), which opening the path again cures at once.
   */
  public static final List<String> IMMEDIATE_RETRY_EXCEPTION_WORDS = List.of(
      "OptimisticLock", "StaleObjectState", "StaleState", "ConcurrentModification", "DuplicateKey", "Unauthorized",
      "Unauthenticated", "Expired", "IllegalArgument", "InvalidConfiguration", "Validation", "Conflict", "Decryption",
      "Password", "IndexOutOfBounds", "CancelledKey", "ConditionalCheckFailed", "StaleVersion", "StaleFileHandle");

  /**
   * HTTP 409 Conflict: another writer changed the resource first (a stale {@code resourceVersion} or ETag, an item
   * created meanwhile). Read the new state and try again; no wait improves that. Compared by its number or by a
   * constant of one of these names ({@code HttpURLConnection.HTTP_CONFLICT}, Apache's {@code HttpStatus.SC_CONFLICT},
   * Spring's and JAX-RS's {@code CONFLICT}).
   */
  public static final int CONFLICT_STATUS_CODE = 409;

  public static final Set<String> CONFLICT_STATUS_NAMES = Set.of("CONFLICT", "HTTP_CONFLICT", "SC_CONFLICT");

  /**
   * HTTP 401 Unauthorized: the credential sent was expired or refused. A retry that renews it first
   * ({@code token = auth.newToken()}, {@code credentials.refresh()}) sends a new request, which no wait improves; one
   * that sends the same credential again is judged as any other retry. Compared by its number or by a constant of one
   * of these names ({@code HttpURLConnection.HTTP_UNAUTHORIZED}, Apache's {@code HttpStatus.SC_UNAUTHORIZED}, Spring's
   * and JAX-RS's {@code UNAUTHORIZED}). Not 403 Forbidden: a refused permission stays refused with a new token.
   */
  public static final int UNAUTHORIZED_STATUS_CODE = 401;

  public static final Set<String> UNAUTHORIZED_STATUS_NAMES = Set.of(
      "UNAUTHORIZED", "HTTP_UNAUTHORIZED", "SC_UNAUTHORIZED");

  /**
   * Words that, inside a variable's, field's, parameter's or called method's name (ignoring case), make it a
   * credential: {@code token}, {@code accessToken}, {@code authHeader}, {@code sessionId}, {@code apiKey},
   * {@code credentials}.
   */
  public static final List<String> CREDENTIAL_NAME_WORDS = List.of(
      "token", "credential", "creds", "auth", "session", "bearer", "jwt", "apikey", "password", "secret", "ticket");

  /** Whether a name, ignoring case, holds a credential word ({@link #CREDENTIAL_NAME_WORDS}). */
  public static boolean isCredentialName(String name) {
    return name != null && containsAnyOf(name.toLowerCase(Locale.ROOT), CREDENTIAL_NAME_WORDS);
  }

  /**
   * Words that start a called method's name (alone, or followed by an upper-case letter) when it renews a credential
   * or a session: {@code refresh()}, {@code refreshToken()}, {@code renewLease()}, {@code reauthenticate()},
   * {@code login(..)}.
   */
  public static final List<String> CREDENTIAL_RENEWAL_NAME_PREFIXES = List.of(
      "refresh", "renew", "reauthenticate", "reauth", "relogin", "login", "logIn", "signIn", "authenticate");

  /** Whether a call of this simple name renews a credential ({@link #CREDENTIAL_RENEWAL_NAME_PREFIXES}). */
  public static boolean isCredentialRenewalName(String methodName) {
    return CREDENTIAL_RENEWAL_NAME_PREFIXES.contains(methodName)
        || startsWithPrefixWord(methodName, CREDENTIAL_RENEWAL_NAME_PREFIXES);
  }

  /** No-argument calls that give a status constant's number ({@code HttpStatus.CONFLICT.value()}). */
  public static final Set<String> STATUS_CONSTANT_VALUE_NAMES = Set.of("value", "code", "getStatusCode", "getCode");

  /**
   * Whether a caught exception's simple name marks a failure a retry may follow at once
   * ({@link #IMMEDIATE_RETRY_EXCEPTION_WORDS}, case-sensitive).
   */
  public static boolean isImmediateRetryException(String simpleName) {
    return containsAnyOf(simpleName, IMMEDIATE_RETRY_EXCEPTION_WORDS)
        || containsAsWordSequence(simpleName, IMMEDIATE_RETRY_EXCEPTION_WORDS);
  }

  /**
   * Canonical names of argument types that give a call a time budget ({@code future.get(5, SECONDS)},
   * {@code consumer.commitSync(offsets, Duration.ofSeconds(5))}): the call itself waits up to that long before it
   * gives up.
   */
  public static final Set<String> TIME_BUDGET_TYPES = Set.of("java.time.Duration", "java.util.concurrent.TimeUnit");

  /**
   * Simple names of in-house or client-library timer types passed to a call as its time budget (Kafka's
   * {@code Timer}, gRPC's {@code Deadline}); matched by simple name so that every engine agrees.
   */
  public static final Set<String> TIME_BUDGET_TYPE_SIMPLE_NAMES = Set.of("Timer", "Deadline", "Timeout");

  /** Words that, inside an argument's name (case-insensitive), make it a time budget: {@code syncCommitTimeout}. */
  public static final List<String> TIME_BUDGET_NAME_WORDS = List.of("timeout", "deadline", "timer");

  /** Whether a variable, field or getter named so reads as a time budget ({@link #TIME_BUDGET_NAME_WORDS}). */
  public static boolean isTimeBudgetName(String name) {
    return name != null && containsAnyOf(name.toLowerCase(Locale.ROOT), TIME_BUDGET_NAME_WORDS);
  }

  /**
   * Whether a method named so asks whether the time is up: after an optional {@code is} or {@code has}, the name opens
   * with {@code expired}, {@code timedOut} or {@code deadline} and a word saying it passed ({@code hasExpired},
   * {@code isTimedOut}, {@code hasExpiredClientSide}, {@code deadlineExceeded}). Not {@code isExpiring} or
   * {@code expiresAt}, which read a time rather than test it.
   */
  public static boolean isExpiryQuestionName(String name) {
    if (name == null) {
      return false;
    }
    String question = name.toLowerCase(Locale.ROOT);
    if (question.startsWith("is")) {
      question = question.substring(2);
    } else if (question.startsWith("has")) {
      question = question.substring(3);
    }
    return question.startsWith("expired") || question.startsWith("timedout")
        || question.startsWith("deadlineexceeded") || question.startsWith("deadlinepassed")
        || question.startsWith("deadlineexpired");
  }

  /**
   * Words that, inside a caught exception's simple name (case-sensitive), say that a call given a time budget used it
   * up: the wait ran out ({@code TimeoutException}, {@code SocketTimeoutException}). Not {@code Retriable...}: a client
   * reports a refused connection as retriable at once (Feign's {@code RetryableException}), budget or not.
   */
  public static final List<String> EXPIRED_BUDGET_EXCEPTION_WORDS = List.of("Timeout", "TimedOut");

  /**
   * Timed waits for the outcome of work already started ({@code future.get(30, SECONDS)}): they return, or throw the
   * work's failure ({@code ExecutionException}), as soon as it is done, and wait out their budget only when it is not.
   * Matched by owner and name, with a receiver of a subtype.
   */
  public static final List<MethodRef> OUTCOME_WAITS = refs("java.util.concurrent.Future#get");

  /**
   * Simple names of the supertypes of {@code java.util.concurrent.TimeoutException}: a catch of one of them, or of a
   * type named for an expired budget ({@link #isExpiredBudgetException}), may catch a timed wait's timeout.
   */
  public static final Set<String> TIMEOUT_SUPERTYPE_NAMES = Set.of("Exception", "Throwable");

  /** Whether a caught exception's simple name says a time budget ran out ({@link #EXPIRED_BUDGET_EXCEPTION_WORDS}). */
  public static boolean isExpiredBudgetException(String simpleName) {
    return containsAnyOf(simpleName, EXPIRED_BUDGET_EXCEPTION_WORDS);
  }

  /**
   * Simple names of the JDK's classes of pure arithmetic: {@code Math.min(delay, max)} computes a number, it sends no
   * request.
   */
  public static final Set<String> ARITHMETIC_TYPE_NAMES = Set.of("Math", "StrictMath");

  /**
   * Words that, inside a caught exception's simple name (case-sensitive), say that the name or key the attempt used is
   * taken ({@code ObjectAlreadyExistsException}, {@code FileAlreadyExistsException}, {@code DuplicateKeyException}):
   * trying again with another name succeeds, trying the same one again never does.
   */
  public static final List<String> NAME_TAKEN_EXCEPTION_WORDS = List.of("AlreadyExists", "AlreadyBound", "Duplicate");

  /** Whether a caught exception's simple name says a name or key is taken ({@link #NAME_TAKEN_EXCEPTION_WORDS}). */
  public static boolean isNameTakenException(String simpleName) {
    return containsAnyOf(simpleName, NAME_TAKEN_EXCEPTION_WORDS);
  }

  /**
   * Words that, inside a caught exception's simple name or a constant's name (case-sensitive), say that what the
   * attempt asked for does not exist ({@code NoSuchTopicException}, {@code ResourceNotFoundException},
   * {@code FAIL_DOC_NOT_FOUND}): once a catch created it, the next attempt finds it.
   */
  public static final List<String> ABSENCE_WORDS = List.of("NotFound", "NOT_FOUND", "NoSuch", "DoesNotExist");

  /** Whether an exception's or a constant's simple name says something does not exist ({@link #ABSENCE_WORDS}). */
  public static boolean isAbsenceName(String simpleName) {
    return simpleName != null && containsAnyOf(simpleName, ABSENCE_WORDS);
  }

  /** Whether a called method's simple name is {@code create} or starts with it ({@code createTopic}). */
  public static boolean isCreatingName(String methodName) {
    return methodName.startsWith("create")
        && (methodName.length() == 6 || Character.isUpperCase(methodName.charAt(6)));
  }

  /**
   * Words that start a called method's name (followed by an upper-case letter, or alone) when it moves a client to
   * another target: {@code failover(..)}, {@code switchBindUser(e)}, {@code rotateEndpoint()},
   * {@code nextServer()}. A catch that calls one tries another server or credential next, it does not repeat the
   * failed request.
   */
  public static final List<String> TARGET_SWITCH_NAME_PREFIXES = List.of(
      "failover", "failOver", "switch", "rotate", "next", "advance");

  /** Whether a call of this simple name moves to another target ({@link #TARGET_SWITCH_NAME_PREFIXES}). */
  public static boolean isTargetSwitchName(String methodName) {
    if (isBackoffHelperName(methodName)) {
      return false;
    }
    for (String prefix : TARGET_SWITCH_NAME_PREFIXES) {
      if (methodName.equals(prefix) && !prefix.equals("next")) {
        return true;
      }
      if (methodName.startsWith(prefix) && methodName.length() > prefix.length()
          && Character.isUpperCase(methodName.charAt(prefix.length()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a caught exception's simple name is {@code InterruptedException}: a catch of that alone is interruption
   * handling (the sleep-until-done idiom), not the retry of a failed call.
   */
  public static boolean isInterruption(String simpleName) {
    return "InterruptedException".equals(simpleName);
  }

  /**
   * Whether a caught exception's simple name is {@code InterruptedIOException}: a blocking I/O call was interrupted.
   * It also covers {@code SocketTimeoutException}, its subclass, so a catch of it is interruption handling only when
   * it clears the interrupt to block again (the "uninterruptibly" idiom).
   */
  public static boolean isInterruptedIo(String simpleName) {
    return "InterruptedIOException".equals(simpleName);
  }

  /** The call that clears the current thread's interrupt: the "uninterruptibly" idiom calls it before trying again. */
  public static final List<MethodRef> INTERRUPT_CLEARING_CALLS = refs("java.lang.Thread#interrupted");

  /**
   * Functional-interface methods that run what a function object holds: {@code waitTask.apply(item)},
   * {@code sleeper.accept(millis)}, {@code e.getTask().run()}.
   */
  public static final Set<String> FUNCTION_RUN_NAMES = Set.of("apply", "accept", "run", "call", "execute", "invoke");

  /**
   * Words that name a function object held to wait ({@code waitTask}, {@code sleeper}, {@code pauser}); the amount
   * words of {@link #BACKOFF_NAME_WORDS} ({@code delay}, {@code backoff}) are left out, since a function named so
   * usually computes a delay rather than waits it.
   */
  private static final List<String> WAITING_FUNCTION_WORDS = List.of("wait", "sleep", "pause");

  /** Words that make a name an amount of time, not a function that waits: {@code waitTime}, {@code sleepMillis}. */
  private static final List<String> TIME_AMOUNT_WORDS =
      List.of("time", "millis", "nanos", "second", "duration", "interval", "timeout", "deadline");

  /**
   * Whether a call runs a function object held to wait: a functional method ({@link #FUNCTION_RUN_NAMES}) on a
   * receiver named with a wait word ({@code waitTask.apply(item)}, where {@code waitTask} is
   * {@code m -> resource.waitUntilCondition(..)}), not one named for an amount of time ({@code waitTime.apply(..)}:
   * {@link #TIME_AMOUNT_WORDS}).
   */
  public static boolean runsAWaitingFunction(String receiverName, String methodName) {
    if (receiverName == null || !FUNCTION_RUN_NAMES.contains(methodName)) {
      return false;
    }
    String lower = receiverName.toLowerCase(Locale.ROOT);
    return containsAnyOf(lower, WAITING_FUNCTION_WORDS) && !containsAnyOf(lower, TIME_AMOUNT_WORDS);
  }

  /**
   * Whether a caught exception's simple name is {@code CancellationException}: the awaited work was cancelled by
   * whoever holds its future, it did not fail.
   */
  public static boolean isCancellation(String simpleName) {
    return "CancellationException".equals(simpleName);
  }

  /**
   * Simple names of the errors a class loader or service loader throws for a broken class ({@code LinkageError} and
   * its JDK subtypes, {@code ServiceConfigurationError}): a deterministic local failure. A catch of only these steps
   * past a broken plugin or gives up on an optional class; no call that a wait could help fails that way.
   */
  public static final Set<String> CLASS_LOADING_ERROR_NAMES = Set.of(
      "LinkageError", "NoClassDefFoundError", "ClassFormatError", "UnsupportedClassVersionError",
      "ClassCircularityError", "ExceptionInInitializerError", "IncompatibleClassChangeError", "NoSuchMethodError",
      "NoSuchFieldError", "AbstractMethodError", "IllegalAccessError", "InstantiationError", "VerifyError",
      "UnsatisfiedLinkError", "BootstrapMethodError", "ServiceConfigurationError");

  /** Whether a caught exception's simple name is a class-loading error ({@link #CLASS_LOADING_ERROR_NAMES}). */
  public static boolean isClassLoadingError(String simpleName) {
    return simpleName != null && CLASS_LOADING_ERROR_NAMES.contains(simpleName);
  }

  /**
   * Simple names of exceptions that report a signal another thread raised and that clear the signal when thrown, as
   * interruption does: Kafka's {@code WakeupException} (a consumer's {@code wakeup()}). The call made again after one
   * fails that way again only if the signal is raised again.
   */
  public static final Set<String> CONSUMED_SIGNAL_EXCEPTION_NAMES = Set.of("WakeupException");

  /** Whether a caught exception's simple name is a consumed signal ({@link #CONSUMED_SIGNAL_EXCEPTION_NAMES}). */
  public static boolean isConsumedSignal(String simpleName) {
    return simpleName != null && CONSUMED_SIGNAL_EXCEPTION_NAMES.contains(simpleName);
  }

  /**
   * Simple names of exceptions (exact) that say local capacity refused the work: an executor or queue was full
   * ({@code RejectedExecutionException}). Not a remote failure: room made in the process lets the next attempt in.
   */
  public static final Set<String> CAPACITY_REJECTION_EXCEPTION_NAMES = Set.of("RejectedExecutionException");

  /** Whether a caught exception's simple name says local capacity refused the work. */
  public static boolean isCapacityRejection(String simpleName) {
    return simpleName != null && CAPACITY_REJECTION_EXCEPTION_NAMES.contains(simpleName);
  }

  /**
   * Simple names of exceptions (exact) that say a buffer in memory was too small for what was written into it
   * ({@code java.nio.BufferOverflowException}): raised by the process itself, never by a remote peer. A loop that
   * grows the buffer and goes round is sizing its output, not retrying anything.
   */
  public static final Set<String> BUFFER_OVERFLOW_EXCEPTION_NAMES = Set.of("BufferOverflowException");

  /**
   * Words that start the simple name of a call that frees room in a cache, pool or queue, alone or followed by an
   * upper-case letter ({@code evict}, {@code evictAnyNotInProcessing}, {@code purgeIdle}, {@code trimExpired}): asked
   * whether it freed any, its boolean result says whether a refused attempt can get in now.
   */
  public static final List<String> ROOM_FREEING_NAME_PREFIXES = List.of(
      "evict", "free", "purge", "trim", "reclaim", "expunge", "makeRoom");

  /** Whether a called method's simple name reads as freeing room ({@link #ROOM_FREEING_NAME_PREFIXES}). */
  public static boolean isRoomFreeingName(String methodName) {
    return ROOM_FREEING_NAME_PREFIXES.contains(methodName)
        || startsWithPrefixWord(methodName, ROOM_FREEING_NAME_PREFIXES);
  }

  /**
   * Words that start the simple name of a call that repairs a cache, alone or followed by an upper-case letter
   * ({@code invalidate}, {@code invalidateAll}, {@code refresh}, {@code evict}, {@code clear}, {@code remove}): made on
   * a receiver named as a cache ({@link #isCacheName}: {@code collectionCache.refresh(..)}, {@code cache.remove(key)}),
   * or with a name that says which cache ({@code invalidateCache()}, {@code refreshMetadataCache(..)}), it drops or
   * reloads what the cache held, so the next attempt reads fresh metadata instead of the stale entry that failed.
   */
  public static final List<String> CACHE_REPAIR_NAME_PREFIXES = List.of(
      "invalidate", "refresh", "evict", "clear", "remove");

  /** The word that, at the end of a receiver's name (ignoring case) or inside a call's name, names a cache. */
  public static final String CACHE_NAME_WORD = "cache";

  /** Whether a variable, field or getter named so is a cache: {@code cache}, {@code collectionCache}, {@code getCache}. */
  public static boolean isCacheName(String name) {
    return name != null && name.toLowerCase(Locale.ROOT).endsWith(CACHE_NAME_WORD);
  }

  /** Whether a called method's simple name reads as repairing a cache entry ({@link #CACHE_REPAIR_NAME_PREFIXES}). */
  public static boolean isCacheRepairName(String methodName) {
    return CACHE_REPAIR_NAME_PREFIXES.contains(methodName)
        || startsWithPrefixWord(methodName, CACHE_REPAIR_NAME_PREFIXES);
  }

  /**
   * Whether a called method's own name says it repairs a cache, whatever its receiver: a repair word followed by a
   * name that holds {@code Cache} ({@code invalidateCache}, {@code refreshCollectionCache}, {@code clearCaches}).
   */
  public static boolean isNamedCacheRepair(String methodName) {
    return isCacheRepairName(methodName) && methodName.contains("Cache");
  }

  /**
   * Simple names of exception types (exact) that a down, unreachable or overloaded service raises as well as any other
   * failure: the catch-alls ({@code Exception}, {@code Throwable}, {@code RuntimeException}, {@code Error}), I/O
   * failures ({@code IOException}, {@code UncheckedIOException}) and the wrappers of an asynchronous call's failure
   * ({@code ExecutionException}, {@code CompletionException}). A retry of such a failure repeats a request to a
   * service that may be down, whatever cache it refreshed first.
   */
  public static final Set<String> SERVICE_FAILURE_EXCEPTION_NAMES = Set.of(
      "Exception", "Throwable", "RuntimeException", "Error", "IOException", "UncheckedIOException",
      "ExecutionException", "CompletionException");

  /**
   * Words that, inside an exception type's simple name (case-sensitive), say the service could not be reached or
   * would not serve: {@code ConnectException}, {@code SocketException}, {@code SocketTimeoutException},
   * {@code ServiceUnavailableException}, {@code ThrottlingException}, {@code TooManyRequestsException}.
   */
  public static final List<String> SERVICE_FAILURE_EXCEPTION_WORDS = List.of(
      "Connect", "Socket", "Timeout", "TimedOut", "Unavailable", "Unreachable", "Transport", "Network", "Throttl",
      "Busy", "Overload", "TooManyRequests", "RateLimit");

  /**
   * Whether an exception type's simple name may report a service that is down or overloaded
   * ({@link #SERVICE_FAILURE_EXCEPTION_NAMES}, {@link #SERVICE_FAILURE_EXCEPTION_WORDS}): a cache repaired after it
   * does not make the next attempt a different one that the service can answer.
   */
  public static boolean isServiceFailureException(String simpleName) {
    return SERVICE_FAILURE_EXCEPTION_NAMES.contains(simpleName)
        || containsAnyOf(simpleName, SERVICE_FAILURE_EXCEPTION_WORDS);
  }

  /**
   * A word inside the simple name of an exception type (case-sensitive) that says the resource the attempt used is
   * closed ({@code AlreadyClosedException}, {@code ClosedChannelException}, {@code ConnectionClosedException}): a
   * failure handler that tests for one and stops there ends when its owner closes the resource.
   */
  public static final List<String> CLOSED_RESOURCE_EXCEPTION_WORDS = List.of("Closed");

  /** Simple names of calls without arguments that ask whether a resource is closed. */
  public static final Set<String> CLOSED_CHECK_NAMES = Set.of("isClosed", "isShutdown", "isTerminated");

  /** Whether an exception type's simple name says its resource is closed ({@link #CLOSED_RESOURCE_EXCEPTION_WORDS}). */
  public static boolean isClosedResourceException(String simpleName) {
    return containsAnyOf(simpleName, CLOSED_RESOURCE_EXCEPTION_WORDS);
  }

  /**
   * Simple names of calls that read an entry of a map or cache by its key ({@code tasks.get(key)},
   * {@code tasks.computeIfAbsent(key, this::newTask)}), and of calls that install one or drop one: a loop that creates
   * the entry it asks ({@code putIfAbsent(key, newTask())}) and drops that entry when it answers no
   * ({@code remove(key, task)}) asks a new object each round.
   */
  public static final Set<String> ENTRY_LOOKUP_NAMES = Set.of("get", "getIfPresent", "getOrDefault", "computeIfAbsent");

  /** See {@link #ENTRY_LOOKUP_NAMES}. */
  public static final Set<String> ENTRY_INSTALL_NAMES = Set.of(
      "put", "putIfAbsent", "computeIfAbsent", "compute", "replace", "merge");

  /** See {@link #ENTRY_LOOKUP_NAMES}. */
  public static final Set<String> ENTRY_DROP_NAMES = Set.of("remove", "invalidate", "evict", "replace");

  /**
   * Simple names of calls that only record a caught failure: a catch that passes the exception to one of them
   * ({@code span.recordException(e)}, {@code Sentry.captureException(e)}, X-Ray {@code subsegment.addException(e)},
   * the fluent loggers' {@code log.atWarn().setCause(e)} and {@code withThrowable(e)}) still retries. Together with
   * {@link #REPORTING_METHOD_NAMES} and {@link #FAILURE_REPORTING_NAME_PREFIXES}.
   */
  public static final Set<String> FAILURE_REPORTING_METHOD_NAMES = Set.of(
      "recordException", "captureException", "captureMessage", "noticeError", "addException", "printStackTrace",
      "addSuppressed", "setStatus", "increment", "inc", "mark", "record", "println", "write", "setCause",
      "withThrowable", "setThrowable", "addArgument");

  /**
   * Name prefixes (followed by an upper-case letter or nothing) of calls that report, describe or convert a caught
   * failure rather than decide what happens next: {@code logFailure(e)}, {@code getRootCause(e)},
   * {@code toMessage(e)}, {@code isRetryable(e)} (a test whose answer the catch does not act on by itself).
   */
  public static final List<String> FAILURE_REPORTING_NAME_PREFIXES = List.of(
      "log", "get", "to", "is", "has", "as", "format", "describe", "print", "trace", "debug", "info", "warn", "error",
      "report", "record", "count", "emit", "publish", "notify", "track", "capture");

  /**
   * Whether a call of this simple name, given the caught exception itself as an argument inside a catch block, hands
   * the failure to a handler that may decide the retry's fate ({@code context.onError(e)}, {@code policy.handle(e)},
   * {@code errorHandler.accept(e)}): such a handler may rethrow once attempts are exhausted and may wait before the
   * next attempt, so the catch counts as possibly leaving the loop and possibly waiting. Calls that only report the
   * failure ({@link #REPORTING_METHOD_NAMES}, {@link #FAILURE_REPORTING_METHOD_NAMES},
   * {@link #FAILURE_REPORTING_NAME_PREFIXES}) are not handlers.
   */
  public static boolean isFailureHandlerName(String methodName) {
    if (isReportingName(methodName) || FAILURE_REPORTING_METHOD_NAMES.contains(methodName)) {
      return false;
    }
    for (String prefix : FAILURE_REPORTING_NAME_PREFIXES) {
      if (methodName.equals(prefix) || (methodName.startsWith(prefix) && methodName.length() > prefix.length()
          && Character.isUpperCase(methodName.charAt(prefix.length())))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code target} is a publisher's {@code retry} operator (Reactor's {@code Mono}/{@code Flux}, RxJava's
   * types), whose overloads take nothing, an attempt count or a failure predicate, never a time or a text. A call of
   * that name given such a value is another API's method: the reconnect delay of a server-sent event
   * ({@code ServerSentEvent.Builder#retry(Duration)}, Micronaut's {@code Event#retry(Duration)}).
   */
  public static boolean isPublisherRetryOperator(MethodRef target) {
    return target.method().equals("retry")
        && (target.owner().startsWith("reactor.core.publisher.") || target.owner().startsWith(RX_PACKAGE));
  }

  /**
   * Whether code in package {@code unitPackage} belongs to the retry library that declares {@code owner}: the library
   * implementing its own API or default ({@code Flux#retry()} written as {@code retry(Long.MAX_VALUE)},
   * {@code RetryPolicy.ofDefaults()} built from {@code builder()}, a template whose default is
   * {@code new NoBackOffPolicy()}), not a retry anyone configured. The library's packages are those under the parent of
   * the owner's package ({@code org.springframework.retry} for {@code org.springframework.retry.backoff}), or under the
   * owner's package itself when that parent would have fewer than two segments ({@code dev.failsafe}).
   */
  public static boolean isRetryLibraryCode(String unitPackage, MethodRef owner) {
    String ownerPackage = owner.ownerPackage();
    if (unitPackage == null || unitPackage.isEmpty() || ownerPackage.isEmpty()) {
      return false;
    }
    int lastDot = ownerPackage.lastIndexOf('.');
    String parent = lastDot < 0 ? "" : ownerPackage.substring(0, lastDot);
    String root = parent.indexOf('.') < 0 ? ownerPackage : parent;
    return unitPackage.equals(root) || unitPackage.startsWith(root + ".");
  }

  /**
   * Words that, inside a method's or constant's name (case-insensitive, underscores ignored), say which setting it
   * offers: {@code noBackoff()}, {@code withoutDelay()}, {@code NO_WAIT} for "no wait"; {@code infiniteRetry()},
   * {@code retryForever()}, {@code neverStop()}, {@code UNLIMITED_ATTEMPTS} for "no limit". A definition so named is
   * the option a user asks for by name, not a retry anyone configured.
   */
  public static final Map<RetryProblem, List<String>> SETTING_NAME_WORDS = Map.of(
      RetryProblem.NO_WAIT, List.of("nobackoff", "withoutbackoff", "nowait", "withoutwait", "nodelay", "withoutdelay",
          "zerodelay", "zerobackoff", "immediate"),
      RetryProblem.UNBOUNDED, List.of("infinite", "forever", "neverstop", "unlimited", "unbounded", "indefinite",
          "alwaysretry", "withoutlimit", "nolimit"));

  /** The word that, inside a constant's or method's name (case-insensitive), says it is a published default. */
  public static final String DEFAULT_NAME_WORD = "default";

  /**
   * Whether a method's or constant's name says that it offers the setting of {@code problem}
   * ({@link #SETTING_NAME_WORDS}) or a default ({@link #DEFAULT_NAME_WORD}).
   */
  public static boolean namesSettingOrDefault(String name, RetryProblem problem) {
    String normalized = name.replace("_", "").toLowerCase(Locale.ROOT);
    if (normalized.contains(DEFAULT_NAME_WORD)) {
      return true;
    }
    for (String word : SETTING_NAME_WORDS.getOrDefault(problem, List.of())) {
      if (normalized.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Simple names of the calls that give a fallback for an absent value, the fallback being their last argument:
   * {@code Objects.requireNonNullElse(configured, fallback)}, {@code requireNonNullElseGet(configured, () -> fallback)},
   * {@code Optional.ofNullable(configured).orElse(fallback)}, {@code orElseGet(() -> fallback)}. A setting in that
   * place is chosen only when the user supplied none.
   */
  public static final List<MethodRef> ABSENT_VALUE_FALLBACKS = refs(
      "java.util.Objects#requireNonNullElse",
      "java.util.Objects#requireNonNullElseGet",
      "java.util.Optional#orElse",
      "java.util.Optional#orElseGet");

  /**
   * Simple names of the calls of a Reactor retry spec that say which failures it retries ({@code RetrySpec#filter}).
   * Matched by name on the spec's own chain, whose start the engine has already matched by type.
   */
  public static final Set<String> RETRY_SPEC_FILTER_NAMES = Set.of("filter");

  /**
   * Simple names of the factories of a failed publisher ({@code Mono.error(e)}, {@code Flux.error(e)}, RxJava's
   * {@code Single.error(e)}): retried work that returns one fails its attempt, as one that throws does.
   */
  public static final Set<String> PUBLISHER_ERROR_NAMES = Set.of("error");

  /**
   * Simple names of calls that turn a predicate around ({@code Predicate.not(..)}, {@code negate()}): a retry filter
   * built with one lets through every failure but those named.
   */
  public static final Set<String> PREDICATE_NEGATION_NAMES = Set.of("not", "negate");

  /**
   * Calls that take the next candidate from a collection when made on a field: a helper of the unit whose body makes
   * one hands out another candidate each time it is called ({@code ports.removeFirst()}).
   */
  public static final Set<String> CANDIDATE_TAKING_NAMES = Set.of(
      "removeFirst", "removeLast", "poll", "pollFirst", "pollLast", "take", "next");

  /**
   * Calls that step an atomic counter ({@code attempts.incrementAndGet()}, a {@code LongAdder}'s
   * {@code failures.increment()}): a comparison of a field stepped so counts the calls that reached it, and a guard on
   * it can end a recursive retry.
   */
  public static final Set<String> COUNTER_STEP_NAMES = Set.of(
      "incrementAndGet", "getAndIncrement", "decrementAndGet", "getAndDecrement", "addAndGet", "getAndAdd",
      "increment", "decrement");

  /**
   * Simple type names of the JDK's atomic counters: a parameter of one of them, passed on unchanged by a method that
   * calls itself, is shared by every call and counts across them as a field does ({@code AtomicInteger attempts}).
   */
  public static final Set<String> ATOMIC_COUNTER_TYPE_NAMES = Set.of("AtomicInteger", "AtomicLong");

  /**
   * Calls that advance a counter when made on a field: a helper of the unit that makes one and indexes a collection
   * with it hands out the next candidate ({@code servers[counter.incrementAndGet() % servers.length]}); one that only
   * numbers something ({@code "req-" + ids.incrementAndGet()}) does not.
   */
  public static final Set<String> CURSOR_ADVANCING_NAMES = Set.of("incrementAndGet", "getAndIncrement");

  /**
   * Calls that, made on a field with the round's target, record it as failed in the object's state
   * ({@code excludedMembers.add(target.getUuid())}, {@code dead.put(server.id(), server)}): the next pick can avoid it.
   */
  public static final Set<String> FAILED_TARGET_RECORDING_NAMES = Set.of(
      "add", "put", "putIfAbsent", "offer", "addFirst", "addLast", "push");

  /**
   * The method a retry spec's filter answers with ({@code Predicate<Throwable>#test}): a class of the unit declaring it
   * and changing its own state there is a retry controller.
   */
  public static final String RETRY_SPEC_FILTER_METHOD = "test";

  /**
   * Names of a Reactor retry spec's asynchronous hooks, whose publisher the retry waits for before (or after) each
   * attempt: {@code Retry.max(3).doBeforeRetryAsync(signal -> Mono.delay(Duration.ofSeconds(1)).then())} paces the
   * attempts by hand.
   */
  public static final Set<String> RETRY_SPEC_ASYNC_HOOK_NAMES = Set.of("doBeforeRetryAsync", "doAfterRetryAsync");

  /**
   * Names of a publisher's retry operators, Reactor's and RxJava's alike: {@code retry(..)} itself, and
   * {@code retryWhen(spec)}, which takes a Reactor {@code Retry} spec or an RxJava companion. Applied to a call
   * ({@code client.events(id).retryWhen(Retry.indefinitely())}), they resubscribe to that call: a retry is run there.
   */
  public static final Set<String> PUBLISHER_RETRY_OPERATOR_NAMES = Set.of("retry", "retryWhen");

  /**
   * The calls that leave a connection's outbound open for its lifetime (Reactor Netty's
   * {@code out.sendString(lines).neverComplete()}): what they stream is given to them, so a resubscription after a
   * failure goes on with the next items; it repeats no request and is paced by the stream.
   */
  public static final List<MethodRef> STREAMS_LEFT_OPEN =
      List.of(MethodRef.parse(DEFAULTS, "reactor.netty.NettyOutbound#neverComplete"));

  /**
   * Connection recovery: the words (whole words of a camelCase or UPPER_SNAKE name, case-insensitive) that name a
   * setting for re-establishing a long-lived connection ({@code recoveryBackOff}, {@code setRecoveryInterval(..)},
   * {@code RECONNECT_BACK_OFF}, {@code reEstablishDelay}), the publishers that establish one ({@code client.connect()},
   * Reactor Netty's {@code connectNow()}), and the calls that make a caller wait for a publisher's end. Unlimited
   * attempts that wait between them are the design of such a recovery: a listener container or an agent link that
   * stopped reconnecting would stay deaf for good, and no caller waits on it (docs/rules/UnboundedRetry.md,
   * "Connection recovery"). {@code recoverer} (Spring's handler for exhausted retries) is another word.
   */
  public static final Set<String> CONNECTION_RECOVERY_WORDS = Set.of("recovery", "recover", "recovering", "reconnect",
      "reconnection", "reconnecting", "reestablish", "reestablishment");

  /** See {@link #CONNECTION_RECOVERY_WORDS}: calls that open a connection when the publisher is subscribed. */
  public static final Set<String> CONNECTION_ESTABLISHING_NAMES = Set.of("connect", "connectNow", "reconnect");

  /** See {@link #CONNECTION_RECOVERY_WORDS}: a publisher's operators that hold the caller until it ends. */
  public static final Set<String> BLOCKING_SUBSCRIBE_NAMES =
      Set.of("block", "blockFirst", "blockLast", "blockOptional", "blockingGet", "blockingFirst", "blockingLast");

  /**
   * See {@link #CONNECTION_RECOVERY_WORDS}: a publisher's operators that pass an opened connection on without sending
   * anything ({@code doOnConnected(..)}, {@code timeout(..)}, {@code log()}); any other link ({@code flatMap},
   * {@code then}) may send a request over it, and the retried work is then that request.
   */
  public static final Set<String> CONNECTION_PASSING_OPERATOR_NAMES = Set.of("timeout", "log", "checkpoint", "name",
      "tag", "metrics", "onErrorMap", "cast", "hide", "publishOn", "subscribeOn", "doFinally");

  /** Whether a publisher's operator only passes a connection on: {@link #CONNECTION_PASSING_OPERATOR_NAMES}, {@code doOn*}. */
  public static boolean isConnectionPassingOperator(String methodName) {
    return CONNECTION_PASSING_OPERATOR_NAMES.contains(methodName)
        || methodName.startsWith("doOn") && methodName.length() > 4 && Character.isUpperCase(methodName.charAt(4));
  }

  /**
   * Whether a variable's, field's, parameter's or method's name holds a word of {@link #CONNECTION_RECOVERY_WORDS}
   * as a whole word ({@code recoveryBackOff}, {@code setReconnectDelay}, {@code RECOVERY_INTERVAL}, and
   * {@code reEstablish} read as one word); {@code recoverer} and {@code unrecoverable} do not.
   */
  public static boolean isConnectionRecoveryName(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean boundary = c == '_' || c == '$' || Character.isDigit(c)
          || Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1));
      if (boundary && word.length() > 0) {
        words.add(word.toString().toLowerCase(Locale.ROOT));
        word.setLength(0);
      }
      if (Character.isLetter(c)) {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString().toLowerCase(Locale.ROOT));
    }
    for (int i = 0; i < words.size(); i++) {
      String joined = i + 1 < words.size() ? words.get(i) + words.get(i + 1) : "";
      if (CONNECTION_RECOVERY_WORDS.contains(words.get(i)) || CONNECTION_RECOVERY_WORDS.contains(joined)) {
        return true;
      }
    }
    return false;
  }

  /** The owner of the Reactor retry-spec factories ({@code Retry.max}, {@code Retry.indefinitely}) whose chain filters. */
  public static final String RETRY_SPEC_OWNER = "reactor.util.retry.Retry";

  /**
   * The types of a method parameter that can count attempts: a recursive retry that compares one, reads it in a
   * condition or hands it to a check is bounded ({@code if (attemptsLeft == 0) throw e; export(batch, attemptsLeft -
   * 1)}); one only passed on is not.
   */
  public static final Set<String> ATTEMPT_COUNT_TYPES =
      Set.of("int", "long", "short", "byte", "java.lang.Integer", "java.lang.Long");

  /**
   * Simple names of the one-parameter functional interfaces a retry setting takes to say which failures to retry
   * (RxJava's {@code retry(Predicate<? super Throwable>)}): such an argument never says how often
   * ({@link RetrySetting.ArgumentValue#ONE_PARAMETER_FUNCTION}).
   */
  public static final Set<String> ONE_PARAMETER_FUNCTION_TYPES = Set.of("Predicate");

  /**
   * A library's named constant and its value, for engines that cannot fold it: PMD without an auxclasspath sees
   * {@code FixedBackOff.UNLIMITED_ATTEMPTS} only as a name.
   *
   * @param field the constant ({@code OWNER#FIELD})
   * @param value its value in the library version the catalogue is written for
   */
  public record LibraryConstant(MethodRef field, long value) {}

  /**
   * The library constants the settings are written with, and their values: both Spring constants are
   * {@code Long.MAX_VALUE} ("no limit") in spring-core 6.1 and later. Engines that resolve types fold the constant
   * themselves and never need this list.
   */
  public static final List<LibraryConstant> LIBRARY_CONSTANTS = List.of(
      new LibraryConstant(MethodRef.parse(DEFAULTS, "org.springframework.util.backoff.FixedBackOff#UNLIMITED_ATTEMPTS"),
          Long.MAX_VALUE),
      new LibraryConstant(
          MethodRef.parse(DEFAULTS, "org.springframework.util.backoff.ExponentialBackOff#DEFAULT_MAX_ATTEMPTS"),
          Long.MAX_VALUE));

  /** Every library setting the rules report, for both problems. */
  public static List<RetrySetting> settings() {
    return SETTINGS;
  }

  /**
   * The settings whose call, constructor or annotation element has this simple name ({@code <init>} for
   * constructors); the engine then checks owner, site, arity and value.
   */
  public List<RetrySetting> settingsNamed(String methodName) {
    return settingsByName.getOrDefault(methodName, List.of());
  }

  /** Simple names of every setting's call or element, for a cheap first filter. */
  public Set<String> settingNames() {
    return settingsByName.keySet();
  }

  /**
   * Builders whose default is "no limit" or "no wait" when their chain never overrides it, and setting objects whose
   * constructor leaves that default when nothing overrides it before they are passed on.
   */
  public static List<RetryBuilderDefault> builderDefaults() {
    return BUILDER_DEFAULTS;
  }

  /**
   * Calls that take a Spring {@code BackOff} only for its delays and count the attempts themselves: spring-kafka's
   * retry topics stop after their own {@code maxAttempts} (3 unless set), whatever the backoff says. A backoff with
   * unlimited attempts passed here is bounded by its consumer.
   */
  public static final List<MethodRef> ATTEMPT_COUNTING_BACKOFF_CONSUMERS = List.of(
      MethodRef.parse(DEFAULTS, "org.springframework.kafka.retrytopic.RetryTopicConfigurationBuilder#customBackoff"));

  /**
   * Spring Framework 7's policy builder's build call and the policy's backoff: a policy built only to take its
   * {@code BackOff} ({@code RetryPolicy.builder().maxRetries(..)...build().getBackOff()}) hands out that backoff, and
   * its count becomes the backoff's attempt limit.
   */
  public static final MethodRef SPRING_RETRY_POLICY_BUILD =
      MethodRef.parse(DEFAULTS, "org.springframework.core.retry.RetryPolicy.Builder#build");

  public static final MethodRef SPRING_RETRY_POLICY_BACK_OFF =
      MethodRef.parse(DEFAULTS, "org.springframework.core.retry.RetryPolicy#getBackOff");

  /** Calls in a fluent chain that bound a retry by time. */
  public static List<TimeBound> timeBounds() {
    return TIME_BOUNDS;
  }

  /**
   * Whether {@code OWNER#method} with a zero first argument makes a zero duration: {@code Duration.ofMillis(0)},
   * {@code Duration.ofSeconds(0)}, {@code Duration.of(0, ChronoUnit.SECONDS)}, {@code TimeValue.ofSeconds(0)}...
   */
  public static boolean isZeroDurationFactory(String owner, String method) {
    return DURATION_FACTORIES.getOrDefault(owner, Set.of()).contains(method);
  }

  /** UnboundedRetry's diagnostic for a hand-written retry loop. */
  public static String unboundedLoopMessage() {
    return "This retry loop never gives up while the call keeps failing: limit the attempts, check a deadline or"
        + " interruption, or rethrow after the last attempt";
  }

  /** UnboundedRetry's diagnostic for a method that calls itself from its catch block to retry. */
  public static String unboundedRecursionMessage(String methodName) {
    return unboundedRecursionMessage(methodName, false);
  }

  /** As {@link #unboundedRecursionMessage(String)}, for a call from an asynchronous failure handler when asked. */
  public static String unboundedRecursionMessage(String methodName, boolean asynchronous) {
    return "'" + methodName + "' retries by calling itself from its " + handlerWords(asynchronous)
        + " with no attempt limit: pass a decreasing attempt count and stop at zero";
  }

  private static String handlerWords(boolean asynchronous) {
    return asynchronous ? "failure handler (exceptionallyCompose, onErrorResume)" : "catch block";
  }

  /** UnboundedRetry's diagnostic for a loop that repeats a call until its result says done. */
  public static String unboundedPollMessage() {
    return "This loop repeats the call until its result is ready and never gives up: limit the attempts or check a"
        + " deadline";
  }

  /** RetryWithoutBackoff's diagnostic for a loop that repeats a call until its result says done. */
  public static String noWaitPollMessage() {
    return "This loop repeats the call until its result is ready without waiting between calls: wait between"
        + " polls, e.g. Thread.sleep with a growing delay";
  }

  /** UnboundedRetry's diagnostic for a drain that puts a failed item back where its next turn takes it. */
  public static String unboundedRequeueMessage() {
    return "This loop puts the failed item back where it takes the next one from, so it never gets past an item that"
        + " keeps failing: count the item's failures and set it aside (a dead-letter queue) after the last one";
  }

  /** RetryWithoutBackoff's diagnostic for a loop that puts a failed item back where its next turn takes it. */
  public static String noWaitRequeueMessage() {
    return "This loop puts the failed item back where it takes the next one from, so it takes it again at once:"
        + " wait before taking it again, or requeue it with a delay (e.g. a DelayQueue)";
  }

  /** RetryWithoutBackoff's diagnostic for a hand-written retry loop. */
  public static String noWaitLoopMessage() {
    return "This retry loop tries again immediately after a failure: wait between attempts, e.g. Thread.sleep with"
        + " an exponentially growing delay";
  }

  /** RetryWithoutBackoff's diagnostic for a method that calls itself from its catch block to retry. */
  public static String noWaitRecursionMessage(String methodName) {
    return noWaitRecursionMessage(methodName, false);
  }

  /** As {@link #noWaitRecursionMessage(String)}, for a call from an asynchronous failure handler when asked. */
  public static String noWaitRecursionMessage(String methodName, boolean asynchronous) {
    return "'" + methodName + "' retries by calling itself from its " + handlerWords(asynchronous)
        + " without waiting: wait between attempts, e.g. " + (asynchronous
            ? "a delayed executor or Mono.delay with a growing delay"
            : "Thread.sleep with an exponentially growing delay");
  }

  private static List<RetrySetting> rx(String type) {
    String owner = RX_PACKAGE + type;
    String remedy = "use retryWhen(...) with a bounded, delayed retry";
    return List.of(
        call(owner + "#retry", 0, RetrySetting.NO_ARGUMENT, ArgumentValue.ANY, RetryProblem.UNBOUNDED, remedy),
        call(owner + "#retry", 1, 0, ArgumentValue.UNLIMITED_COUNT, RetryProblem.UNBOUNDED, remedy),
        call(owner + "#retry", 1, 0, ArgumentValue.ONE_PARAMETER_FUNCTION, RetryProblem.UNBOUNDED, remedy),
        call(owner + "#retry", RetrySetting.ANY_ARITY, RetrySetting.NO_ARGUMENT, ArgumentValue.ANY,
            RetryProblem.NO_WAIT, remedy));
  }

  private static RetrySetting call(String target, int arity, int argument, ArgumentValue value, RetryProblem problem,
      String remedy) {
    return new RetrySetting(MethodRef.parse(DEFAULTS, target), Site.METHOD_CALL, problem, arity, argument, value,
        NO_ELEMENTS, remedy);
  }

  private static RetrySetting constructor(String owner, int arity, int argument, ArgumentValue value,
      RetryProblem problem, String remedy) {
    if (!MethodRef.isQualifiedName(owner)) {
      throw new CatalogConfigurationException(DEFAULTS, owner, "not a type name");
    }
    return new RetrySetting(new MethodRef(owner, RetrySetting.CONSTRUCTOR), Site.CONSTRUCTOR_CALL, problem, arity,
        argument, value, NO_ELEMENTS, remedy);
  }

  // -------------------------------------------------------------------------------------------------------------
  // In-memory spins, intake by quantity, and catalogue entries read as camel-case word sequences

  /**
   * The package of the JDK's atomic variables ({@code AtomicBoolean}, {@code AtomicReference}, {@code LongAdder}...):
   * their operations ({@code compareAndSet}, {@code get}, {@code getAndSet}) act on this process's memory. A loop
   * that repeats only them is a spin lock or a lock-free update, never a request sent again.
   */
  public static final String IN_MEMORY_ATOMIC_PACKAGE = "java.util.concurrent.atomic";

  /**
   * The simple-name prefix of atomic variable types in memory: the JDK's, for code whose types did not resolve (a
   * receiver declared {@code AtomicBoolean} or {@code AtomicReference<State>} in the unit), and libraries' own built
   * on them (Jetty's {@code AtomicBiInteger}), followed by an upper-case letter.
   */
  public static final String IN_MEMORY_ATOMIC_TYPE_PREFIX = "Atomic";

  /** Types whose methods only compute on numbers: a spin may call them between its atomic reads and writes. */
  public static final Set<String> PURE_ARITHMETIC_TYPES = Set.of("java.lang.Math", "java.lang.StrictMath");

  /**
   * The methods of the JDK's atomic variables, for code whose types did not resolve: matched together with a receiver
   * declared with an atomic type ({@link #IN_MEMORY_ATOMIC_TYPE_PREFIX}), never by name alone.
   */
  public static final Set<String> IN_MEMORY_ATOMIC_METHOD_NAMES = Set.of(
      "get", "set", "lazySet", "getPlain", "setPlain", "getOpaque", "setOpaque", "getAcquire", "setRelease",
      "compareAndSet", "weakCompareAndSet", "weakCompareAndSetPlain", "weakCompareAndSetVolatile",
      "weakCompareAndSetAcquire", "weakCompareAndSetRelease", "compareAndExchange", "compareAndExchangeAcquire",
      "compareAndExchangeRelease", "getAndSet", "getAndIncrement", "getAndDecrement", "getAndAdd", "incrementAndGet",
      "decrementAndGet", "addAndGet", "getAndUpdate", "updateAndGet", "getAndAccumulate", "accumulateAndGet",
      "getReference", "getStamp", "isMarked", "attemptStamp", "attemptMark", "intValue", "longValue", "length");

  /**
   * Verbs that start the name of a call taking the next items of a source when they are followed by what is taken
   * ({@code processQueue.takeMessages(batchSize)}, {@code consumer.pollRecords(max)},
   * {@code client.receiveMessages(10, timeout)}): intake when every argument says how many or how long
   * ({@link #isIntakeQuantityName}, a time budget), not which.
   */
  public static final List<String> INTAKE_VERB_PREFIXES = List.of("take", "poll", "receive", "dequeue", "pop", "drain");

  /**
   * Camel-case words that name how much an intake call takes: a batch size, a count, a limit
   * ({@code consumeBatchSize}, {@code MAX_MESSAGES}, {@code getPullBatchSize()}).
   */
  public static final Set<String> INTAKE_QUANTITY_WORDS = Set.of(
      "size", "count", "limit", "max", "batch", "capacity", "num", "number");

  /**
   * Whether a call's name is an intake verb followed by what it takes ({@link #INTAKE_VERB_PREFIXES}:
   * {@code takeMessages}, {@code pollRecords}), a name that is no backoff helper ({@code pollDelay}).
   */
  public static boolean isIntakeOfItemsName(String methodName) {
    if (isBackoffHelperName(methodName)) {
      return false;
    }
    for (String verb : INTAKE_VERB_PREFIXES) {
      if (methodName.length() > verb.length() && methodName.startsWith(verb)
          && Character.isUpperCase(methodName.charAt(verb.length()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a variable, field or getter named so says how many items to take ({@link #INTAKE_QUANTITY_WORDS}, a
   * whole camel-case or upper-case word, ignoring case): {@code consumeBatchSize}, {@code MAX_POLL_RECORDS}.
   */
  public static boolean isIntakeQuantityName(String name) {
    if (name == null) {
      return false;
    }
    for (String word : camelCaseWords(name)) {
      if (INTAKE_QUANTITY_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code name} holds the camel-case words of one of the multi-word {@code entries} in order, other words
   * allowed between them ({@code ConcurrentJobModificationException} for {@code ConcurrentModification},
   * {@code OptimisticEntityLockException} for {@code OptimisticLock}). Each word of the entry is a word of the name,
   * or that word with an inflection ({@code Arguments}, {@code Locking}, {@code Locked}; not {@code Statement} for
   * {@code State}); a one-word entry is matched as written only.
   */
  static boolean containsAsWordSequence(String name, List<String> entries) {
    List<String> words = camelCaseWords(name);
    for (String entry : entries) {
      List<String> wanted = camelCaseWords(entry);
      if (wanted.size() < 2) {
        continue;
      }
      int next = 0;
      for (int i = 0; i < words.size() && next < wanted.size(); i++) {
        if (isFormOf(words.get(i), wanted.get(next))) {
          next++;
        }
      }
      if (next == wanted.size()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isFormOf(String word, String wanted) {
    if (!word.startsWith(wanted)) {
      return false;
    }
    String ending = word.substring(wanted.length());
    return ending.isEmpty() || ending.equals("s") || ending.equals("ing") || ending.equals("ed");
  }

  /**
   * Words that start the name of a call making a fresh instance of what failed ({@code newClient()},
   * {@code createChannel()}, {@code reconnect()}), followed by an upper-case letter or alone: a self-call given one
   * reconnects to the same target, it does not fail over to another.
   */
  public static final List<String> FRESH_INSTANCE_NAME_PREFIXES = List.of(
      "new", "create", "open", "connect", "reconnect", "build", "make");

  /** Whether a call of this simple name makes a fresh instance ({@link #FRESH_INSTANCE_NAME_PREFIXES}). */
  public static boolean isFreshInstanceName(String methodName) {
    for (String prefix : FRESH_INSTANCE_NAME_PREFIXES) {
      if (methodName.startsWith(prefix) && (methodName.length() == prefix.length()
          || Character.isUpperCase(methodName.charAt(prefix.length())))) {
        return true;
      }
    }
    return false;
  }

  /**
   * No-argument calls that give an executor running each task in the calling thread, which therefore never refuses
   * one: Guava's {@code MoreExecutors.directExecutor()}, known by name because libraries shade Guava under their own
   * packages.
   */
  public static final Set<String> INLINE_EXECUTOR_FACTORY_NAMES = Set.of("directExecutor");

  /**
   * The words of a camel-case or upper-case name: {@code ConcurrentJobModification} gives {@code Concurrent},
   * {@code Job}, {@code Modification}; {@code MAX_BATCH_SIZE} gives {@code MAX}, {@code BATCH}, {@code SIZE};
   * {@code HTTPClient} gives {@code HTTP}, {@code Client}.
   */
  static List<String> camelCaseWords(String name) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        if (start >= 0) {
          words.add(name.substring(start, i));
        }
        start = -1;
        continue;
      }
      boolean boundary = start >= 0 && Character.isUpperCase(c)
          && (Character.isLowerCase(name.charAt(i - 1))
              || (i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))
                  && Character.isUpperCase(name.charAt(i - 1))));
      if (boundary) {
        words.add(name.substring(start, i));
        start = i;
      } else if (start < 0) {
        start = i;
      }
    }
    if (start >= 0) {
      words.add(name.substring(start));
    }
    return words;
  }

  private static RetrySetting annotation(String target, ArgumentValue value, List<String> absentOrZero,
      RetryProblem problem, String remedy) {
    return new RetrySetting(MethodRef.parse(DEFAULTS, target), Site.ANNOTATION_ELEMENT, problem,
        RetrySetting.ANY_ARITY, RetrySetting.NO_ARGUMENT, value, absentOrZero, remedy);
  }

  private static WaitCall waitCall(String method, int minArguments) {
    return new WaitCall(MethodRef.parse(DEFAULTS, method), minArguments);
  }

  private static List<MethodRef> refs(String... methods) {
    List<MethodRef> refs = new ArrayList<>();
    for (String method : methods) {
      refs.add(MethodRef.parse(DEFAULTS, method));
    }
    return List.copyOf(refs);
  }

  private static <T> Map<String, List<T>> index(List<T> items, java.util.function.Function<T, String> key) {
    Map<String, List<T>> index = new LinkedHashMap<>();
    for (T item : items) {
      index.computeIfAbsent(key.apply(item), name -> new ArrayList<>()).add(item);
    }
    index.replaceAll((name, list) -> List.copyOf(list));
    return Collections.unmodifiableMap(index);
  }

  /** Whether {@code name} contains one of {@code words} (case-sensitive): words inside a type's simple name. */
  private static boolean containsAnyOf(String name, List<String> words) {
    for (String word : words) {
      if (name.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
