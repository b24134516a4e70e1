package dev.tracelint.bench;

import java.util.Comparator;

/**
 * One finding of one engine, as a line of the sweep's findings file: {@code engine, library, file, line, rule,
 * message}, tab-separated. {@link #key()} is what the engines are compared on; the message is there for review.
 */
record Finding(String engine, String library, String file, int line, String rule, String message)
    implements Comparable<Finding> {

  /** Engine, library, file, then line by number (so that line 9 sorts before line 10), rule and message. */
  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::engine)
      .thenComparing(Finding::library)
      .thenComparing(Finding::file)
      .thenComparingInt(Finding::line)
      .thenComparing(Finding::rule)
      .thenComparing(Finding::message);

  Finding {
    // One finding is one line of a TSV file: no tab or line break may survive in the free text.
    message = message.replaceAll("\\s+", " ").trim();
  }

  static Finding parse(String tsvLine) {
    String[] fields = tsvLine.split("\t", -1);
    if (fields.length != 6) {
      throw new IllegalArgumentException("not a findings line (6 tab-separated fields expected): " + tsvLine);
    }
    return new Finding(fields[0], fields[1], fields[2], Integer.parseInt(fields[3]), fields[4], fields[5]);
  }

  String toTsv() {
    return String.join("\t", engine, library, file, Integer.toString(line), rule, message);
  }

  /** Where and what, without the engine or the message: the unit on which two engines agree or not. */
  String key() {
    return String.join(":", library, file, Integer.toString(line)) + " " + rule;
  }

  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }
}
