package dev.tracelint.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * The one list syntax of every tracelint option, in both engines: entries separated by commas, with no blanks in
 * Error Prone (its {@code -Xplugin} argument is split at blanks); blanks around entries are ignored where they can
 * arrive (a PMD property). Error Prone passes the option as one {@code -XepOpt:Rule:Key=a,b} value; PMD passes the
 * same text as a string property, so both go through here. A value with entries that ends in a comma is refused (see
 * {@link #TRAILING_COMMA}).
 */
public final class OptionEntries {
  private OptionEntries() {}

  /**
   * Why a value ending in a comma is refused. Error Prone splits its one {@code -Xplugin:ErrorProne ...} argument at
   * blanks, so {@code -XepOpt:Rule:Key=a, b} reaches the check as {@code a,} and {@code b} is silently lost; the same
   * value is refused in PMD too, so that one syntax means the same everywhere.
   */
  static final String TRAILING_COMMA = "the value ends with ',' (Error Prone cuts an -XepOpt value at its first blank:"
      + " write the entries without blanks, a,b)";

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
    List<String> entries = split(value);
    if (!entries.isEmpty() && value.strip().endsWith(",")) {
      throw new CatalogConfigurationException(option, value.strip(), TRAILING_COMMA);
    }
    List<T> parsed = new ArrayList<>();
    for (String entry : entries) {
      parsed.add(parser.apply(option, entry));
    }
    return List.copyOf(parsed);
  }

  /**
   * Refuses an option {@code rule} does not take, so that a misspelt key ({@code StartMethod}, or the PMD spelling
   * {@code startMethods} given to Error Prone) fails as a malformed entry does instead of being ignored: Error Prone
   * passes any {@code -XepOpt:Rule:Key}, where PMD refuses an unknown property itself.
   *
   * @param given the options given for {@code rule}, key to value
   * @param keys the keys {@code rule} takes
   */
  public static void refuseUnknownKeys(String rule, Map<String, String> given, Collection<String> keys) {
    for (Map.Entry<String, String> option : new TreeMap<>(given).entrySet()) {
      if (!keys.contains(option.getKey())) {
        throw new CatalogConfigurationException(rule + ":" + option.getKey(), option.getValue(),
            rule + " takes no option " + option.getKey() + "; its options are " + String.join(", ", new TreeSet<>(keys)));
      }
    }
  }

  /** Parses a list of {@code OWNER#method} entries. */
  public static List<MethodRef> methodRefs(String option, String value) {
    return parse(option, value, MethodRef::parse);
  }
}
