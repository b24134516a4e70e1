package dev.tracelint.lsp.workspace;

import dev.tracelint.lsp.engine.RuleConfiguration;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Reads {@value #FILE_NAME} at a project's root: {@code ruleset=<file or resource>} to run a project ruleset (one
 * that references {@code rulesets/tracelint.xml}), and {@code <Rule>.<option>=<value>} for rule options, e.g.
 * {@code UnclosedTrace.startMethods=com.example.AgentTracer#startTrace:end}. Option names and values are the PMD
 * properties', as in a ruleset file.
 */
public final class TracelintProperties {
  /** The file's name, at the workspace root (or the command line's working directory). */
  public static final String FILE_NAME = "tracelint.properties";

  private static final String RULESET_KEY = "ruleset";

  private TracelintProperties() {}

  /** The configuration in {@code directory}'s {@value #FILE_NAME}; the defaults when there is none. */
  public static RuleConfiguration read(Path directory) {
    Path file = directory.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return RuleConfiguration.defaults();
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      return new RuleConfiguration(Optional.empty(), Map.of(),
          List.of("tracelint: cannot read " + file + ": " + e.getMessage()));
    }
    return parse(properties, file.toString());
  }

  /** The configuration that {@code properties} (read from {@code origin}, named in problems) describe. */
  static RuleConfiguration parse(Properties properties, String origin) {
    Optional<String> ruleset = Optional.empty();
    Map<String, Map<String, String>> options = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      String value = properties.getProperty(key).trim();
      int dot = key.indexOf('.');
      if (key.equals(RULESET_KEY)) {
        ruleset = value.isEmpty() ? Optional.empty() : Optional.of(value);
      } else if (dot > 0 && dot < key.length() - 1 && key.indexOf('.', dot + 1) < 0) {
        options.computeIfAbsent(key.substring(0, dot), rule -> new LinkedHashMap<>())
            .put(key.substring(dot + 1), value);
      } else {
        problems.add("tracelint: " + origin + ": unknown key '" + key
            + "' (expected 'ruleset' or '<Rule>.<option>', e.g. UnclosedTrace.startMethods)");
      }
    }
    return new RuleConfiguration(ruleset, options, problems);
  }
}
