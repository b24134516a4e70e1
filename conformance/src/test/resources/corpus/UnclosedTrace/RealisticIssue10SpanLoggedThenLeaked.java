package corpus.unclosedtrace;

import brave.Span;
import brave.Tracer;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An agent tool runner that logs the Brave span it starts; logging the span does not hand it to anyone. */
public class RealisticIssue10SpanLoggedThenLeaked {
  private static final Logger logger = LoggerFactory.getLogger(RealisticIssue10SpanLoggedThenLeaked.class);

  interface Tool {
    String invoke(String arguments);
  }

  private final Tracer tracer;
  private final List<Span> inFlight = new ArrayList<>();

  RealisticIssue10SpanLoggedThenLeaked(Tracer tracer) {
    this.tracer = tracer;
  }

  public String runTool(Tool tool, String name, String arguments) {
    Span toolSpan = tracer.nextSpan().name("tool." + name).start(); // tracelint-expect: UnclosedTrace
    logger.debug("tool {} running in span {}", name, toolSpan);
    String output = tool.invoke(arguments);
    toolSpan.tag("tool.output.length", String.valueOf(output.length()));
    toolSpan.finish();
    return output;
  }

  public String runToolSafely(Tool tool, String name, String arguments) {
    Span toolSpan = tracer.nextSpan().name("tool." + name).start();
    logger.debug("tool {} running in span {}", name, toolSpan);
    try {
      return tool.invoke(arguments);
    } catch (RuntimeException e) {
      toolSpan.error(e);
      throw e;
    } finally {
      toolSpan.finish();
    }
  }

  public void startTracked(String name) {
    Span toolSpan = tracer.nextSpan().name("tool." + name).start();
    logger.info("queued {}", toolSpan);
    inFlight.add(toolSpan);
  }

  public String runToolAnnotated(Tool tool, String name, String arguments) {
    Span toolSpan = tracer.nextSpan().name("tool." + name).start(); // tracelint-expect: UnclosedTrace
    String description = String.valueOf(toolSpan);
    logger.trace("started {}", description);
    String output = tool.invoke(arguments);
    toolSpan.finish();
    return output;
  }
}
