package corpus.retrywithoutbackoff;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** OkHttp interceptors that retry failed responses, as copied between services. */
public class RealisticOkHttpRetryInterceptors {
  /** The widely copied interceptor: re-proceeds while the response is not successful, a few times, at once. */
  static final class RetryInterceptor implements Interceptor {
    private final int maxTries;

    RetryInterceptor(int maxTries) {
      this.maxTries = maxTries;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
      Request request = chain.request();
      Response response = chain.proceed(request);
      int tryCount = 0;
      while (!response.isSuccessful() && tryCount < maxTries) { // tracelint-expect: RetryWithoutBackoff
        tryCount++;
        response.close();
        response = chain.proceed(request);
      }
      return response;
    }
  }

  /** The same interceptor with a pause that grows. */
  static final class BackoffInterceptor implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
      Request request = chain.request();
      Response response = chain.proceed(request);
      int tryCount = 0;
      while (response.code() == 429 && tryCount < 3) {
        tryCount++;
        response.close();
        try {
          Thread.sleep(500L << tryCount);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while backing off", e);
        }
        response = chain.proceed(request);
      }
      return response;
    }
  }

  /** An interceptor for the telemetry endpoint that "must" deliver. */
  static final class DeliverInterceptor implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
      Request request = chain.request();
      Response response = chain.proceed(request);
      while (response.code() >= 500) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
        response.close();
        response = chain.proceed(request);
      }
      return response;
    }
  }

  /** Refreshes the token once on 401 and replays with the new header: a new request. */
  static final class AuthInterceptor implements Interceptor {
    interface Tokens {
      String refresh();
    }

    private final Tokens tokens;

    AuthInterceptor(Tokens tokens) {
      this.tokens = tokens;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
      Request request = chain.request();
      Response response = chain.proceed(request);
      int refreshes = 0;
      while (response.code() == 401 && refreshes++ < 1) {
        response.close();
        request = request.newBuilder().header("Authorization", "Bearer " + tokens.refresh()).build();
        response = chain.proceed(request);
      }
      return response;
    }
  }
}
