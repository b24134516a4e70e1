package corpus.blockingingestonrequestpath;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;

/** A Micronaut agent controller that meters token usage per request. */
@Controller("/agent")
public class RealisticAgentMicronautUsage {
  record Answer(String text, int inputTokens, int outputTokens) {}

  interface Agent {
    Answer ask(String question);
  }

  private final Agent agent;
  private final MeterRegistry registry;

  RealisticAgentMicronautUsage(Agent agent, MeterRegistry registry) {
    this.agent = agent;
    this.registry = registry;
  }

  /** A scratch registry that only sums this request's usage: closing it exports nothing. */
  @Post("/ask")
  public String ask(@Body String question) {
    MeterRegistry usage = new SimpleMeterRegistry();
    Answer answer = agent.ask(question);
    usage.counter("gen_ai.client.token.usage", "type", "input").increment(answer.inputTokens());
    usage.counter("gen_ai.client.token.usage", "type", "output").increment(answer.outputTokens());
    double total = usage.get("gen_ai.client.token.usage").counters().stream().mapToDouble(c -> c.count()).sum();
    usage.close();
    registry.counter("gen_ai.client.token.usage.total").increment(total);
    return answer.text();
  }

  /** The application's registry closed after an answer: the final push blocks, and the metrics stop for good. */
  @Post("/ask-and-publish")
  public String askAndPublish(@Body String question) {
    Answer answer = agent.ask(question);
    registry.counter("gen_ai.client.token.usage", "type", "input").increment(answer.inputTokens());
    registry.close(); // tracelint-expect: BlockingIngestOnRequestPath
    return answer.text();
  }
}
