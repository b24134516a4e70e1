package corpus.unboundedretry;

import java.io.IOException;
import reactor.core.publisher.Mono;

/**
 * A get-or-create (docs/rules/UnboundedRetry.md, "Repair loops"): after a failure that says what the attempt asked
 * for does not exist, the code creates it and asks again, in a loop, a self-call or a reactive failure handler. The
 * next attempt finds it; a create that fails ends the attempts with its own failure. A catch that creates after a
 * failure of the service, or that only logs the absence, still retries.
 */
class MissingThingsCreatedThenAskedFor {
  static class NoSuchTopicException extends Exception {
    private static final long serialVersionUID = 1L;
  }

  static class IndexNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  enum Outcome { OK, FAIL_DOC_NOT_FOUND, FAIL_TRANSIENT }

  interface Broker {
    void publish(String topic, String message) throws NoSuchTopicException, IOException;

    void createTopic(String topic) throws IOException;
  }

  interface SearchIndex {
    void put(String index, String id, String document);

    void createIndex(String index);
  }

  interface Records {
    Mono<String> read(String id);

    Mono<Void> createRecord(String id);

    Outcome classify(Throwable failure);
  }

  private final Broker broker;
  private final SearchIndex search;
  private final Records records;

  MissingThingsCreatedThenAskedFor(Broker broker, SearchIndex search, Records records) {
    this.broker = broker;
    this.search = search;
    this.records = records;
  }

  void acceptsATopicCreatedWhenMissing(String topic, String message) throws IOException {
    while (true) {
      try {
        broker.publish(topic, message);
        return;
      } catch (NoSuchTopicException e) {
        broker.createTopic(topic);
      }
    }
  }

  void acceptsAnIndexCreatedBeforeTheSelfCall(String index, String id, String document) {
    try {
      search.put(index, id, document);
    } catch (IndexNotFoundException e) {
      search.createIndex(index);
      acceptsAnIndexCreatedBeforeTheSelfCall(index, id, document);
    }
  }

  Mono<String> acceptsARecordCreatedWhenClassifiedMissing(String id) {
    return records.read(id).onErrorResume(err -> {
      if (records.classify(err) == Outcome.FAIL_DOC_NOT_FOUND) {
        return records.createRecord(id).then(acceptsARecordCreatedWhenClassifiedMissing(id));
      }
      return Mono.error(err);
    });
  }

  void flagsATopicCreatedAfterAnyIoFailure(String topic, String message) throws NoSuchTopicException {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        broker.publish(topic, message);
        return;
      } catch (IOException e) {
        try {
          broker.createTopic(topic);
        } catch (IOException ignored) {
          System.err.println("create failed too");
        }
      }
    }
  }

  void flagsAMissingIndexOnlyLogged(String index, String id, String document) {
    try {
      search.put(index, id, document);
    } catch (IndexNotFoundException e) {
      System.err.println("no index " + index);
      flagsAMissingIndexOnlyLogged(index, id, document); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
    }
  }

  Mono<String> flagsARecordReadAgainAfterATransientFailure(String id) {
    return records.read(id).onErrorResume(err -> {
      if (records.classify(err) == Outcome.FAIL_TRANSIENT) {
        return records.createRecord(id).then(flagsARecordReadAgainAfterATransientFailure(id)); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      }
      return Mono.error(err);
    });
  }
}
