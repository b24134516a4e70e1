package corpus.unboundedretry;

import java.util.Map;

/**
 * A text agent's loop asks the model again while its answer carries a marker ({@code reply.contains("Action:")}) or
 * until it carries the final one ({@code if (step.contains("Final Answer:")) return ..}): the model decides when it
 * ends, so without a step limit it is an unbounded polling loop. The conversation grows with each answer (a prompt
 * rebuilt on itself and the reply, a transcript appended to): each call sends another request, so RetryWithoutBackoff
 * stays silent there. A text tested for a marker and recomputed from itself by a local call (placeholders resolved
 * until none is left) steps; a line read until a marker is read from a source; a step limit or a deadline bounds it.
 */
class TextAgentLoops {
  interface TextModel {
    String complete(String prompt);
  }

  interface JobClient {
    String describe(String jobId);
  }

  interface Resolver {
    String resolve(String text, Map<String, String> variables);
  }

  interface LineSource {
    String readLine();
  }

  private static final int MAX_STEPS = 8;

  private final TextModel model;
  private final JobClient jobs;

  TextAgentLoops(TextModel model, JobClient jobs) {
    this.model = model;
    this.jobs = jobs;
  }

  String flagsAReActLoopWithoutAStepLimit(String question) {
    String prompt = "Question: " + question;
    String reply = model.complete(prompt);
    while (reply.contains("Action:")) { // tracelint-expect: UnboundedRetry
      String observation = runTool(reply);
      prompt = prompt + "\n" + reply + "\nObservation: " + observation;
      reply = model.complete(prompt);
    }
    return reply;
  }

  String flagsAnEndlessLoopUntilTheFinalAnswer(String question) {
    StringBuilder transcript = new StringBuilder("Question: ").append(question);
    while (true) { // tracelint-expect: UnboundedRetry
      String step = model.complete(transcript.toString());
      if (step.contains("Final Answer:")) {
        return step.substring(step.indexOf("Final Answer:") + "Final Answer:".length()).trim();
      }
      transcript.append('\n').append(step).append("\nObservation: ").append(runTool(step));
    }
  }

  String flagsTheSameQuestionAskedUntilTheAnswerLooksRight(String prompt) {
    String reply = model.complete(prompt);
    while (!reply.startsWith("{")) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      reply = model.complete(prompt);
    }
    return reply;
  }

  void flagsAStatusTextPolledWithoutADeadline(String jobId) throws InterruptedException {
    String status = jobs.describe(jobId);
    while (!status.contains("SUCCEEDED")) { // tracelint-expect: UnboundedRetry
      Thread.sleep(2_000);
      status = jobs.describe(jobId);
    }
  }

  String acceptsAReActLoopWithAStepLimit(String question) {
    StringBuilder transcript = new StringBuilder("Question: ").append(question);
    for (int step = 0; step < MAX_STEPS; step++) {
      String reply = model.complete(transcript.toString());
      if (reply.contains("Final Answer:")) {
        return reply;
      }
      transcript.append('\n').append(reply).append("\nObservation: ").append(runTool(reply));
    }
    return "no answer within " + MAX_STEPS + " steps";
  }

  String acceptsAStepBudgetInTheCondition(String question) {
    String prompt = "Question: " + question;
    String reply = model.complete(prompt);
    int steps = 0;
    while (reply.contains("Action:") && steps++ < MAX_STEPS) {
      prompt = prompt + "\n" + reply + "\nObservation: " + runTool(reply);
      reply = model.complete(prompt);
    }
    return reply;
  }

  void acceptsAStatusTextPolledUntilADeadline(String jobId) throws InterruptedException {
    long deadline = System.nanoTime() + 600_000_000_000L;
    String status = jobs.describe(jobId);
    while (!status.contains("SUCCEEDED") && System.nanoTime() < deadline) {
      Thread.sleep(2_000);
      status = jobs.describe(jobId);
    }
  }

  String acceptsPlaceholdersResolvedUntilNoneIsLeft(String template, Map<String, String> variables,
      Resolver resolver) {
    String text = template;
    while (text.contains("${")) {
      text = resolver.resolve(text, variables);
    }
    return text;
  }

  String acceptsLinesReadUntilAnEndMarker(LineSource source) {
    StringBuilder body = new StringBuilder();
    String line = source.readLine();
    while (!line.startsWith("END")) {
      body.append(line).append('\n');
      line = source.readLine();
    }
    return body.toString();
  }

  String acceptsANameSuffixedUntilItIsFree(String base, Map<String, String> taken) {
    String name = base;
    while (taken.containsKey(name)) {
      name = name + "_";
    }
    return name;
  }

  private String runTool(String reply) {
    return reply.length() > 20 ? "ok" : "nothing";
  }
}
