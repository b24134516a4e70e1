package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import java.util.List;

/** A job poller that ends its span inside the loop that waits for the job. */
public class RealisticIssue10EndInsideRetryLoop {
  interface JobService {
    String status(String jobId);

    List<String> results(String jobId);
  }

  private final Tracer tracer;
  private final JobService jobs;

  RealisticIssue10EndInsideRetryLoop(Tracer tracer, JobService jobs) {
    this.tracer = tracer;
    this.jobs = jobs;
  }

  public List<String> awaitResults(String jobId) {
    Span wait = tracer.spanBuilder("job.await").startSpan(); // tracelint-expect: UnclosedTrace
    wait.setAttribute("job.id", jobId);
    for (int poll = 0; poll < 60; poll++) {
      String state = jobs.status(jobId);
      if ("SUCCEEDED".equals(state)) {
        wait.setAttribute("job.polls", poll);
        wait.end();
        return jobs.results(jobId);
      }
    }
    wait.end();
    return List.of();
  }

  public List<String> awaitResultsCovered(String jobId) {
    Span wait = tracer.spanBuilder("job.await.covered").startSpan();
    try {
      for (int poll = 0; poll < 60; poll++) {
        if ("SUCCEEDED".equals(jobs.status(jobId))) {
          return jobs.results(jobId);
        }
      }
      return List.of();
    } finally {
      wait.end();
    }
  }

  public int countBatches(List<String> batchIds) {
    Span count = tracer.spanBuilder("job.count").startSpan();
    int total = 0;
    for (String id : batchIds) {
      total += id.length();
    }
    count.setAttribute("job.total", total);
    count.end();
    return total;
  }
}
