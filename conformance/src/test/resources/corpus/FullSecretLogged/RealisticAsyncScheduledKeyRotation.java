package corpus.fullsecretlogged;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Scheduled, asynchronous rotation of the telemetry exporter's API key: the new key is identified in logs and span
 * attributes by a fingerprint (a hash prefix), its age and its source.
 */
public class RealisticAsyncScheduledKeyRotation {
  private static final Logger log = LoggerFactory.getLogger(RealisticAsyncScheduledKeyRotation.class);

  interface KeyIssuer {
    CompletableFuture<String> issue(String service);
  }

  private final KeyIssuer issuer;
  private final Tracer tracer;
  private volatile String exporterApiKey = "";

  RealisticAsyncScheduledKeyRotation(KeyIssuer issuer, Tracer tracer) {
    this.issuer = issuer;
    this.tracer = tracer;
  }

  @Scheduled(fixedDelayString = "PT12H")
  public void scheduledRotation() {
    rotate("trace-exporter").join();
  }

  @Async
  public CompletableFuture<String> rotate(String service) {
    Span span = tracer.spanBuilder("exporter.key.rotate").startSpan();
    return issuer.issue(service).whenComplete((newKey, error) -> {
      if (error != null) {
        log.warn("key rotation for {} failed", service, error);
        span.recordException(error);
      } else {
        String fingerprint = fingerprint(newKey);
        span.setAttribute("key.fingerprint", fingerprint);
        log.info("rotated exporter key for {}: fingerprint {}, {} chars", service, fingerprint, newKey.length());
        exporterApiKey = newKey;
      }
      span.end();
    });
  }

  public boolean configured() {
    log.debug("exporter key configured: {}", !exporterApiKey.isEmpty());
    return !exporterApiKey.isEmpty();
  }

  static String fingerprint(String secret) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      return "unavailable";
    }
  }
}
