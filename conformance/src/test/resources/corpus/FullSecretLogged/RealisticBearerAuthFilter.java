package corpus.fullsecretlogged;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/** Validates bearer tokens on the agent API. */
public class RealisticBearerAuthFilter extends OncePerRequestFilter {
  private static final Logger log = LoggerFactory.getLogger(RealisticBearerAuthFilter.class);

  interface TokenVerifier {
    boolean verify(String token);
  }

  private final TokenVerifier verifier;

  RealisticBearerAuthFilter(TokenVerifier verifier) {
    this.verifier = verifier;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String requestId = request.getHeader("X-Request-Id");
    String auth = request.getHeader(HttpHeaders.AUTHORIZATION);
    log.debug("{} {} request={} auth present={}", request.getMethod(), request.getRequestURI(), requestId, auth != null);
    if (auth == null || !auth.startsWith("Bearer ")) {
      log.warn("rejecting {}: malformed authorization header {}", request.getRequestURI(), auth); // tracelint-expect: FullSecretLogged
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    String token = auth.substring(7);
    if (!verifier.verify(token)) {
      log.warn("rejecting {}: token {}... failed verification", request.getRequestURI(), token.substring(0, 6));
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    chain.doFilter(request, response);
  }
}
