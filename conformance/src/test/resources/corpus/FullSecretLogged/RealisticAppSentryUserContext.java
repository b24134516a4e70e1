package corpus.fullsecretlogged;

import io.sentry.ISpan;
import io.sentry.ITransaction;
import io.sentry.Sentry;
import io.sentry.SpanStatus;
import jakarta.servlet.http.HttpServletRequest;

/**
 * An agent endpoint reporting to Sentry: tags for the tenant and the model, extras for sizes, span data for the tool
 * call. An extra that copies the caller's API-key header sends the key to Sentry.
 */
public class RealisticAppSentryUserContext {
  record AgentCall(String tenantId, String model, String tool, String input) {}

  interface ToolRunner {
    String run(String tool, String input);
  }

  private final ToolRunner tools;

  public RealisticAppSentryUserContext(ToolRunner tools) {
    this.tools = tools;
  }

  public String handle(HttpServletRequest request, AgentCall call) {
    Sentry.setTag("tenant", call.tenantId());
    Sentry.setTag("llm.model", call.model());
    Sentry.setExtra("input.chars", Integer.toString(call.input().length()));
    Sentry.setExtra("client.key.present", Boolean.toString(request.getHeader("X-Api-Key") != null));
    ITransaction transaction = Sentry.startTransaction("agent " + call.tool(), "agent.invoke");
    ISpan toolSpan = transaction.startChild("tool.call", call.tool());
    try {
      toolSpan.setData("tool.name", call.tool());
      toolSpan.setTag("tenant", call.tenantId());
      String output = tools.run(call.tool(), call.input());
      toolSpan.setData("tool.output.chars", output.length());
      toolSpan.setStatus(SpanStatus.OK);
      return output;
    } catch (RuntimeException e) {
      toolSpan.setThrowable(e);
      toolSpan.setStatus(SpanStatus.INTERNAL_ERROR);
      throw e;
    } finally {
      toolSpan.finish();
      transaction.finish();
    }
  }

  public void describeCaller(HttpServletRequest request) {
    Sentry.setExtra("user-agent", request.getHeader("User-Agent"));
    Sentry.setExtra("client-key", request.getHeader("X-Api-Key")); // tracelint-expect: FullSecretLogged
  }
}
