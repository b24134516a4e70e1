package dev.tracelint.docs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generated parts of a Markdown page: what stands between {@code <!-- generated:NAME ... -->} and
 * {@code <!-- /generated -->}. Everything outside them is hand-written and is left exactly as it is.
 */
final class GeneratedRegions {
  /** The command that rewrites every generated region; the start markers and the drift test name it. */
  static final String COMMAND = "./mvnw -B -pl docs test -Ddocs.update=true";

  static final String END = "<!-- /generated -->";

  private GeneratedRegions() {}

  static String start(String name) {
    return "<!-- generated:" + name + " from the code; edit the code, then run " + COMMAND + " -->";
  }

  private static Pattern region(String name) {
    return Pattern.compile("<!-- generated:" + Pattern.quote(name) + "(?:\\s[^\\n]*?)?-->\\n.*?" + Pattern.quote(END),
        Pattern.DOTALL);
  }

  static boolean has(String text, String name) {
    return region(name).matcher(text).find();
  }

  /**
   * {@code text} with the region {@code name} holding {@code content}.
   *
   * @throws DocsException when {@code page} has no such region, or has it twice
   */
  static String replace(String text, String name, String content, String page) {
    Matcher matcher = region(name).matcher(text);
    if (!matcher.find()) {
      throw new DocsException(page + " has no region " + start(name) + " ... " + END);
    }
    int begin = matcher.start();
    int end = matcher.end();
    if (matcher.find()) {
      throw new DocsException(page + " has the region generated:" + name + " twice");
    }
    return text.substring(0, begin) + render(name, content) + text.substring(end);
  }

  /** {@code text} with a new region {@code name} before the line {@code heading}, or at the end without one. */
  static String insert(String text, String name, String content, String heading) {
    Matcher line = Pattern.compile("^" + Pattern.quote(heading) + "$", Pattern.MULTILINE).matcher(text);
    if (line.find()) {
      return text.substring(0, line.start()) + render(name, content) + "\n\n" + text.substring(line.start());
    }
    String body = text.endsWith("\n") ? text : text + "\n";
    return body + "\n" + render(name, content) + "\n";
  }

  /** A blank line on each side of the content, so that a table or a list inside ends before the end marker. */
  private static String render(String name, String content) {
    String body = content.strip();
    return start(name) + "\n\n" + body + "\n\n" + END;
  }
}
