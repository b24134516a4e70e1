package corpus.unclosedtrace;

import corpus.unclosedtrace.inhouse.RunRecord;
import io.sentry.ITransaction;
import io.sentry.Sentry;

/**
 * Run records started by a call that returns nothing ({@code run.post()}) and ended by another
 * ({@code run.patch()}), taught by the StartMethods option (see UserOptions): the record held in the variable is what
 * was started.
 */
public class InHouseRunRecords {
  interface Tool {
    String call(String input) throws Exception;
  }

  String flagsPatchSkippedWhenTheToolThrows(Tool tool, String input) throws Exception {
    RunRecord run = RunRecord.named("tool");
    run.post(); // tracelint-expect: UnclosedTrace -- 'run' is not ended on every path
    String output = tool.call(input);
    run.setOutputs(output);
    run.patch();
    return output;
  }

  String acceptsPatchInFinally(Tool tool, String input) throws Exception {
    RunRecord run = RunRecord.named("tool");
    run.post();
    try {
      String output = tool.call(input);
      run.setOutputs(output);
      return output;
    } finally {
      run.patch();
    }
  }

  String acceptsErrorRecordedThenPatched(RunRecord parent, Tool tool, String input) throws Exception {
    RunRecord run = parent.child("tool");
    run.post();
    try {
      return tool.call(input);
    } catch (Exception e) {
      run.setError(e.getMessage());
      throw e;
    } finally {
      run.patch();
    }
  }

  RunRecord acceptsPostedRecordReturnedToItsOwner(String name) {
    RunRecord run = RunRecord.named(name);
    run.post();
    return run;
  }

  /** A start that returns a value, dropped: without types it reads like run.post(), so only typed engines see it. */
  void flagsDroppedChildOfAFinishedTransaction(Tool tool, String input) throws Exception {
    ITransaction transaction = Sentry.startTransaction("job", "task");
    try {
      transaction.startChild("db"); // tracelint-expect-with-types: UnclosedTrace
      tool.call(input);
    } finally {
      transaction.finish();
    }
  }

  void acceptsRecordBuiltButNeverPosted(Tool tool, String input) throws Exception {
    RunRecord run = RunRecord.named("draft");
    run.setOutputs(tool.call(input));
  }
}
