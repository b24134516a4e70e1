package corpus.unclosedtrace;

import co.elastic.apm.api.ElasticApm;
import co.elastic.apm.api.Transaction;
import com.amazonaws.xray.AWSXRay;
import com.amazonaws.xray.entities.Subsegment;
import io.sentry.ITransaction;
import io.sentry.Sentry;
import io.sentry.SpanStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Jobs traced with Brave, Sentry, Elastic APM and X-Ray, with logging and accessors before the try. */
public class RealisticOtherLibraries {
  private static final Logger log = LoggerFactory.getLogger(RealisticOtherLibraries.class);

  interface Job {
    String getName();

    void run();
  }

  private final brave.Tracer braveTracer;

  public RealisticOtherLibraries(brave.Tracer braveTracer) {
    this.braveTracer = braveTracer;
  }

  public void braveJob(Job job) {
    brave.Span span = braveTracer.nextSpan().name("job").start();
    span.tag("job.name", job.getName());
    log.info("running {}", job.getName());
    try (brave.Tracer.SpanInScope scope = braveTracer.withSpanInScope(span)) {
      job.run();
    } finally {
      span.finish();
    }
  }

  public void sentryJob(Job job) {
    ITransaction transaction = Sentry.startTransaction(job.getName(), "job");
    log.info("running {}", job.getName());
    try {
      job.run();
      transaction.setStatus(SpanStatus.OK);
    } catch (RuntimeException e) {
      transaction.setThrowable(e);
      transaction.setStatus(SpanStatus.INTERNAL_ERROR);
      throw e;
    } finally {
      transaction.finish();
    }
  }

  public void apmJob(Job job) {
    Transaction transaction = ElasticApm.startTransaction();
    transaction.setName(job.getName());
    try (co.elastic.apm.api.Scope scope = transaction.activate()) {
      job.run();
    } finally {
      transaction.end();
    }
  }

  public void apmPollOnHappyPathOnly(Job job) {
    Transaction transaction = ElasticApm.startTransaction(); // tracelint-expect: UnclosedTrace
    log.debug("polling {}", job.getName());
    job.run();
    transaction.end();
  }

  public void xrayJob(Job job) {
    Subsegment subsegment = AWSXRay.beginSubsegment("job");
    log.debug("job {}", job.getName());
    try {
      job.run();
    } catch (RuntimeException e) {
      subsegment.addException(e);
      throw e;
    } finally {
      AWSXRay.endSubsegment();
    }
  }
}
