package corpus.fullsecretlogged;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** OkHttp interceptors a model client installs for debugging. */
public class RealisticOkHttpLogging {
  private static final Logger log = LoggerFactory.getLogger(RealisticOkHttpLogging.class);

  static final class SummaryInterceptor implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
      Request request = chain.request();
      long started = System.nanoTime();
      Response response = chain.proceed(request);
      log.debug("{} {} -> {} in {} ms, response headers {}", request.method(), request.url(), response.code(),
          (System.nanoTime() - started) / 1_000_000, response.headers());
      return response;
    }
  }

  static final class HeaderNamesInterceptor implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
      Request request = chain.request();
      log.trace("{} {} with headers {}", request.method(), request.url(), request.headers().names());
      return chain.proceed(request);
    }
  }

  static final class VerboseInterceptor implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
      Request request = chain.request();
      Response response = chain.proceed(request);
      if (!response.isSuccessful()) {
        log.warn("{} {} failed with {}; request headers: {}", request.method(), request.url(), // tracelint-expect: FullSecretLogged
            response.code(), request.headers());
      }
      return response;
    }
  }
}
