package corpus.fullsecretlogged;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The API-key filter in front of an agent service: checks the caller's key and logs rejected calls. */
public class RealisticAgentApiKeyFilter extends HttpFilter {
  private static final Logger log = LoggerFactory.getLogger(RealisticAgentApiKeyFilter.class);
  private static final String API_KEY_HEADER = "X-Api-Key";

  interface KeyStore {
    String tenantFor(String apiKey);
  }

  private final KeyStore keys;

  RealisticAgentApiKeyFilter(KeyStore keys) {
    this.keys = keys;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String presented = request.getHeader(API_KEY_HEADER);
    String tenant = presented == null ? null : keys.tenantFor(presented);
    if (tenant == null) {
      log.warn("rejected {} {} from {}: unknown key {}", request.getMethod(), request.getRequestURI(), // tracelint-expect: FullSecretLogged
          request.getRemoteAddr(), presented);
      response.sendError(401);
      return;
    }
    log.debug("tenant {} called {} with key {}...", tenant, request.getRequestURI(),
        presented.substring(0, Math.min(8, presented.length())));
    log.debug("tenant {} via header {}", tenant, API_KEY_HEADER);
    chain.doFilter(request, response);
  }
}
