package corpus.unboundedretry;

import corpus.unboundedretry.sdk.IngestClient;
import corpus.unboundedretry.sdk.IngestException;
import corpus.unboundedretry.sdk.Job;

/**
 * Code written against an in-house SDK that has no artifact, so that PMD resolves its types in neither mode: a retry
 * loop is recognised from its shape alone, and methods of an in-house or local type that happen to be named like retry
 * settings are not settings when no retry library is imported.
 */
class InHouseSdk {
  private IngestClient client;

  static final class Chore {
    Chore retry() {
      return this;
    }

    Chore maxAttempts(int attempts) {
      return this;
    }
  }

  void flagsLoopAroundAnInHouseClient(String trace) {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        client.ingest(trace);
        return;
      } catch (IngestException e) {
        System.err.println("ingest failed");
      }
    }
  }

  Job acceptsSettingNamesOnAnInHouseType(Job job) {
    return job.retry().maxAttempts(Integer.MAX_VALUE);
  }

  Chore acceptsSettingNamesOnALocalType(Chore chore) {
    return chore.retry().maxAttempts(Integer.MAX_VALUE);
  }
}
