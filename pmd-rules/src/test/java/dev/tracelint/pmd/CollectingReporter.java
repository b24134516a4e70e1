package dev.tracelint.pmd;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.pmd.util.log.PmdReporter;
import org.slf4j.event.Level;

/** A PMD reporter that keeps every warning and error, so that tests can fail on them and read their text. */
final class CollectingReporter implements PmdReporter {
  private final List<String> problems = new ArrayList<>();
  private int errors;

  @Override
  public boolean isLoggable(Level level) {
    return level.compareTo(Level.WARN) <= 0;
  }

  @Override
  public void logEx(Level level, String message, Object[] formatArgs, Throwable error) {
    if (!isLoggable(level)) {
      return;
    }
    if (level == Level.ERROR) {
      errors++;
    }
    String text = message == null ? "" : MessageFormat.format(message, formatArgs == null ? new Object[0] : formatArgs);
    problems.add(level + ": " + text + (error == null ? "" : " (" + error + ")"));
  }

  @Override
  public int numErrors() {
    return errors;
  }

  /** Every warning and error logged so far. */
  List<String> problems() {
    return problems;
  }
}
