package corpus.unclosedtrace;

import io.opentracing.Scope;
import io.opentracing.Span;
import io.opentracing.Tracer;
import io.opentracing.tag.Tags;
import javax.ws.rs.POST;
import javax.ws.rs.Path;

/** A legacy JAX-RS resource still traced with OpenTracing. */
@Path("/payments")
public class RealisticOpenTracingResource {
  interface PaymentGateway {
    String charge(String order);

    String refund(String order);

    String status(String order);
  }

  private final Tracer tracer;
  private final PaymentGateway gateway;

  RealisticOpenTracingResource(Tracer tracer, PaymentGateway gateway) {
    this.tracer = tracer;
    this.gateway = gateway;
  }

  @POST
  @Path("/charge")
  public String charge(String order) {
    Span span = tracer.buildSpan("payments.charge").withTag(Tags.SPAN_KIND.getKey(), Tags.SPAN_KIND_SERVER).start();
    try (Scope scope = tracer.activateSpan(span)) {
      return gateway.charge(order);
    } catch (RuntimeException e) {
      Tags.ERROR.set(span, true);
      throw e;
    } finally {
      span.finish();
    }
  }

  @POST
  @Path("/refund")
  public String refund(String order) {
    Span span = tracer.buildSpan("payments.refund").start();
    Scope scope = tracer.activateSpan(span); // tracelint-expect: UnclosedTrace
    try {
      return gateway.refund(order);
    } finally {
      span.finish();
    }
  }

  @POST
  @Path("/status")
  public String status(String order) {
    Span span = tracer.buildSpan("payments.status").start();
    Scope scope = tracer.activateSpan(span);
    try {
      return gateway.status(order);
    } finally {
      scope.close();
      span.finish();
    }
  }
}
