package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

/** A fine-tuning client that polls a job and re-sends on 503, capped but not always paced. */
public class RealisticIssue10PollingWithoutPause {
  enum JobState { QUEUED, RUNNING, SUCCEEDED, FAILED }

  record FineTuneJob(String id, JobState state) {}

  interface FineTuning {
    FineTuneJob retrieve(String id) throws IOException;
  }

  private final FineTuning fineTuning;
  private final HttpClient http;

  RealisticIssue10PollingWithoutPause(FineTuning fineTuning, HttpClient http) {
    this.fineTuning = fineTuning;
    this.http = http;
  }

  public FineTuneJob awaitJob(FineTuneJob submitted) throws IOException {
    FineTuneJob job = submitted;
    int polls = 0;
    while (job.state() == JobState.RUNNING && polls++ < 500) { // tracelint-expect: RetryWithoutBackoff
      job = fineTuning.retrieve(job.id());
    }
    return job;
  }

  public FineTuneJob awaitJobPaced(FineTuneJob submitted) throws IOException, InterruptedException {
    FineTuneJob job = submitted;
    int polls = 0;
    while (job.state() == JobState.RUNNING && polls++ < 500) {
      TimeUnit.SECONDS.sleep(10);
      job = fineTuning.retrieve(job.id());
    }
    return job;
  }

  public HttpResponse<String> sendUntilAvailable(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response;
    int attempts = 0;
    do { // tracelint-expect: RetryWithoutBackoff
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } while (response.statusCode() == 503 && ++attempts < 5);
    return response;
  }

  public HttpResponse<String> sendUntilAvailablePaced(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    int attempts = 0;
    while (response.statusCode() == 503 && ++attempts < 5) {
      Thread.sleep(1_000L * attempts);
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    }
    return response;
  }
}
