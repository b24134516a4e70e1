package corpus.unclosedtrace.beans;

import java.io.IOException;

/** A library-like channel whose setter says it can fail: it reconfigures an open connection. */
public interface Channel {
  void setMode(String mode) throws IOException;

  void send(String message) throws IOException;
}
