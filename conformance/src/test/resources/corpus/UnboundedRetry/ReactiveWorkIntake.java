package corpus.unboundedretry;

import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/**
 * A publisher that takes the next piece of work each time it is subscribed drains a source: resubscribed after a
 * failure, it takes the next item and does not repeat the failed one, as a draining loop does. A publisher that
 * asks for the same thing again is a retried request.
 */
class ReactiveWorkIntake {
  interface MessageSource {
    String receive();
  }

  interface Store {
    String read(String id);
  }

  Flux<String> acceptsMessagesPulledOnDemandAndRetriedOnBadMessages(MessageSource source) {
    return Mono.<String>create(sink -> sink.onRequest(n -> sink.success(source.receive())))
        .subscribeOn(Schedulers.single())
        .repeat()
        .retryWhen(Retry.indefinitely().filter(IllegalStateException.class::isInstance));
  }

  Flux<String> acceptsQueuePolledWithATimeout(BlockingQueue<String> jobs) {
    return Mono.fromCallable(() -> jobs.poll(1, TimeUnit.SECONDS)).repeat().retry();
  }

  Mono<String> acceptsNextJobTakenByReference(Queue<String> jobs) {
    return Mono.fromCallable(jobs::poll).retry();
  }

  Mono<String> flagsSameDocumentReadAgain(Store store, String id) {
    return Mono.fromCallable(() -> store.read(id))
        .retryWhen(Retry.indefinitely()); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
  }

  Mono<String> flagsFirstItemOfAStreamAskedAgain(Flux<String> updates) {
    return updates.next().retryWhen(Retry.indefinitely()); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
  }
}
