package corpus.unclosedtrace.reports;

/** A client of another package whose method shares the in-house tracer's start name. */
public class ReportClient {
  public Object startTrace(String name) {
    return name;
  }
}
