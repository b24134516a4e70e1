package corpus.unclosedtrace;

import com.amazonaws.xray.AWSXRay;
import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.entities.Segment;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * X-Ray's recorder keeps the segment on the request thread: an interceptor begins it in {@code preHandle} and ends it
 * in {@code afterCompletion}, which Spring calls on the same thread whatever the handler did, as X-Ray's own servlet
 * filter does with its pre- and post-filter hooks.
 */
class RealisticPairedXRayServletHooks {
  /** The global recorder's static calls. */
  static class StaticRecorder implements HandlerInterceptor {
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
      AWSXRay.beginSegment(request.getServerName());
      AWSXRay.getCurrentSegmentOptional().ifPresent(s -> s.putHttp("request", java.util.Map.of(
          "method", request.getMethod(), "url", request.getRequestURL().toString())));
      return true;
    }

    @Override
    public void afterCompletion(
        HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
      Segment segment = AWSXRay.getCurrentSegment();
      if (ex != null) {
        segment.addException(ex);
      }
      segment.putHttp("response", java.util.Map.of("status", response.getStatus()));
      AWSXRay.endSegment();
    }
  }

  /** An injected recorder, the subsegment of a handler's downstream call ended by the paired hook. */
  static class InjectedRecorder implements HandlerInterceptor {
    private final AWSXRayRecorder recorder;

    InjectedRecorder(AWSXRayRecorder recorder) {
      this.recorder = recorder;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
      recorder.beginSubsegment("handler " + handler.getClass().getSimpleName());
      return true;
    }

    @Override
    public void afterCompletion(
        HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
      if (ex != null) {
        recorder.getCurrentSubsegmentOptional().ifPresent(s -> s.addException(ex));
      }
      recorder.endSubsegment();
    }
  }
}
