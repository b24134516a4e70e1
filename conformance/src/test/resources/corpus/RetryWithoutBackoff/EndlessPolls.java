package corpus.retrywithoutbackoff;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Endless polling loops ended only by done tests (docs/rules/RetryWithoutBackoff.md, "Polling loops"): asking the
 * same question again at once hammers the service as a catch that retries at once does; a conversation that grows
 * each turn sends a new request, and waiting would not change the answer.
 */
class EndlessPolls {
  interface Export {
    boolean isFinished();

    String location();
  }

  interface ExportClient {
    Export status(String exportId);
  }

  interface Reply {
    boolean hasToolCalls();

    List<String> toolCalls();

    String text();
  }

  interface ChatModel {
    Reply chat(List<String> messages);
  }

  private final ExportClient exports;
  private final ChatModel model;

  EndlessPolls(ExportClient exports, ChatModel model) {
    this.exports = exports;
    this.model = model;
  }

  String flagsAnExportPolledWithoutPause(String exportId) {
    for (;;) { // tracelint-expect: RetryWithoutBackoff -- without waiting
      Export export = exports.status(exportId);
      if (export.isFinished()) {
        return export.location();
      }
    }
  }

  String acceptsAnExportPolledEveryFewSeconds(String exportId) throws InterruptedException {
    for (;;) {
      Export export = exports.status(exportId);
      if (export.isFinished()) {
        return export.location();
      }
      TimeUnit.SECONDS.sleep(5);
    }
  }

  String acceptsAConversationThatGrowsEachTurn(String goal) {
    List<String> messages = new ArrayList<>(List.of(goal));
    while (true) {
      Reply reply = model.chat(messages);
      if (!reply.hasToolCalls()) {
        return reply.text();
      }
      messages.addAll(reply.toolCalls());
    }
  }
}
