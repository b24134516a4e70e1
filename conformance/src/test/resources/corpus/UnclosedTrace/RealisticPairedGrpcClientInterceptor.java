package corpus.unclosedtrace;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.ForwardingClientCallListener.SimpleForwardingClientCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;

/**
 * A gRPC client interceptor: the span starts when the call starts and ends in the response listener's
 * {@code onClose}, the one callback every call gets; a {@code start} that throws ends it at once.
 */
class RealisticPairedGrpcClientInterceptor implements ClientInterceptor {
  private final Tracer tracer;

  RealisticPairedGrpcClientInterceptor(Tracer tracer) {
    this.tracer = tracer;
  }

  @Override
  public <ReqT, RespT> ClientCall<ReqT, RespT> interceptCall(
      MethodDescriptor<ReqT, RespT> method, CallOptions callOptions, Channel next) {
    return new TracedCall<>(next.newCall(method, callOptions), method.getFullMethodName());
  }

  private final class TracedCall<ReqT, RespT> extends SimpleForwardingClientCall<ReqT, RespT> {
    private final String name;

    TracedCall(ClientCall<ReqT, RespT> delegate, String name) {
      super(delegate);
      this.name = name;
    }

    @Override
    public void start(Listener<RespT> responseListener, Metadata headers) {
      Span span = tracer.spanBuilder(name).setSpanKind(SpanKind.CLIENT).startSpan();
      Listener<RespT> ending = new SimpleForwardingClientCallListener<RespT>(responseListener) {
        @Override
        public void onClose(Status status, Metadata trailers) {
          try {
            if (!status.isOk()) {
              span.setStatus(StatusCode.ERROR, status.getCode().name());
            }
            super.onClose(status, trailers);
          } finally {
            span.end();
          }
        }
      };
      try {
        super.start(ending, headers);
      } catch (RuntimeException e) {
        span.recordException(e);
        span.end();
        throw e;
      }
    }
  }
}
