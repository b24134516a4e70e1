package corpus.unboundedretry;

import corpus.unboundedretry.sdk.BrokerListenerContainer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.tcp.TcpClient;
import reactor.util.retry.Retry;
import reactor.util.retry.RetryBackoffSpec;

/**
 * Connection recovery (docs/rules/UnboundedRetry.md, "Connection recovery"): a listener container or an agent link
 * re-established forever, waiting between attempts, is the design of a long-lived client; one that gave up would stay
 * deaf for good, and no caller waits on it. It needs both a wait and a purpose read from the code: a setting named for
 * recovery, or a Reactor retry of a connect. Without a wait, under a neutral name, or around a request, it is reported.
 */
class ConnectionRecovery {
  private static final long RECOVERY_INTERVAL = 5_000L;
  private static final RetryBackoffSpec RECONNECT_SPEC = Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(2));

  private BackOff recoveryBackOff = new FixedBackOff(RECOVERY_INTERVAL, FixedBackOff.UNLIMITED_ATTEMPTS);
  private BackOff backOff = new FixedBackOff(RECOVERY_INTERVAL, FixedBackOff.UNLIMITED_ATTEMPTS); // tracelint-expect: UnboundedRetry -- new FixedBackOff(...)
  private final AtomicBoolean started = new AtomicBoolean();
  private final BrokerListenerContainer container = new BrokerListenerContainer();
  private volatile Connection connection;

  public void acceptsRecoveryIntervalSetter(long recoveryInterval) {
    this.recoveryBackOff = new FixedBackOff(recoveryInterval, FixedBackOff.UNLIMITED_ATTEMPTS);
  }

  void acceptsBackOffGivenToARecoverySetter() {
    container.setRecoveryBackOff(new FixedBackOff(2_000L, FixedBackOff.UNLIMITED_ATTEMPTS));
  }

  void acceptsLocalHandedToARecoverySetter() {
    FixedBackOff forBroker = new FixedBackOff(1_000L, FixedBackOff.UNLIMITED_ATTEMPTS);
    container.setRecoveryBackOff(forBroker);
  }

  void acceptsDefaultBackOffGivenToARecoverySetter() {
    container.setRecoveryBackOff(new ExponentialBackOff());
  }

  BackOff reconnectBackOff() {
    return new FixedBackOff(10_000L, FixedBackOff.UNLIMITED_ATTEMPTS);
  }

  void acceptsBackOffGivenToAReconnectionParameter() {
    install(new FixedBackOff(3_000L, FixedBackOff.UNLIMITED_ATTEMPTS));
  }

  private void install(BackOff reconnectionBackOff) {
    container.setBackOff(reconnectionBackOff);
  }

  void acceptsConnectRetriedForeverWithCappedBackoff(TcpClient client) {
    client.connect()
        .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)).maxBackoff(Duration.ofMinutes(1)))
        .subscribe(opened -> connection = opened);
  }

  void acceptsConnectRetriedWithAReconnectSpec(TcpClient client) {
    client.connect().retryWhen(RECONNECT_SPEC).subscribe(opened -> connection = opened);
  }

  void acceptsDeferredConnectHandedToARetryingHelper(TcpClient client) {
    retryReplaceConnection(Mono.defer(() -> {
      if (started.get()) {
        return client.connect();
      }
      return Mono.empty();
    }));
  }

  private void retryReplaceConnection(Mono<? extends Connection> connecting) {
    connecting.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)).maxBackoff(Duration.ofMinutes(1)))
        .subscribe(opened -> connection = opened);
  }

  void acceptsConnectRetriedWithFixedDelayForever(TcpClient client) {
    client.connect()
        .doOnNext(opened -> connection = opened)
        .retryWhen(Retry.fixedDelay(Long.MAX_VALUE, Duration.ofSeconds(5)))
        .subscribe();
  }

  public void flagsRecoveryWithoutAWait() {
    this.recoveryBackOff = new FixedBackOff(0L, FixedBackOff.UNLIMITED_ATTEMPTS); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
  }

  void flagsBackOffGivenToANeutralSetter() {
    container.setBackOff(new FixedBackOff(2_000L, FixedBackOff.UNLIMITED_ATTEMPTS)); // tracelint-expect: UnboundedRetry -- new FixedBackOff(...)
  }

  void flagsDefaultBackOffGivenToANeutralSetter() {
    container.setBackOff(new ExponentialBackOff()); // tracelint-expect: UnboundedRetry -- new ExponentialBackOff() retries without limit by default
  }

  DefaultErrorHandler flagsRedeliveryBesideADeadLetterRecoverer(KafkaTemplate<String, String> template) {
    DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template);
    return new DefaultErrorHandler(recoverer, new FixedBackOff(1_000L, FixedBackOff.UNLIMITED_ATTEMPTS)); // tracelint-expect: UnboundedRetry
  }

  void flagsConnectRetriedImmediatelyForever(TcpClient client) {
    client.connect().retryWhen(Retry.max(Long.MAX_VALUE)).subscribe(opened -> connection = opened); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
  }

  void flagsRequestOverAConnectionRetriedForever(TcpClient client) {
    client.connect()
        .flatMap(opened -> opened.outbound().sendString(Mono.just("ping")).then())
        .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1))) // tracelint-expect: UnboundedRetry -- Retry.backoff(...)
        .subscribe();
  }

  Connection flagsConnectBlockedOnForever(TcpClient client) {
    return client.connect().retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1))).block(); // tracelint-expect: UnboundedRetry
  }

  void sendsAConnectAndALookupToOneRetryingHelper(TcpClient client, Mono<Connection> lookup) {
    retryForever(client.connect());
    retryForever(lookup);
  }

  private void retryForever(Mono<? extends Connection> work) {
    work.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1))).subscribe(); // tracelint-expect: UnboundedRetry
  }
}
