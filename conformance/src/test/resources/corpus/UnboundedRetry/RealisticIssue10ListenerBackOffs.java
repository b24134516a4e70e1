package corpus.unboundedretry;

import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/** Error handlers for the span-ingest Kafka listeners, built with Spring backoffs. */
public class RealisticIssue10ListenerBackOffs {
  public CommonErrorHandler ingestErrorHandler() {
    ExponentialBackOff backOff = new ExponentialBackOff(); // tracelint-expect: UnboundedRetry
    backOff.setInitialInterval(500);
    backOff.setMultiplier(1.5);
    return new DefaultErrorHandler(backOff);
  }

  public CommonErrorHandler auditErrorHandler() {
    return new DefaultErrorHandler(new FixedBackOff()); // tracelint-expect: UnboundedRetry
  }

  public CommonErrorHandler boundedIngestErrorHandler() {
    ExponentialBackOff backOff = new ExponentialBackOff(1_000, 2.0);
    backOff.setMaxElapsedTime(60_000);
    return new DefaultErrorHandler(backOff);
  }

  public CommonErrorHandler boundedAuditErrorHandler() {
    return new DefaultErrorHandler(new FixedBackOff(2_000, 5));
  }

  public CommonErrorHandler countedAuditErrorHandler() {
    FixedBackOff backOff = new FixedBackOff(2_000);
    backOff.setMaxAttempts(4);
    return new DefaultErrorHandler(backOff);
  }
}
