package corpus.unboundedretry;

import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.logging.Logger;

/**
 * Methods that call themselves again from the failure branch of a callback they hand to an asynchronous API: the
 * branch runs when the attempt failed, as a catch block does, and nothing ends the calls while it keeps failing. A
 * count that runs out, a branch taken on success, or a failure only reported ends them.
 */
class SelfCallsFromFailureCallbacks {
  interface Transcriber {
    void transcribeAsync(String audioUri, BiConsumer<String, Throwable> done);
  }

  interface Producer {
    CompletableFuture<Long> send(String topic, String event);
  }

  private static final Logger log = Logger.getLogger("callbacks");
  private final Transcriber transcriber;
  private final Producer producer;

  SelfCallsFromFailureCallbacks(Transcriber transcriber, Producer producer) {
    this.transcriber = transcriber;
    this.producer = producer;
  }

  void flagsATranscriptionAskedAgainFromItsErrorBranch(String audioUri, BiConsumer<String, Throwable> sink) {
    transcriber.transcribeAsync(audioUri, (text, error) -> {
      if (error != null) {
        log.warning("transcription failed, asking again");
        flagsATranscriptionAskedAgainFromItsErrorBranch(audioUri, sink); // tracelint-expect: UnboundedRetry
        return;
      }
      sink.accept(text, null);
    });
  }

  void flagsAnEventSentAgainWhenItsSendCompletesWithAFailure(String topic, String event) {
    producer.send(topic, event).whenComplete((offset, ex) -> {
      if (ex != null) {
        flagsAnEventSentAgainWhenItsSendCompletesWithAFailure(topic, event); // tracelint-expect: UnboundedRetry
      }
    });
  }

  void acceptsATranscriptionAskedAgainAFewTimes(String audioUri, int attemptsLeft, BiConsumer<String, Throwable> sink) {
    transcriber.transcribeAsync(audioUri, (text, error) -> {
      if (error != null && attemptsLeft > 1) {
        acceptsATranscriptionAskedAgainAFewTimes(audioUri, attemptsLeft - 1, sink);
      } else {
        sink.accept(text, error);
      }
    });
  }

  void acceptsAFailureOnlyReported(String topic, String event) {
    producer.send(topic, event).whenComplete((offset, ex) -> {
      if (ex != null) {
        log.severe("could not send an event to " + topic + ": " + ex.getMessage());
      }
    });
  }

  void acceptsTheNextChunkAskedOnSuccess(String audioUri, int chunk, BiConsumer<String, Throwable> sink) {
    transcriber.transcribeAsync(audioUri + "#" + chunk, (text, error) -> {
      if (text != null) {
        sink.accept(text, null);
        acceptsTheNextChunkAskedOnSuccess(audioUri, chunk + 1, sink);
      }
    });
  }

  void acceptsAFailureHandedToTheSink(String audioUri, BiConsumer<String, Throwable> sink) {
    transcriber.transcribeAsync(audioUri, (text, error) -> {
      if (error != null) {
        sink.accept(null, error);
      } else {
        sink.accept(text, null);
      }
    });
  }
}
