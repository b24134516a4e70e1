package corpus.blockingingestonrequestpath.inhouse;

import corpus.blockingingestonrequestpath.inhouse.sdk.AgentRoute;
import corpus.blockingingestonrequestpath.inhouse.sdk.AgentSchedule;
import corpus.blockingingestonrequestpath.inhouse.sdk.TelemetryHub;

/**
 * Routes of an agent served by the in-house web framework, in a class no catalogued framework knows. Its handlers are
 * handlers only through HandlerAnnotations and its facade's flushes block only through BlockingCalls.
 */
public class AgentRoutes {
  private final TelemetryHub hub;

  public AgentRoutes(TelemetryHub hub) {
    this.hub = hub;
  }

  @AgentRoute("/ask")
  public String flagsADrainInAnAnnotatedHandler(String question) {
    String answer = "echo " + question;
    hub.record("ask", 12);
    hub.drain(); // tracelint-expect: BlockingIngestOnRequestPath -- request handler 'flagsADrainInAnAnnotatedHandler'
    return answer;
  }

  @AgentRoute("/ask/queued")
  public String acceptsRecordingOnlyInAnAnnotatedHandler(String question) {
    hub.record("ask", 12);
    return "echo " + question;
  }

  @AgentSchedule(every = "PT30S")
  public void acceptsADrainOnTheScheduler() {
    hub.drain();
  }

  public void acceptsADrainInAnUnannotatedMethod() {
    hub.drain();
  }

  @AgentRoute("/feedback")
  public String flagsAWaitedAsyncDrain(String feedback) {
    hub.record("feedback", 3);
    hub.drainAsync().join(); // tracelint-expect: BlockingIngestOnRequestPath
    return "thanks";
  }

  /** Without types the configured call's future return type is unknown, so PMD then reports it (a documented limit). */
  @AgentRoute("/feedback/async")
  public String acceptsAnAsyncDrainNotWaitedOn(String feedback) {
    hub.drainAsync(); // tracelint-expect-without-types: BlockingIngestOnRequestPath
    return "thanks";
  }

  @AgentRoute("/export")
  public String flagsAPushOfTheNestedExporter(String batch) {
    TelemetryHub.Exporter exporter = hub.exporter();
    exporter.enqueue(batch);
    exporter.push(); // tracelint-expect: BlockingIngestOnRequestPath
    return "ok";
  }

  @AgentRoute("/export/queued")
  public String acceptsEnqueueOfTheNestedExporter(String batch) {
    hub.exporter().enqueue(batch);
    return "queued";
  }
}
