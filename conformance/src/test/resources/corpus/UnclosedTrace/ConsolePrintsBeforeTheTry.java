package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import java.io.PrintStream;

/** Printing to the console between the start and the try: a PrintStream never throws, its arguments still count. */
public class ConsolePrintsBeforeTheTry {
  interface Agent {
    String run(String goal);
  }

  private final Tracer tracer;
  private final Agent agent;
  private final PrintStream report;

  ConsolePrintsBeforeTheTry(Tracer tracer, Agent agent, PrintStream report) {
    this.tracer = tracer;
    this.agent = agent;
    this.report = report;
  }

  public String acceptsPrintlnBeforeTheTry(String goal) {
    Span span = tracer.spanBuilder("agent.run").startSpan();
    System.out.println("running agent for goal of length " + goal.length());
    System.err.printf("model=%s%n", "gpt-4o");
    try {
      return agent.run(goal);
    } finally {
      span.end();
    }
  }

  public String flagsPrintOfAnAgentCallBeforeTheTry(String goal) {
    Span span = tracer.spanBuilder("agent.run").startSpan(); // tracelint-expect: UnclosedTrace
    System.out.println(agent.run("warm-up"));
    try {
      return agent.run(goal);
    } finally {
      span.end();
    }
  }

  public String flagsPrintToAnotherStreamBeforeTheTry(String goal) {
    Span span = tracer.spanBuilder("agent.run").startSpan(); // tracelint-expect: UnclosedTrace
    report.println("running agent");
    try {
      return agent.run(goal);
    } finally {
      span.end();
    }
  }

  public String acceptsPrintAfterTheEnd(String goal) {
    Span span = tracer.spanBuilder("agent.run").startSpan();
    String answer;
    try {
      answer = agent.run(goal);
    } finally {
      span.end();
    }
    System.out.println(answer);
    return answer;
  }
}
