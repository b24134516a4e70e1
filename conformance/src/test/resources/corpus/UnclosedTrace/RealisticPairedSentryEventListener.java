package corpus.unclosedtrace;

import io.sentry.ISpan;
import io.sentry.Sentry;
import io.sentry.SpanStatus;
import java.io.IOException;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Response;

/**
 * Sentry child spans from an OkHttp event listener created per call: {@code callStart} starts the child of the span
 * bound to the scope, {@code responseHeadersEnd} tags it, {@code callEnd} / {@code callFailed} / {@code canceled}
 * finish it.
 */
class RealisticPairedSentryEventListener extends EventListener {
  static EventListener.Factory factory() {
    return call -> new RealisticPairedSentryEventListener();
  }

  private ISpan span;

  @Override
  public void callStart(Call call) {
    ISpan parent = Sentry.getSpan();
    if (parent == null) {
      return;
    }
    ISpan child = parent.startChild("http.client", call.request().method() + " " + call.request().url());
    child.setData("url", call.request().url().toString());
    span = child;
  }

  @Override
  public void responseHeadersEnd(Call call, Response response) {
    ISpan current = span;
    if (current != null) {
      current.setData("http.response.status_code", response.code());
      current.setStatus(SpanStatus.fromHttpStatusCode(response.code(), SpanStatus.OK));
    }
  }

  @Override
  public void callEnd(Call call) {
    finish(null);
  }

  @Override
  public void callFailed(Call call, IOException ioe) {
    finish(ioe);
  }

  @Override
  public void canceled(Call call) {
    finish(null);
  }

  private void finish(IOException failure) {
    ISpan current = span;
    span = null;
    if (current == null || current.isFinished()) {
      return;
    }
    if (failure != null) {
      current.setThrowable(failure);
      current.setStatus(SpanStatus.INTERNAL_ERROR);
    }
    current.finish();
  }
}
