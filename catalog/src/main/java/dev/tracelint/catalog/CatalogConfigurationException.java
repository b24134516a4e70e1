package dev.tracelint.catalog;

/**
 * A user option that cannot be understood. The message names the option and the offending entry so that the user can
 * fix their build file; both engines surface it as a configuration error rather than crashing or staying silent.
 */
public final class CatalogConfigurationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String option;
  private final String entry;
  private final String problem;

  public CatalogConfigurationException(String option, String entry, String problem) {
    super("tracelint option " + option + ": invalid entry '" + entry + "': " + problem);
    this.option = option;
    this.entry = entry;
    this.problem = problem;
  }

  /** The option's name as the user wrote it, e.g. {@code UnclosedTrace:StartMethods}. */
  public String option() {
    return option;
  }

  /** The entry that could not be parsed, verbatim. */
  public String entry() {
    return entry;
  }

  /** What is wrong with the entry, e.g. {@code expected OWNER#method}. */
  public String problem() {
    return problem;
  }
}
