package dev.tracelint.lsp.server;

import com.google.gson.JsonElement;
import dev.tracelint.lsp.engine.ConfiguredRules;
import dev.tracelint.lsp.engine.RuleConfiguration;
import dev.tracelint.lsp.workspace.ClientSettings;
import dev.tracelint.lsp.workspace.TracelintProperties;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The rule configuration in force, from three layers, later ones winning option by option: tracelint's defaults,
 * the workspace's {@code tracelint.properties} (read again at every reload, so that edits to it apply), and the
 * editor's settings (first its {@code initializationOptions}, then each {@code workspace/configuration} answer or
 * {@code workspace/didChangeConfiguration}).
 */
final class RuleSettings {
  private final Optional<Path> root;
  private volatile RuleConfiguration client = RuleConfiguration.defaults();

  RuleSettings(Optional<Path> root) {
    this.root = root;
  }

  /** Replaces the editor's layer; {@code null} or an empty object leaves tracelint's defaults. */
  void useClientSettings(JsonElement settings) {
    client = ClientSettings.parse(settings);
  }

  /** Reads the layers and loads the rules they configure, with the problems met. */
  ConfiguredRules load() {
    RuleConfiguration workspace = root.map(TracelintProperties::read).orElse(RuleConfiguration.defaults());
    return ConfiguredRules.load(
        RuleConfiguration.defaults().overriddenBy(workspace).overriddenBy(client),
        root.orElse(Path.of("").toAbsolutePath()));
  }
}
