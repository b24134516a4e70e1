package corpus.unclosedtrace.beans;

/** A JavaBean carried along a call: its setters and getters only store and read fields. */
public class Exchange {
  private Object state;
  private Listener listener;

  public Object getState() {
    return state;
  }

  public void setState(Object state) {
    this.state = state;
  }

  public Listener getListener() {
    return listener;
  }

  public void setListener(Listener listener) {
    this.listener = listener;
  }

  /** Told when the exchange completes. */
  public interface Listener {
    void completed(Object result);
  }
}
