package corpus.unclosedtrace.beans;

/** An ordinary object whose accessors are named like an annotation's elements and do real work. */
public class Settings {
  private final String path;

  public Settings(String path) {
    this.path = path;
  }

  public String description() {
    return java.nio.file.Path.of(path).getFileName().toString();
  }
}
