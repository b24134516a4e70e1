package corpus.unclosedtrace;

import com.amazonaws.xray.AWSXRay;
import com.amazonaws.xray.entities.Subsegment;
import io.sentry.ISpan;
import io.sentry.ITransaction;
import io.sentry.Sentry;
import io.sentry.TransactionOptions;

/**
 * A value its SDK finds again (an X-Ray entity on the recorder's thread, a Sentry transaction bound to the scope) may
 * be begun by one hook and ended by its paired hook of the same class. The opener must not end it itself, and the
 * paired method must end one without beginning its own.
 */
class ThreadBoundValuesEndedByAPairedHook {
  static class SegmentHooks {
    void acceptsSegmentBegunHereAndEndedByThePairedHook(String name) {
      AWSXRay.beginSegment(name);
    }

    void afterRequest(Throwable failure) {
      if (failure != null) {
        AWSXRay.getCurrentSegment().addException(failure);
      }
      AWSXRay.endSegment();
    }
  }

  static class SubsegmentHeldInALocal {
    void acceptsSubsegmentTaggedInALocalAndEndedByThePairedHook(String tool) {
      Subsegment subsegment = AWSXRay.beginSubsegment("tool");
      subsegment.putAnnotation("tool", tool);
    }

    void onToolDone() {
      AWSXRay.endSubsegment();
    }
  }

  static class BoundTransactionHooks {
    void acceptsBoundTransactionTaggedInALocalAndFinishedByThePairedHook(String route) {
      TransactionOptions options = new TransactionOptions();
      options.setBindToScope(true);
      ITransaction transaction = Sentry.startTransaction(route, "http.server", options);
      transaction.setTag("route", route);
    }

    void onRequestDone() {
      ISpan span = Sentry.getSpan();
      if (span != null) {
        span.finish();
      }
    }
  }

  static class SelfContainedHandlers {
    void flagsSegmentLeakedWhenTheOtherMethodBeginsItsOwn(Runnable work) {
      AWSXRay.beginSegment("a"); // tracelint-expect: UnclosedTrace
      work.run();
    }

    void endsItsOwn(Runnable work) {
      AWSXRay.beginSegment("b");
      try {
        work.run();
      } finally {
        AWSXRay.endSegment();
      }
    }
  }

  static class OpenerEndsOnSomePaths {
    void flagsSegmentTheOpenerEndsButNotOnEveryPath(Runnable work) {
      AWSXRay.beginSegment("step"); // tracelint-expect: UnclosedTrace
      work.run();
      AWSXRay.endSegment();
    }

    void afterStep() {
      AWSXRay.endSegment();
    }
  }

  static class NoPairedEnd {
    void flagsTransactionTaggedInALocalThatNothingFinishes(String route) {
      ITransaction transaction = Sentry.startTransaction(route, "task"); // tracelint-expect: UnclosedTrace
      transaction.setTag("route", route);
    }

    void onRequestDone() {
      ISpan span = Sentry.getSpan();
      if (span != null) {
        span.setTag("done", "true");
      }
    }
  }
}
