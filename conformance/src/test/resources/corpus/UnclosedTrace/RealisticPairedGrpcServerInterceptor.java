package corpus.unclosedtrace;

import io.grpc.ForwardingServerCall.SimpleForwardingServerCall;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

/**
 * A gRPC server interceptor: the span starts with the call, each listener callback runs in its scope, and the call's
 * last callback ({@code onComplete} or {@code onCancel}) ends it. The status is recorded when the server closes the
 * call.
 */
class RealisticPairedGrpcServerInterceptor implements ServerInterceptor {
  private final Tracer tracer;

  RealisticPairedGrpcServerInterceptor(Tracer tracer) {
    this.tracer = tracer;
  }

  @Override
  public <ReqT, RespT> ServerCall.Listener<ReqT> interceptCall(
      ServerCall<ReqT, RespT> call, Metadata headers, ServerCallHandler<ReqT, RespT> next) {
    Span span = tracer.spanBuilder(call.getMethodDescriptor().getFullMethodName())
        .setSpanKind(SpanKind.SERVER)
        .startSpan();
    ServerCall<ReqT, RespT> traced = new SimpleForwardingServerCall<ReqT, RespT>(call) {
      @Override
      public void close(Status status, Metadata trailers) {
        span.setAttribute("rpc.grpc.status_code", status.getCode().value());
        if (!status.isOk()) {
          span.setStatus(StatusCode.ERROR, status.getCode().name());
        }
        super.close(status, trailers);
      }
    };
    ServerCall.Listener<ReqT> delegate;
    try (Scope scope = span.makeCurrent()) {
      delegate = next.startCall(traced, headers);
    } catch (RuntimeException e) {
      span.recordException(e);
      span.end();
      throw e;
    }
    return new SimpleForwardingServerCallListener<ReqT>(delegate) {
      @Override
      public void onMessage(ReqT message) {
        try (Scope scope = span.makeCurrent()) {
          super.onMessage(message);
        }
      }

      @Override
      public void onHalfClose() {
        try (Scope scope = span.makeCurrent()) {
          super.onHalfClose();
        }
      }

      @Override
      public void onComplete() {
        try (Scope scope = span.makeCurrent()) {
          super.onComplete();
        } finally {
          span.end();
        }
      }

      @Override
      public void onCancel() {
        span.setStatus(StatusCode.ERROR, "cancelled");
        try (Scope scope = span.makeCurrent()) {
          super.onCancel();
        } finally {
          span.end();
        }
      }
    };
  }
}
