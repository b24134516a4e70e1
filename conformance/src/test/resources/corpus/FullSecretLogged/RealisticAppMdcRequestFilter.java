package corpus.fullsecretlogged;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request filter that puts correlation fields into the logging context: the request id, the caller's key id (a
 * name of the key, not the key) and the route. The key itself is resolved to its id and never stored.
 */
public class RealisticAppMdcRequestFilter extends OncePerRequestFilter {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppMdcRequestFilter.class);

  interface KeyDirectory {
    String idOf(String presentedKey);
  }

  private final KeyDirectory keys;

  public RealisticAppMdcRequestFilter(KeyDirectory keys) {
    this.keys = keys;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String requestId = request.getHeader("X-Request-Id");
    if (requestId == null) {
      requestId = UUID.randomUUID().toString();
    }
    String presented = request.getHeader("X-Api-Key");
    String apiKeyId = presented == null ? "anonymous" : keys.idOf(presented);
    MDC.put("requestId", requestId);
    MDC.put("apiKeyId", apiKeyId);
    MDC.put("route", request.getMethod() + " " + request.getRequestURI());
    try (MDC.MDCCloseable ignored = MDC.putCloseable("authScheme", scheme(request.getHeader("Authorization")))) {
      log.debug("request {} from key {}", requestId, apiKeyId);
      chain.doFilter(request, response);
    } finally {
      MDC.remove("requestId");
      MDC.remove("apiKeyId");
      MDC.remove("route");
    }
  }

  private static String scheme(String authorization) {
    if (authorization == null) {
      return "none";
    }
    int space = authorization.indexOf(' ');
    return space < 0 ? "unknown" : authorization.substring(0, space);
  }
}
