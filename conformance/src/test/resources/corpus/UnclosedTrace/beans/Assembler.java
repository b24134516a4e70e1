package corpus.unclosedtrace.beans;

/** Builds a request by loading parts: a build() on something that is not a builder. */
public class Assembler {
  public Object build() {
    return Integer.parseInt(System.getProperty("parts", "1"));
  }
}
