package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import java.io.IOException;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Response;

/**
 * An OkHttp {@link EventListener} created per call by its factory: {@code callStart} starts the call's span and a DNS
 * child, {@code dnsEnd}, {@code callEnd}, {@code callFailed} and {@code canceled} end them. The spans live in fields of
 * the per-call listener.
 */
class RealisticPairedOkHttpEventListener extends EventListener {
  static EventListener.Factory factory(Tracer tracer) {
    return call -> new RealisticPairedOkHttpEventListener(tracer);
  }

  private final Tracer tracer;
  private Span callSpan;
  private Span dnsSpan;

  RealisticPairedOkHttpEventListener(Tracer tracer) {
    this.tracer = tracer;
  }

  @Override
  public void callStart(Call call) {
    callSpan = tracer.spanBuilder("HTTP " + call.request().method())
        .setSpanKind(SpanKind.CLIENT)
        .setAttribute("url.full", call.request().url().toString())
        .startSpan();
  }

  @Override
  public void dnsStart(Call call, String domainName) {
    this.dnsSpan = tracer.spanBuilder("dns " + domainName).startSpan();
  }

  @Override
  public void dnsEnd(Call call, String domainName, java.util.List<java.net.InetAddress> addresses) {
    if (dnsSpan != null) {
      dnsSpan.setAttribute("dns.addresses", addresses.size());
      dnsSpan.end();
      dnsSpan = null;
    }
  }

  @Override
  public void responseHeadersEnd(Call call, Response response) {
    if (callSpan != null) {
      callSpan.setAttribute("http.response.status_code", response.code());
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
    finish(new IOException("canceled"));
  }

  private void finish(IOException failure) {
    if (dnsSpan != null) {
      dnsSpan.end();
      dnsSpan = null;
    }
    if (callSpan == null) {
      return;
    }
    if (failure != null) {
      callSpan.recordException(failure);
      callSpan.setStatus(StatusCode.ERROR);
    }
    callSpan.end();
    callSpan = null;
  }
}
