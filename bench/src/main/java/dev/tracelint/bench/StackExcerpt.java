package dev.tracelint.bench;

import java.util.ArrayList;
import java.util.List;

/** The part of a stack trace worth reading in a crash report: the top frames and every tracelint frame. */
final class StackExcerpt {
  private static final int TOP_FRAMES = 3;

  private StackExcerpt() {}

  /** A frame of tracelint's rules, checks or catalogue (not of this bench, which is on every stack it starts). */
  static boolean isTracelintFrame(String frame) {
    return frame.contains("dev.tracelint.") && !frame.contains("dev.tracelint.bench.");
  }

  static String of(Throwable error) {
    List<String> lines = new ArrayList<>();
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      lines.add((cause == error ? "" : "Caused by: ") + headline(cause));
      StackTraceElement[] frames = cause.getStackTrace();
      for (int i = 0; i < frames.length; i++) {
        if (i < TOP_FRAMES || isTracelintFrame(frames[i].getClassName())) {
          lines.add("    at " + frames[i]);
        }
      }
    }
    return String.join("\n", lines);
  }

  /** The exception's class and the first line of its message (some messages run on for dozens of lines). */
  private static String headline(Throwable error) {
    String message = error.getMessage() == null ? "" : ": " + error.getMessage().lines().findFirst().orElse("");
    return error.getClass().getName() + message;
  }

  /** The same selection from a stack trace that only exists as text (Error Prone prints it into a diagnostic). */
  static String of(String stackTrace) {
    List<String> kept = new ArrayList<>();
    int frameIndex = 0;
    for (String line : stackTrace.split("\\R")) {
      if (!line.trim().startsWith("at ")) {
        frameIndex = 0; // an exception's own line, or "Caused by: ..."
        if (!line.isBlank()) {
          kept.add(line);
        }
      } else if (frameIndex++ < TOP_FRAMES || isTracelintFrame(line)) {
        kept.add(line);
      }
    }
    return String.join("\n", kept);
  }
}
