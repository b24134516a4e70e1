package corpus.blockingingestonrequestpath;

import datadog.trace.api.GlobalTracer;
import datadog.trace.api.internal.InternalTracer;
import datadog.trace.api.llmobs.LLMObs;
import datadog.trace.api.llmobs.LLMObsSpan;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A Spring agent endpoint traced with Datadog LLM Observability. */
@RestController
public class RealisticAgentLlmObsController {
  interface Workflow {
    String execute(String input);
  }

  private final Workflow workflow;

  RealisticAgentLlmObsController(Workflow workflow) {
    this.workflow = workflow;
  }

  @PostMapping("/workflow")
  public String run(@RequestBody String input) {
    LLMObsSpan span = LLMObs.startWorkflowSpan("support.workflow", "support-bot", null);
    try {
      String output = workflow.execute(input);
      span.annotateIO(input, output);
      return output;
    } finally {
      span.finish();
    }
  }

  @PostMapping("/workflow/debug")
  public String runAndFlush(@RequestBody String input) {
    String output = run(input);
    ((InternalTracer) GlobalTracer.get()).flush(); // tracelint-expect: BlockingIngestOnRequestPath
    return output;
  }

  @Scheduled(fixedDelay = 60_000)
  void flushMetricsPeriodically() {
    ((InternalTracer) GlobalTracer.get()).flushMetrics();
  }
}
