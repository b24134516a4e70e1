package dev.tracelint.lsp.server;

import com.google.gson.JsonElement;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * Reacts to the workspace: new editor settings reload the rules, a changed {@code tracelint.properties} or ruleset
 * file too, and a changed {@code pom.xml} recomputes the classpath.
 */
final class TracelintWorkspaceService implements WorkspaceService {
  private final TracelintLanguageServer server;

  TracelintWorkspaceService(TracelintLanguageServer server) {
    this.server = server;
  }

  @Override
  public void didChangeConfiguration(DidChangeConfigurationParams params) {
    server.clientSettingsChanged(params.getSettings() instanceof JsonElement settings ? settings : null);
  }

  @Override
  public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
    boolean pom = false;
    boolean configuration = false;
    for (FileEvent event : params.getChanges()) {
      String uri = event.getUri();
      if (uri.endsWith("/pom.xml")) {
        pom = true;
      } else if (uri.endsWith(".xml") || uri.endsWith(".properties")) {
        configuration = true;
      }
    }
    if (pom) {
      server.pomChanged();
    }
    if (configuration) {
      server.reloadRules();
    }
  }
}
