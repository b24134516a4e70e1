package corpus.unboundedretry;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** A document-indexing client that waits for a cloud long-running operation, as vendor samples do. */
public class RealisticIssue10LongRunningOperations {
  record Operation(String name, boolean done, String error) {}

  interface OperationsClient {
    Operation startImport(String bucket);

    Operation getOperation(String name);
  }

  private final OperationsClient operations;
  private volatile boolean running = true;

  RealisticIssue10LongRunningOperations(OperationsClient operations) {
    this.operations = operations;
  }

  public Operation importDocuments(String bucket) throws InterruptedException {
    var operation = operations.startImport(bucket);
    boolean operationDone = operation.done();
    while (!operationDone) { // tracelint-expect: UnboundedRetry
      TimeUnit.SECONDS.sleep(5);
      operation = operations.getOperation(operation.name());
      operationDone = operation.done();
    }
    return operation;
  }

  public Operation importWithDeadline(String bucket, Duration budget) throws InterruptedException {
    Operation operation = operations.startImport(bucket);
    Instant deadline = Instant.now().plus(budget);
    while (!operation.done() && Instant.now().isBefore(deadline)) {
      TimeUnit.SECONDS.sleep(5);
      operation = operations.getOperation(operation.name());
    }
    return operation;
  }

  public Operation importUntilStopped(String bucket) throws InterruptedException {
    Operation operation = operations.startImport(bucket);
    while (running && !operation.done()) {
      TimeUnit.SECONDS.sleep(5);
      operation = operations.getOperation(operation.name());
    }
    return operation;
  }

  public Operation importCounted(String bucket) throws InterruptedException {
    Operation operation = operations.startImport(bucket);
    int polls = 0;
    do {
      TimeUnit.SECONDS.sleep(2);
      operation = operations.getOperation(operation.name());
    } while (!operation.done() && ++polls < 120);
    return operation;
  }

  void stop() {
    running = false;
  }
}
