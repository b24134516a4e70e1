package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Objects;

/** A Quarkus-style JAX-RS resource of a chat agent: validation first, then one span per request. */
@Path("/v1/agent")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RealisticAppQuarkusAgentResource {
  public record AskRequest(String conversationId, String question) {}

  public record AskResponse(String conversationId, String answer) {}

  interface Agent {
    String answer(String conversationId, String question);
  }

  private final Tracer tracer;
  private final Agent agent;

  public RealisticAppQuarkusAgentResource(Tracer tracer, Agent agent) {
    this.tracer = Objects.requireNonNull(tracer);
    this.agent = Objects.requireNonNull(agent);
  }

  @POST
  @Path("/ask")
  public AskResponse ask(AskRequest request) {
    if (request == null || request.question() == null || request.question().isBlank()) {
      throw new BadRequestException("question is required");
    }
    Span span = tracer.spanBuilder("agent.ask").setSpanKind(SpanKind.SERVER).startSpan();
    try (Scope scope = span.makeCurrent()) {
      span.setAttribute("conversation.id", request.conversationId());
      return new AskResponse(request.conversationId(), agent.answer(request.conversationId(), request.question()));
    } catch (RuntimeException e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR);
      throw e;
    } finally {
      span.end();
    }
  }

  /** A span started inside the try, with the end guarded against a start that failed. */
  @POST
  @Path("/ask-raw")
  public Response askRaw(AskRequest request) {
    Span span = null;
    try {
      span = tracer.spanBuilder("agent.ask.raw").startSpan();
      String answer = agent.answer(request.conversationId(), request.question());
      return Response.ok(new AskResponse(request.conversationId(), answer)).build();
    } catch (RuntimeException e) {
      if (span != null) {
        span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
      }
      return Response.serverError().build();
    } finally {
      if (span != null) {
        span.end();
      }
    }
  }

  /** Early answers returned from inside the try: the finally still ends the span. */
  @POST
  @Path("/ask-cached")
  public AskResponse askCached(AskRequest request) {
    Span span = tracer.spanBuilder("agent.ask.cached").startSpan();
    try {
      if (request.question().length() < 3) {
        span.setAttribute("agent.short_circuit", true);
        return new AskResponse(request.conversationId(), "Could you say a little more?");
      }
      var answer = agent.answer(request.conversationId(), request.question());
      return new AskResponse(request.conversationId(), answer);
    } finally {
      span.end();
    }
  }
}
