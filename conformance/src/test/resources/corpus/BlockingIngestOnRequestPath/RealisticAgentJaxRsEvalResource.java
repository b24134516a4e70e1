package corpus.blockingingestonrequestpath;

import io.sentry.ISpan;
import io.sentry.ITransaction;
import io.sentry.Sentry;
import io.sentry.SpanStatus;
import jakarta.annotation.PreDestroy;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A JAX-RS resource that scores an agent's answer with an LLM judge, traced with Sentry. */
@Path("/evaluations")
public class RealisticAgentJaxRsEvalResource {
  interface Judge {
    double score(String answer);
  }

  private final Judge judge;

  RealisticAgentJaxRsEvalResource(Judge judge) {
    this.judge = judge;
  }

  @POST
  @Path("/{runId}")
  public double evaluate(@PathParam("runId") String runId, String answer) {
    ITransaction transaction = Sentry.startTransaction("eval " + runId, "ai.eval");
    try {
      ISpan judging = transaction.startChild("ai.judge");
      try {
        return judge.score(answer);
      } finally {
        judging.finish();
      }
    } catch (RuntimeException e) {
      transaction.setThrowable(e);
      transaction.setStatus(SpanStatus.INTERNAL_ERROR);
      throw e;
    } finally {
      transaction.finish();
      Sentry.getCurrentScopes().flush(1000); // tracelint-expect: BlockingIngestOnRequestPath
    }
  }

  @POST
  @Path("/{runId}/quick")
  public double evaluateQuick(@PathParam("runId") String runId, String answer) {
    ITransaction transaction = Sentry.startTransaction("eval " + runId, "ai.eval");
    try {
      return judge.score(answer);
    } finally {
      transaction.finish();
    }
  }

  @PreDestroy
  void shutdown() {
    Sentry.flush(5000);
    Sentry.close();
  }
}
