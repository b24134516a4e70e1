package corpus.unboundedretry;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.util.TimeValue;
import software.amazon.awssdk.retries.AdaptiveRetryStrategy;
import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * Retry strategies of HTTP and cloud SDK clients (docs/rules/UnboundedRetry.md, "Library settings that mean no
 * limit"; docs/rules/RetryWithoutBackoff.md, "Library settings"): Apache HttpClient 5's
 * {@code DefaultHttpRequestRetryStrategy(maxRetries, interval)} and the AWS SDK for Java 2.x retry strategies. Their
 * defaults are bounded and back off; an unlimited count or an immediate retry is a choice made here.
 */
class SettingsOfHttpAndCloudClients {
  private static final int UNLIMITED = Integer.MAX_VALUE;

  CloseableHttpClient flagsHttpClientRetriedWithoutLimit() {
    return HttpClients.custom()
        .setRetryStrategy(new DefaultHttpRequestRetryStrategy(UNLIMITED, TimeValue.ofSeconds(1))) // tracelint-expect: UnboundedRetry
        .build();
  }

  CloseableHttpClient flagsHttpClientRetriedWithoutInterval() {
    return HttpClients.custom()
        .setRetryStrategy(new DefaultHttpRequestRetryStrategy(3, TimeValue.ZERO_MILLISECONDS)) // tracelint-expect: RetryWithoutBackoff
        .build();
  }

  CloseableHttpClient flagsHttpClientRetriedAfterAZeroFactoryInterval() {
    return HttpClients.custom()
        .setRetryStrategy(new DefaultHttpRequestRetryStrategy(2, TimeValue.ofMilliseconds(0))) // tracelint-expect: RetryWithoutBackoff
        .build();
  }

  RetryStrategy flagsAwsStandardStrategyWithoutLimit() {
    return StandardRetryStrategy.builder()
        .maxAttempts(Integer.MAX_VALUE) // tracelint-expect: UnboundedRetry
        .build();
  }

  RetryStrategy flagsAwsStrategyThatRetriesImmediately() {
    return StandardRetryStrategy.builder()
        .maxAttempts(4)
        .backoffStrategy(BackoffStrategy.retryImmediately()) // tracelint-expect: RetryWithoutBackoff
        .build();
  }

  CloseableHttpClient acceptsHttpClientDefaults() {
    return HttpClients.custom().setRetryStrategy(new DefaultHttpRequestRetryStrategy()).build();
  }

  CloseableHttpClient acceptsHttpClientBoundedWithAnInterval() {
    return HttpClients.custom()
        .setRetryStrategy(new DefaultHttpRequestRetryStrategy(3, TimeValue.of(500, TimeUnit.MILLISECONDS)))
        .build();
  }

  CloseableHttpClient acceptsHttpClientThatNeverRetries() {
    return HttpClients.custom()
        .setRetryStrategy(new DefaultHttpRequestRetryStrategy(0, TimeValue.ZERO_MILLISECONDS))
        .build();
  }

  RetryStrategy acceptsAwsStandardStrategyBounded() {
    return StandardRetryStrategy.builder()
        .maxAttempts(5)
        .backoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(100), Duration.ofSeconds(20)))
        .build();
  }

  RetryStrategy acceptsAwsAdaptiveStrategyDefaults() {
    return AdaptiveRetryStrategy.builder().build();
  }

  RetryStrategy acceptsAwsAttemptsFromConfiguration(int configuredAttempts) {
    return StandardRetryStrategy.builder().maxAttempts(configuredAttempts).build();
  }
}
