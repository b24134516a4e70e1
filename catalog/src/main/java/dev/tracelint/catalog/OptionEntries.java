package dev.tracelint.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The one list syntax of every tracelint option, in both engines: entries separated by commas, blanks around them
 * ignored. Error Prone passes the option as one {@code -XepOpt:Rule:Key=a,b} value; PMD passes the same text as a
 * string property, so both go through here.
 */
public final class OptionEntries {
  private OptionEntries() {}

  /** The non-blank, trimmed entries of {@code value}; an absent or blank value has none. */
  public static List<String> split(String value) {
    List<String> entries = new ArrayList<>();
    if (value == null) {
      return entries;
    }
    for (String raw : value.split(",", -1)) {
      String entry = raw.trim();
      if (!entry.isEmpty()) {
        entries.add(entry);
      }
    }
    return entries;
  }

  /**
   * Parses every entry of {@code value} with {@code parser}, which receives the option name and the entry and throws
   * {@link CatalogConfigurationException} for a malformed one.
   */
  public static <T> List<T> parse(String option, String value, BiFunction<String, String, T> parser) {
    List<T> parsed = new ArrayList<>();
    for (String entry : split(value)) {
      parsed.add(parser.apply(option, entry));
    }
    return List.copyOf(parsed);
  }

  /** Parses a list of {@code OWNER#method} entries. */
  public static List<MethodRef> methodRefs(String option, String value) {
    return parse(option, value, MethodRef::parse);
  }
}
