package corpus.blockingingestonrequestpath;

import io.sentry.Sentry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A retrieval controller whose error reporting ends in a Sentry flush four calls down. */
@RestController
public class RealisticIssue10DeepHelperChain {
  interface Retriever {
    String answer(String question);
  }

  private final Retriever retriever;

  RealisticIssue10DeepHelperChain(Retriever retriever) {
    this.retriever = retriever;
  }

  @GetMapping("/answers/{question}")
  public String answer(@PathVariable String question) {
    try {
      return retriever.answer(question);
    } catch (RuntimeException e) {
      reportFailure(question, e); // tracelint-expect: BlockingIngestOnRequestPath
      return "sorry";
    }
  }

  @GetMapping("/answers/{question}/quiet")
  public String answerQuietly(@PathVariable String question) {
    try {
      return retriever.answer(question);
    } catch (RuntimeException e) {
      Sentry.captureException(e);
      return "sorry";
    }
  }

  private void reportFailure(String question, RuntimeException e) {
    enrich(question);
    capture(e);
  }

  private void enrich(String question) {
    Sentry.setExtra("question.length", String.valueOf(question.length()));
  }

  private void capture(RuntimeException e) {
    Sentry.captureException(e);
    deliver();
  }

  private void deliver() {
    drainOutbox();
  }

  private void drainOutbox() {
    Sentry.flush(2_000);
  }
}
