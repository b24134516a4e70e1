package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Uploads embedding vectors to a vector store in batches, on OkHttp. */
public class RealisticEmbeddingBatchUploader {
  private static final Logger log = LoggerFactory.getLogger(RealisticEmbeddingBatchUploader.class);
  private static final MediaType JSON = MediaType.get("application/json");
  private static final int MAX_ATTEMPTS = 5;

  private final OkHttpClient client;
  private final String upsertUrl;

  public RealisticEmbeddingBatchUploader(OkHttpClient client, String upsertUrl) {
    this.client = client;
    this.upsertUrl = upsertUrl;
  }

  public void upload(List<String> batches) throws IOException, InterruptedException {
    for (String batch : batches) {
      uploadOne(batch);
    }
  }

  void uploadOne(String payload) throws IOException, InterruptedException {
    Request request = new Request.Builder().url(upsertUrl).post(RequestBody.create(payload, JSON)).build();
    boolean uploaded = false;
    int attempt = 0;
    do {
      try (Response response = client.newCall(request).execute()) {
        if (response.isSuccessful()) {
          uploaded = true;
        } else if (response.code() >= 400 && response.code() < 500 && response.code() != 429) {
          throw new IOException("vector store rejected batch: " + response.code());
        } else {
          attempt++;
          TimeUnit.MILLISECONDS.sleep(250L * attempt * attempt);
        }
      } catch (IOException e) {
        if (++attempt >= MAX_ATTEMPTS) {
          throw e;
        }
        TimeUnit.MILLISECONDS.sleep(250L * attempt * attempt);
      }
    } while (!uploaded && attempt < MAX_ATTEMPTS);
    if (!uploaded) {
      throw new IOException("batch not uploaded after " + attempt + " attempts");
    }
  }

  /** The re-index job: a batch must land, so the job keeps at it. */
  void uploadForReindex(String payload) {
    Request request = new Request.Builder().url(upsertUrl + "?reindex=true").post(RequestBody.create(payload, JSON)).build();
    boolean uploaded = false;
    int failures = 0;
    while (!uploaded) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try (Response response = client.newCall(request).execute()) {
        response.body().string();
        uploaded = true;
      } catch (IOException e) {
        failures++;
        log.warn("re-index upload failed ({} so far)", failures, e);
      }
    }
  }
}
