package corpus.unclosedtrace;

import brave.Span;
import brave.Tracer;
import java.io.IOException;
import java.util.List;

/**
 * A finally ends the value its span variable holds when it runs, nothing more. Flagged: a span replaced by another
 * start inside the try (in its block or in a catch) before it was ended, and a span restarted into the same variable on
 * every pass of a loop in the try without being ended on that pass: only the last one is finished. Not flagged: the
 * old span finished before the restart (at the end of the pass, at the top of the next, in a retrying catch), a lazy
 * start under a null check, a loop that leaves on its first success, and sequential tries reusing the variable.
 */
public class RestartsUnderACoveringFinally {
  interface Shard {
    void write(String document) throws IOException;
  }

  private final Tracer tracer;
  private final Shard shard;

  public RestartsUnderACoveringFinally(Tracer tracer, Shard shard) {
    this.tracer = tracer;
    this.shard = shard;
  }

  public void flagsSpanReplacedInsideTheTry(String document) throws IOException {
    Span span = tracer.nextSpan().name("index.request").start(); // tracelint-expect: UnclosedTrace -- span 'span'
    try {
      span = tracer.nextSpan().name("index.write").start();
      shard.write(document);
    } finally {
      span.finish();
    }
  }

  public void flagsSpanReplacedInTheCatch(String document) throws IOException {
    Span attempt = tracer.nextSpan().name("index.attempt").start(); // tracelint-expect: UnclosedTrace -- span 'attempt'
    try {
      shard.write(document);
    } catch (IOException e) {
      attempt = tracer.nextSpan().name("index.retry").start();
      shard.write(document);
    } finally {
      attempt.finish();
    }
  }

  public void flagsFirstOfTwoStartsInOneTry(String head, String tail) throws IOException {
    Span part = null;
    try {
      part = tracer.nextSpan().name("index.head").start(); // tracelint-expect: UnclosedTrace -- span 'part'
      shard.write(head);
      part = tracer.nextSpan().name("index.tail").start();
      shard.write(tail);
    } finally {
      if (part != null) {
        part.finish();
      }
    }
  }

  public void flagsSpanRestartedOnEachPass(List<String> documents) throws IOException {
    Span current = null;
    try {
      for (String document : documents) {
        current = tracer.nextSpan().name("index.document").start(); // tracelint-expect: UnclosedTrace -- span 'current'
        current.tag("size", String.valueOf(document.length()));
        shard.write(document);
      }
    } finally {
      if (current != null) {
        current.finish();
      }
    }
  }

  public void acceptsSpanFinishedAtTheEndOfEachPass(List<String> documents) throws IOException {
    Span current = null;
    try {
      for (String document : documents) {
        current = tracer.nextSpan().name("index.each").start();
        shard.write(document);
        current.finish();
      }
    } finally {
      if (current != null) {
        current.finish();
      }
    }
  }

  public void acceptsPreviousSpanFinishedAtTheTopOfThePass(List<String> documents) throws IOException {
    Span batch = null;
    try {
      int index = 0;
      while (index < documents.size()) {
        if (batch != null) {
          batch.finish();
        }
        batch = tracer.nextSpan().name("index.batch").start();
        shard.write(documents.get(index));
        index++;
      }
    } finally {
      if (batch != null) {
        batch.finish();
      }
    }
  }

  public void acceptsLazyStartUnderANullCheck(List<String> documents) throws IOException {
    Span bulk = null;
    try {
      for (String document : documents) {
        if (bulk == null) {
          bulk = tracer.nextSpan().name("index.bulk").start();
        }
        shard.write(document);
      }
    } finally {
      if (bulk != null) {
        bulk.finish();
      }
    }
  }

  public void acceptsLoopLeavingOnItsFirstSuccess(List<Shard> replicas, String document) throws IOException {
    Span replica = null;
    try {
      for (Shard candidate : replicas) {
        replica = tracer.nextSpan().name("index.replica").start();
        candidate.write(document);
        return;
      }
    } finally {
      if (replica != null) {
        replica.finish();
      }
    }
  }

  public void acceptsRetryThatFinishesTheFailedAttempt(String document) throws IOException {
    Span attempt = tracer.nextSpan().name("index.first").start();
    try {
      shard.write(document);
    } catch (IOException e) {
      attempt.error(e);
      attempt.finish();
      attempt = tracer.nextSpan().name("index.second").start();
      shard.write(document);
    } finally {
      attempt.finish();
    }
  }

  public void acceptsSequentialTriesReusingTheVariable(String head, String tail) throws IOException {
    Span stage = tracer.nextSpan().name("index.stage.head").start();
    try {
      shard.write(head);
    } finally {
      stage.finish();
    }
    stage = tracer.nextSpan().name("index.stage.tail").start();
    try {
      shard.write(tail);
    } finally {
      stage.finish();
    }
  }
}
