package corpus.blockingingestonrequestpath.inhouse.sdk;

import java.util.ArrayList;
import java.util.List;

/** The SDK's HTTP implementation of {@link SpanSink}, which applications often hold by its own type. */
public final class HttpSpanSink implements SpanSink {
  private final List<String> queue = new ArrayList<>();

  @Override
  public void offer(String span) {
    queue.add(span);
  }

  @Override
  public void settle() {
    queue.clear();
  }
}
