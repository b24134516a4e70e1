package dev.tracelint.lsp.workspace;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.tracelint.lsp.engine.RuleConfiguration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the settings an editor sends (as {@code initializationOptions}, with {@code workspace/didChangeConfiguration}
 * or in answer to {@code workspace/configuration}): {@code {"tracelint": {"ruleset": "...", "UnclosedTrace":
 * {"startMethods": "..."}}}}, or the inner object alone. An option value is a string in the engines' syntax, or an
 * array of entries that is joined with commas.
 */
public final class ClientSettings {
  /** The settings section, and the key that wraps it. */
  public static final String SECTION = "tracelint";

  private ClientSettings() {}

  /** The configuration in {@code settings}; the defaults for {@code null} or an empty object. */
  public static RuleConfiguration parse(JsonElement settings) {
    List<String> problems = new ArrayList<>();
    Optional<String> ruleset = Optional.empty();
    Map<String, Map<String, String>> options = new LinkedHashMap<>();
    if (settings == null || settings.isJsonNull()) {
      return RuleConfiguration.defaults();
    }
    if (!settings.isJsonObject()) {
      return new RuleConfiguration(ruleset, options, List.of("tracelint: settings must be an object: " + settings));
    }
    JsonObject section = settings.getAsJsonObject();
    if (section.has(SECTION) && section.get(SECTION).isJsonObject()) {
      section = section.getAsJsonObject(SECTION);
    }
    for (Map.Entry<String, JsonElement> entry : section.entrySet()) {
      String key = entry.getKey();
      JsonElement value = entry.getValue();
      if (key.equals("ruleset")) {
        Optional<String> text = text(value);
        if (text.isPresent()) {
          ruleset = text.get().isBlank() ? Optional.empty() : text;
        } else {
          problems.add("tracelint: setting 'ruleset' must be a string: " + value);
        }
      } else if (value.isJsonObject()) {
        Map<String, String> ruleOptions = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> option : value.getAsJsonObject().entrySet()) {
          Optional<String> text = text(option.getValue());
          if (text.isPresent()) {
            ruleOptions.put(option.getKey(), text.get());
          } else {
            problems.add("tracelint: setting " + key + "." + option.getKey()
                + " must be a string or an array of strings: " + option.getValue());
          }
        }
        options.put(key, ruleOptions);
      } else {
        problems.add("tracelint: setting '" + key + "' must be 'ruleset' or a rule name with an object of options: "
            + value);
      }
    }
    return new RuleConfiguration(ruleset, options, problems);
  }

  private static Optional<String> text(JsonElement value) {
    if (value.isJsonPrimitive()) {
      return Optional.of(value.getAsString().trim());
    }
    if (value.isJsonArray()) {
      List<String> entries = new ArrayList<>();
      for (JsonElement entry : value.getAsJsonArray()) {
        if (!(entry instanceof JsonPrimitive primitive)) {
          return Optional.empty();
        }
        entries.add(primitive.getAsString().trim());
      }
      return Optional.of(String.join(",", entries));
    }
    return Optional.empty();
  }
}
