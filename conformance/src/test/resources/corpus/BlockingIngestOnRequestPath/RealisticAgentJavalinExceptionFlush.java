package corpus.blockingingestonrequestpath;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.sentry.Sentry;

/** A Javalin agent service reporting failed runs to Sentry. */
public class RealisticAgentJavalinExceptionFlush {
  static class AgentFailure extends RuntimeException {
    AgentFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }

  interface Agent {
    String run(String goal);
  }

  private final Agent agent;

  RealisticAgentJavalinExceptionFlush(Agent agent) {
    this.agent = agent;
  }

  Javalin routes() {
    Javalin app = Javalin.create();
    app.post("/agent/run", ctx -> ctx.result(agent.run(ctx.body())));
    app.exception(AgentFailure.class, (e, ctx) -> {
      Sentry.captureException(e);
      Sentry.flush(2000); // tracelint-expect: BlockingIngestOnRequestPath
      ctx.status(502).result("agent failed");
    });
    app.exception(IllegalArgumentException.class, (e, ctx) -> {
      Sentry.captureException(e);
      ctx.status(400).result(e.getMessage());
    });
    app.error(500, this::internalError);
    app.events(events -> events.serverStopping(() -> Sentry.flush(5000)));
    return app;
  }

  void internalError(Context ctx) {
    Sentry.captureMessage("internal error on " + ctx.path());
    ctx.result("internal error");
  }

  public static void main(String[] args) {
    Javalin app = new RealisticAgentJavalinExceptionFlush(goal -> goal).routes().start(7070);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      Sentry.close();
    }));
  }
}
