package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.util.List;

/**
 * Self-calls after a catch that sets a field from the caught failure, a field the method reads to build its request
 * ({@code sequenceToken = e.expectedSequenceToken()} before sending the batch again with that token): the nested call
 * sends what the failure asked for, a repair, so RetryWithoutBackoff stays silent, as for a loop whose catch feeds its
 * failure into the next turn. Nothing bounds the recursion, so UnboundedRetry still reports it unless a count does. A
 * field the method never reads, a value not taken from the failure, or a local (gone at the nested call) repairs
 * nothing: a retry without a wait.
 */
class SelfCallsRepairingState {
  static class StaleTokenException extends Exception {
    private final String expected;

    StaleTokenException(String expected) {
      this.expected = expected;
    }

    String expectedToken() {
      return expected;
    }
  }

  interface IngestClient {
    String put(String streamToken, List<String> events) throws StaleTokenException, IOException;
  }

  private final IngestClient client;
  private String streamToken;
  private String leader;
  private Exception lastFailure;
  private static volatile String region;

  SelfCallsRepairingState(IngestClient client) {
    this.client = client;
  }

  void putEventsWithTheTokenTheFailureGave(List<String> events) throws IOException {
    try {
      streamToken = client.put(streamToken, events);
    } catch (StaleTokenException e) {
      streamToken = e.expectedToken();
      putEventsWithTheTokenTheFailureGave(events); // tracelint-expect: UnboundedRetry
    }
  }

  void acceptsATokenRepairCountedByAttempts(List<String> events, int attempts) throws IOException {
    try {
      streamToken = client.put(streamToken, events);
    } catch (StaleTokenException e) {
      if (attempts <= 0) {
        throw new IOException("stream token kept changing", e);
      }
      streamToken = e.expectedToken();
      acceptsATokenRepairCountedByAttempts(events, attempts - 1);
    }
  }

  void acceptsALeaderHintReadThroughThis(List<String> events, int attempts) throws IOException {
    try {
      client.put(this.leader, events);
    } catch (StaleTokenException e) {
      if (attempts > 0) {
        String hint = e.expectedToken();
        this.leader = hint;
        acceptsALeaderHintReadThroughThis(events, attempts - 1);
      }
    }
  }

  void flagsAFailureOnlyRecorded(List<String> events) {
    try {
      client.put(streamToken, events);
    } catch (StaleTokenException | IOException e) {
      lastFailure = e;
      flagsAFailureOnlyRecorded(events); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
    }
  }

  void flagsATokenResetNotTakenFromTheFailure(List<String> events, int attempts) throws IOException {
    try {
      streamToken = client.put(streamToken, events);
    } catch (StaleTokenException e) {
      if (attempts <= 0) {
        throw new IOException(e);
      }
      streamToken = null;
      flagsATokenResetNotTakenFromTheFailure(events, attempts - 1); // tracelint-expect: RetryWithoutBackoff
    }
  }

  void flagsAHintKeptInALocal(List<String> events, int attempts) throws IOException {
    try {
      client.put(streamToken, events);
    } catch (StaleTokenException e) {
      if (attempts <= 0) {
        throw new IOException(e);
      }
      String hint = e.expectedToken();
      flagsAHintKeptInALocal(events, attempts - 1); // tracelint-expect: RetryWithoutBackoff
    }
  }

  void acceptsARegionRedirectGivenByTheFailure(List<String> events, int attempts) throws IOException {
    try {
      client.put(region, events);
    } catch (StaleTokenException e) {
      if (attempts <= 0) {
        throw new IOException(e);
      }
      region = e.expectedToken();
      acceptsARegionRedirectGivenByTheFailure(events, attempts - 1);
    }
  }
}
