package corpus.fullsecretlogged;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * A Spring client interceptor of a RAG service that calls an internal search API: it sets the service's bearer token
 * and logs each exchange by method, address, status and the names of the headers it sent.
 */
public class RealisticAppRestTemplateAuthInterceptor implements ClientHttpRequestInterceptor {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppRestTemplateAuthInterceptor.class);

  interface ServiceTokens {
    String currentToken();
  }

  private final ServiceTokens tokens;

  public RealisticAppRestTemplateAuthInterceptor(ServiceTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
      throws IOException {
    HttpHeaders headers = request.getHeaders();
    headers.setBearerAuth(tokens.currentToken());
    headers.set("X-Client-Name", "rag-service");
    long started = System.currentTimeMillis();
    ClientHttpResponse response = execution.execute(request, body);
    log.debug("{} {} -> {} in {} ms (sent headers {})", request.getMethod(), request.getURI(),
        response.getStatusCode().value(), System.currentTimeMillis() - started, headers.headerNames());
    log.trace("response headers {}", response.getHeaders());
    return response;
  }
}
