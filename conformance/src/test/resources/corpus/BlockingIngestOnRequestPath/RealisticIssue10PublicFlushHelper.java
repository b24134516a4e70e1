package corpus.blockingingestonrequestpath;

import io.sentry.Sentry;
import java.util.concurrent.CompletableFuture;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A feedback controller whose public helper makes sure the user's report reached Sentry. */
@RestController
public class RealisticIssue10PublicFlushHelper {
  @PostMapping("/feedback")
  public String feedback(@RequestBody String text) {
    Sentry.captureMessage("feedback: " + text.length());
    this.deliverReports(); // tracelint-expect: BlockingIngestOnRequestPath
    return "thanks";
  }

  @PostMapping("/feedback/later")
  public String feedbackLater(@RequestBody String text) {
    Sentry.captureMessage("feedback: " + text.length());
    CompletableFuture.runAsync(this::deliverReports);
    return "thanks";
  }

  @PostMapping("/feedback/lambda")
  public String feedbackInBackground(@RequestBody String text) {
    Sentry.captureMessage("feedback: " + text.length());
    new Thread(() -> deliverReports()).start();
    return "thanks";
  }

  public void deliverReports() {
    Sentry.flush(3_000);
  }
}
