package corpus.unclosedtrace;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A Micrometer observation kept in a request attribute between an interceptor's hooks: {@code preHandle} starts it and
 * opens its scope, dropping the scope, which the registry keeps; {@code afterCompletion} finds the scope again in the
 * registry through a helper, closes it and stops the observation.
 */
class RealisticPairedObservationScopeHooks implements HandlerInterceptor {
  private static final String OBSERVATION = Observation.class.getName();

  private final ObservationRegistry registry;

  RealisticPairedObservationScopeHooks(ObservationRegistry registry) {
    this.registry = registry;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    Observation observation = Observation.createNotStarted("http.server.requests", registry)
        .lowCardinalityKeyValue("method", request.getMethod())
        .highCardinalityKeyValue("uri", request.getRequestURI());
    observation.start();
    request.setAttribute(OBSERVATION, observation);
    observation.openScope();
    return true;
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    closeCurrentScope();
    Object value = request.getAttribute(OBSERVATION);
    if (!(value instanceof Observation)) {
      return;
    }
    Observation observation = (Observation) value;
    if (ex != null) {
      observation.error(ex);
    }
    observation.lowCardinalityKeyValue("status", String.valueOf(response.getStatus()));
    observation.stop();
  }

  private void closeCurrentScope() {
    Observation.Scope scope = registry.getCurrentObservationScope();
    if (scope != null) {
      scope.close();
    }
  }
}
