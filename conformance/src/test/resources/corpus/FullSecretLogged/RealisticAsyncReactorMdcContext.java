package corpus.fullsecretlogged;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Signal;
import reactor.util.context.Context;

/**
 * Request-scoped logging context in a Reactor application: the request id and the caller's tenant travel in the
 * Reactor context and are copied to the MDC around each log line; the credential stays out of both.
 */
public class RealisticAsyncReactorMdcContext {
  private static final Logger log = LoggerFactory.getLogger(RealisticAsyncReactorMdcContext.class);
  private static final String REQUEST_ID = "requestId";
  private static final String TENANT = "tenant";

  record Caller(String tenant, String userId, String apiKeyId) {}

  interface Agent {
    Mono<String> answer(String question);
  }

  private final Agent agent;

  RealisticAsyncReactorMdcContext(Agent agent) {
    this.agent = agent;
  }

  public Mono<String> answer(String requestId, Caller caller, String question) {
    return agent.answer(question)
        .doOnEach(signal -> logWithContext(signal, "answer ready"))
        .contextWrite(Context.of(REQUEST_ID, requestId, TENANT, caller.tenant()));
  }

  private static void logWithContext(Signal<String> signal, String message) {
    if (!signal.isOnNext()) {
      return;
    }
    Optional<String> requestId = signal.getContextView().getOrEmpty(REQUEST_ID);
    Optional<String> tenant = signal.getContextView().getOrEmpty(TENANT);
    try (MDC.MDCCloseable r = MDC.putCloseable(REQUEST_ID, requestId.orElse("-"));
        MDC.MDCCloseable t = MDC.putCloseable(TENANT, tenant.orElse("-"))) {
      log.info("{} ({} chars)", message, signal.get().length());
    }
  }

  public Mono<String> answerAudited(Caller caller, String question) {
    MDC.put("userId", caller.userId());
    MDC.put("apiKeyId", caller.apiKeyId());
    try {
      log.info("question from {} of tenant {} with key {}", caller.userId(), caller.tenant(), caller.apiKeyId());
      return agent.answer(question);
    } finally {
      MDC.remove("userId");
      MDC.remove("apiKeyId");
    }
  }
}
