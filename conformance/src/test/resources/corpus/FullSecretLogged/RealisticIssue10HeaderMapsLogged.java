package corpus.fullsecretlogged;

import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Spring-based clients for an observability backend, logging the headers they send. */
public class RealisticIssue10HeaderMapsLogged {
  private static final Logger log = LoggerFactory.getLogger(RealisticIssue10HeaderMapsLogged.class);

  private final String ingestToken;
  private final String tenant;

  RealisticIssue10HeaderMapsLogged(String ingestToken, String tenant) {
    this.ingestToken = ingestToken;
    this.tenant = tenant;
  }

  public HttpHeaders ingestHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBearerAuth(ingestToken);
    headers.add("X-Tenant", tenant);
    log.debug("ingest headers prepared: {}", headers); // tracelint-expect: FullSecretLogged
    return headers;
  }

  public HttpHeaders plainHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.add("X-Tenant", tenant);
    log.debug("plain headers prepared: {}", headers);
    return headers;
  }

  public Map<String, String> langfuseHeaders(String publicKey, String secretKey) {
    Map<String, String> extra = new HashMap<>();
    extra.put("x-langfuse-public-key", publicKey);
    extra.put("x-api-key", secretKey);
    log.info("exporter headers {}", extra); // tracelint-expect: FullSecretLogged
    return extra;
  }

  public Map<String, String> traceHeaders(String requestId) {
    Map<String, String> extra = new HashMap<>();
    extra.put("X-Request-Id", requestId);
    extra.put("Accept", "application/json");
    log.info("trace headers {}", extra);
    return extra;
  }

  public void forward(Map<String, String> incoming) {
    log.debug("forwarding {}", incoming);
  }
}
