package corpus.fullsecretlogged;

import java.io.IOException;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP client of an embeddings service: an interceptor adds the provider's key and logs each exchange by method,
 * address, status and duration. Logging the authenticated Request object itself prints its headers.
 */
public class RealisticAppOkHttpClientFactory {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppOkHttpClientFactory.class);

  static final class AuthInterceptor implements Interceptor {
    private final String apiKey;

    AuthInterceptor(String apiKey) {
      this.apiKey = apiKey;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
      Request original = chain.request();
      Request authed = original.newBuilder()
          .header("Authorization", "Bearer " + apiKey)
          .header("X-Client", "embeddings-service")
          .build();
      long start = System.nanoTime();
      Response response = chain.proceed(authed);
      long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
      log.debug("{} {} -> {} in {} ms", authed.method(), authed.url(), response.code(), millis);
      return response;
    }
  }

  static final class VerboseAuthInterceptor implements Interceptor {
    private final String apiKey;

    VerboseAuthInterceptor(String apiKey) {
      this.apiKey = apiKey;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
      Request authed = chain.request().newBuilder().header("Authorization", "Bearer " + apiKey).build();
      log.trace("sending {}", authed); // tracelint-expect: FullSecretLogged
      Response response = chain.proceed(authed);
      log.trace("received {} with headers {}", response.code(), response.headers());
      return response;
    }
  }

  public OkHttpClient create(String apiKey, boolean verbose) {
    log.info("embeddings client: key {}", apiKey == null ? "missing" : "configured");
    Interceptor auth = verbose ? new VerboseAuthInterceptor(apiKey) : new AuthInterceptor(apiKey);
    return new OkHttpClient.Builder()
        .addInterceptor(auth)
        .callTimeout(Duration.ofSeconds(30))
        .build();
  }
}
