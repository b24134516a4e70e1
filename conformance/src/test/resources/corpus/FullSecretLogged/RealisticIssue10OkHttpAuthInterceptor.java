package corpus.fullsecretlogged;

import java.io.IOException;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An OkHttp interceptor for a model provider that adds the key and logs the exchange. */
public class RealisticIssue10OkHttpAuthInterceptor implements Interceptor {
  private static final Logger LOGGER = LoggerFactory.getLogger(RealisticIssue10OkHttpAuthInterceptor.class);

  private final String providerKey;

  RealisticIssue10OkHttpAuthInterceptor(String providerKey) {
    this.providerKey = providerKey;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request authorized = chain.request().newBuilder()
        .header("x-api-key", providerKey)
        .build();
    LOGGER.trace("--> {}", authorized); // tracelint-expect: FullSecretLogged -- logs the full secret headers of 'authorized'
    Headers outgoing = authorized.headers();
    LOGGER.debug("POST {} headers={}", authorized.url(), outgoing); // tracelint-expect: FullSecretLogged
    Response response = chain.proceed(authorized);
    LOGGER.debug("<-- {} headers={}", response.code(), response.headers());
    return response;
  }

  public void describe(Request request) {
    LOGGER.info("request {} carries {} headers named {}", request.url(), request.headers().size(),
        request.headers().names());
  }

  public void describeRedacted(Request request) {
    Headers visible = request.headers().newBuilder().removeAll("Authorization").build();
    LOGGER.info("request {} with {}", request.url(), visible);
  }

  public void dump(Request request) {
    LOGGER.trace("full request: " + request.headers()); // tracelint-expect: FullSecretLogged
  }
}
