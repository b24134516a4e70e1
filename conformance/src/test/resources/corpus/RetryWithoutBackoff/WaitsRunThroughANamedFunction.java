package corpus.retrywithoutbackoff;

import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

/**
 * A create-or-replace helper given its steps as function objects: the step that waits comes in a field or parameter
 * named for it ({@code waitTask}, {@code sleeper}, {@code pauser}) and is run by its functional method. That call is
 * the loop's wait. A function named for an amount of time computes the amount, and one named otherwise, or a waiting
 * function only passed on, waits for nothing. Every loop here is bounded by a count, so only the missing wait is in
 * question.
 */
class WaitsRunThroughANamedFunction<T> {
  static final class ServerException extends RuntimeException {}

  interface Registry {
    void register(Object step);
  }

  private final UnaryOperator<T> createTask;
  private final UnaryOperator<T> waitTask;
  private final UnaryOperator<T> reloadTask;
  private final Registry registry;

  WaitsRunThroughANamedFunction(UnaryOperator<T> createTask, UnaryOperator<T> waitTask, UnaryOperator<T> reloadTask,
      Registry registry) {
    this.createTask = createTask;
    this.waitTask = waitTask;
    this.reloadTask = reloadTask;
    this.registry = registry;
  }

  T acceptsAWaitTaskRunAfterAFailure(T item, int maxTries) {
    for (int tries = 0; tries < maxTries; tries++) {
      try {
        return createTask.apply(item);
      } catch (ServerException e) {
        waitTask.apply(item);
      }
    }
    throw new IllegalStateException("gave up creating " + item);
  }

  T acceptsASleeperGivenTheDelay(T item, int maxTries, Consumer<Long> sleeper) {
    for (int tries = 0; tries < maxTries; tries++) {
      try {
        return createTask.apply(item);
      } catch (ServerException e) {
        sleeper.accept(250L << tries);
      }
    }
    throw new IllegalStateException("gave up creating " + item);
  }

  T acceptsAPauserRunBeforeTheNextAttempt(T item, int maxTries, Runnable pauser) {
    int tries = 0;
    while (true) {
      try {
        return createTask.apply(item);
      } catch (ServerException e) {
        if (++tries >= maxTries) {
          throw e;
        }
        pauser.run();
      }
    }
  }

  T flagsAFunctionNamedForAnAmountOfTime(T item, int maxTries, IntFunction<Long> waitTime) {
    long waited = 0;
    for (int tries = 0; tries < maxTries; tries++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return createTask.apply(item);
      } catch (ServerException e) {
        waited += waitTime.apply(tries);
      }
    }
    throw new IllegalStateException("gave up creating " + item + " after " + waited + " ms");
  }

  T flagsAFunctionNamedForSomethingElse(T item, int maxTries) {
    for (int tries = 0; tries < maxTries; tries++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return createTask.apply(item);
      } catch (ServerException e) {
        reloadTask.apply(item);
      }
    }
    throw new IllegalStateException("gave up creating " + item);
  }

  T flagsAWaitTaskOnlyPassedOn(T item, int maxTries) {
    for (int tries = 0; tries < maxTries; tries++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return createTask.apply(item);
      } catch (ServerException e) {
        registry.register(waitTask);
      }
    }
    throw new IllegalStateException("gave up creating " + item);
  }
}
