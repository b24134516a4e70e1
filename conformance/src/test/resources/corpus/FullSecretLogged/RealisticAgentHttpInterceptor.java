package corpus.fullsecretlogged;

import java.io.IOException;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The OkHttp interceptor of an agent's model client: adds the bearer key and logs the exchange for debugging. */
public class RealisticAgentHttpInterceptor implements Interceptor {
  private static final Logger log = LoggerFactory.getLogger(RealisticAgentHttpInterceptor.class);

  private final String apiKey;

  RealisticAgentHttpInterceptor(String apiKey) {
    this.apiKey = apiKey;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request().newBuilder()
        .header("Authorization", "Bearer " + apiKey)
        .header("OpenAI-Beta", "assistants=v2")
        .build();
    log.debug("--> {} {}", request.method(), request.url());
    Headers sent = request.headers();
    log.trace("--> headers {}", sent); // tracelint-expect: FullSecretLogged
    long started = System.nanoTime();
    Response response = chain.proceed(request);
    log.debug("<-- {} {} in {} ms", response.code(), request.url(), (System.nanoTime() - started) / 1_000_000);
    log.trace("<-- headers {}", response.headers());
    log.trace("--> header names {}", request.headers().names());
    return response;
  }

  /** Logs the request line and a copy of the headers with the authorization removed. */
  public void logSanitized(Request request) {
    Headers safe = request.headers().newBuilder().removeAll("Authorization").build();
    log.debug("--> {} {} {}", request.method(), request.url(), safe);
  }

  /** The retry path logs what it is about to resend. */
  public void logRetry(Request request, int attempt) {
    log.warn("retrying {} (attempt {}) with headers {}", request.url(), attempt, request.headers()); // tracelint-expect: FullSecretLogged
  }
}
