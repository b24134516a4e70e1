package corpus.unclosedtrace;

import io.sentry.ISpan;
import io.sentry.ITransaction;
import io.sentry.Sentry;
import io.sentry.SpanStatus;
import io.sentry.TransactionOptions;
import java.util.Map;

/** An MCP server's tool dispatcher, traced with Sentry: one transaction per tools/call, one child per tool. */
public class RealisticAppMcpToolDispatch {
  sealed interface ToolResult permits Ok, Failed {}

  record Ok(String content) implements ToolResult {}

  record Failed(String message) implements ToolResult {}

  interface ToolHandler {
    String handle(Map<String, Object> arguments) throws Exception;
  }

  private final Map<String, ToolHandler> handlers;

  public RealisticAppMcpToolDispatch(Map<String, ToolHandler> handlers) {
    this.handlers = handlers;
  }

  public ToolResult callTool(String name, Map<String, Object> arguments) {
    TransactionOptions options = new TransactionOptions();
    options.setBindToScope(true);
    ITransaction transaction = Sentry.startTransaction("mcp tools/call", "mcp.server", options);
    try {
      ToolHandler handler = handlers.get(name);
      if (handler == null) {
        transaction.setStatus(SpanStatus.NOT_FOUND);
        return new Failed("unknown tool " + name);
      }
      ISpan child = transaction.startChild("mcp.tool", name);
      try {
        return new Ok(handler.handle(arguments));
      } catch (Exception e) {
        child.setThrowable(e);
        child.setStatus(SpanStatus.INTERNAL_ERROR);
        return new Failed(e.getMessage());
      } finally {
        child.finish();
      }
    } finally {
      transaction.finish();
    }
  }

  /** The status is chosen from the result, in the finally. */
  public ToolResult callToolWithStatus(String name, Map<String, Object> arguments) {
    ITransaction transaction = Sentry.startTransaction("mcp tools/call", "mcp.server");
    ToolResult result = new Failed("not run");
    try {
      result = new Ok(handlers.getOrDefault(name, args -> "noop").handle(arguments));
      return result;
    } catch (Exception e) {
      transaction.setThrowable(e);
      result = new Failed(e.getMessage());
      return result;
    } finally {
      SpanStatus status = result instanceof Ok ? SpanStatus.OK : SpanStatus.INTERNAL_ERROR;
      transaction.finish(status);
    }
  }

  /** A child of the bound transaction, finished only when the tool succeeds. */
  public String callChild(ISpan parent, String name, Map<String, Object> arguments) throws Exception {
    ISpan child = parent.startChild("mcp.tool", name); // tracelint-expect: UnclosedTrace -- span 'child'
    String content = handlers.get(name).handle(arguments);
    child.setStatus(SpanStatus.OK);
    child.finish();
    return content;
  }

  /** The same, finished in every case. */
  public String callChildSafely(ISpan parent, String name, Map<String, Object> arguments) throws Exception {
    ISpan child = parent.startChild("mcp.tool", name);
    try {
      return handlers.get(name).handle(arguments);
    } finally {
      child.finish();
    }
  }
}
