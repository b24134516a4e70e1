package corpus.blockingingestonrequestpath.inhouse;

import corpus.blockingingestonrequestpath.inhouse.sdk.AgentRoute;
import corpus.blockingingestonrequestpath.inhouse.sdk.TelemetryHub;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * In-house routes that reach the configured blocking calls through a helper of the same class, or wait on the async
 * drain through a local variable; beside them the same calls handed to another thread or left unawaited.
 */
public class AgentRouteHelpers {
  private final TelemetryHub hub = new TelemetryHub();

  private void finishTrace() {
    hub.record("done", 1);
    hub.drain();
  }

  private void noteTrace() {
    hub.record("done", 1);
  }

  @AgentRoute("/tool")
  public String flagsAHelperThatDrains(String input) {
    String output = input.toUpperCase();
    finishTrace(); // tracelint-expect: BlockingIngestOnRequestPath
    return output;
  }

  @AgentRoute("/tool/noted")
  public String acceptsAHelperThatOnlyRecords(String input) {
    noteTrace();
    return input.toUpperCase();
  }

  @AgentRoute("/tool/await")
  public String flagsAnAsyncDrainWaitedOnThroughALocal(String input) throws InterruptedException, ExecutionException {
    CompletableFuture<Void> drained = hub.drainAsync();
    drained.get(); // tracelint-expect: BlockingIngestOnRequestPath
    return input;
  }

  @AgentRoute("/tool/background")
  public String acceptsADrainHandedToAnotherThread(String input) {
    CompletableFuture.runAsync(hub::drain);
    new Thread(() -> hub.drain()).start();
    return input;
  }
}
