package corpus.blockingingestonrequestpath;

import io.sentry.Sentry;
import io.sentry.SentryLevel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Error handling of an agent API: failures go to Sentry, the client gets a problem detail. */
@RestControllerAdvice
public class RealisticAppErrorAdviceSentry {
  public static class ModelUnavailableException extends RuntimeException {
    public ModelUnavailableException(String message) {
      super(message);
    }
  }

  public static class ToolFailedException extends RuntimeException {
    public ToolFailedException(String message) {
      super(message);
    }
  }

  @ExceptionHandler(ModelUnavailableException.class)
  public ResponseEntity<ProblemDetail> modelUnavailable(ModelUnavailableException e) {
    Sentry.captureException(e);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "model unavailable");
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
  }

  @ExceptionHandler(IllegalArgumentException.class)
  public ProblemDetail badRequest(IllegalArgumentException e) {
    Sentry.withScope(scope -> {
      scope.setLevel(SentryLevel.WARNING);
      Sentry.captureException(e);
    });
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  /** "Make sure the event is sent before we answer": every failed request waits up to two seconds on Sentry. */
  @ExceptionHandler(ToolFailedException.class)
  public ProblemDetail toolFailed(ToolFailedException e) {
    Sentry.captureException(e);
    Sentry.flush(2000); // tracelint-expect: BlockingIngestOnRequestPath -- Sentry.flush()
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, "tool failed");
  }
}
