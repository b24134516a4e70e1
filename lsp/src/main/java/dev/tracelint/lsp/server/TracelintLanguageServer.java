package dev.tracelint.lsp.server;

import com.google.gson.JsonElement;
import dev.tracelint.lsp.actions.FixProvider;
import dev.tracelint.lsp.engine.ConfiguredRules;
import dev.tracelint.lsp.workspace.ClientSettings;
import dev.tracelint.lsp.workspace.MavenClasspath;
import dev.tracelint.lsp.workspace.TracelintProperties;
import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * tracelint's language server: analyses open Java documents with the tracelint rules as they change and publishes
 * the findings as diagnostics, with quick fixes. Configuration comes from the workspace's {@code
 * tracelint.properties} and the editor's settings; types from the Maven project's classpath once it is computed.
 */
public final class TracelintLanguageServer implements LanguageServer, LanguageClientAware {
  /** How long the editor must be quiet after a change before the document is analysed. */
  static final long QUIET_MILLIS = 100;

  private final FixProvider fixes;
  private final IntConsumer exit;
  private final OpenDocuments documents = new OpenDocuments();
  private final Set<String> shownProblems = new LinkedHashSet<>();
  private final TextDocumentService textDocumentService =
      new TracelintTextDocumentService(documents, () -> this.analysis, () -> this.codeActions);
  private final WorkspaceService workspaceService = new TracelintWorkspaceService(this);

  // Set by connect and initialize; the protocol guarantees nothing else arrives before them.
  private LanguageClient client;
  private ClientCapabilities capabilities = new ClientCapabilities();
  private Optional<Path> root = Optional.empty();
  private RuleSettings settings;
  private volatile LiveAnalysis analysis;
  private volatile CodeActions codeActions;
  private MavenClasspath mavenClasspath;
  private volatile boolean shutdownRequested;

  /** A server whose quick fixes come from {@code fixes}; {@code exit} ends the process with the protocol's code. */
  public TracelintLanguageServer(FixProvider fixes, IntConsumer exit) {
    this.fixes = fixes;
    this.exit = exit;
  }

  @Override
  public void connect(LanguageClient languageClient) {
    this.client = languageClient;
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    if (params.getCapabilities() != null) {
      capabilities = params.getCapabilities();
    }
    root = rootOf(params);
    settings = new RuleSettings(root);
    if (params.getInitializationOptions() instanceof JsonElement options) {
      settings.useClientSettings(options);
    }
    ConfiguredRules rules = settings.load();
    analysis = new LiveAnalysis(documents, rules, client, this::log, QUIET_MILLIS);
    codeActions = new CodeActions(analysis, fixes);
    report(rules);

    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Full);
    sync.setSave(new SaveOptions(false));
    ServerCapabilities server = new ServerCapabilities();
    server.setTextDocumentSync(sync);
    server.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
    return CompletableFuture.completedFuture(new InitializeResult(server, new ServerInfo("tracelint", version())));
  }

  @Override
  public void initialized(InitializedParams params) {
    watchConfigurationFiles();
    pullClientSettings();
    root.filter(MavenClasspath::isMavenProject).ifPresent(project -> {
      mavenClasspath = new MavenClasspath(project, classpath -> analysis.useAuxClasspath(classpath), this::log);
      mavenClasspath.refresh();
    });
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutdownRequested = true;
    if (mavenClasspath != null) {
      mavenClasspath.close();
    }
    if (analysis != null) {
      analysis.close();
    }
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    exit.accept(shutdownRequested ? 0 : 1);
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return textDocumentService;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return workspaceService;
  }

  /** The editor's settings changed: take {@code pushed} when it says something, else ask for them. */
  void clientSettingsChanged(JsonElement pushed) {
    if (pushed != null && pushed.isJsonObject() && pushed.getAsJsonObject().size() > 0) {
      settings.useClientSettings(pushed);
      reloadRules();
    } else {
      pullClientSettings();
    }
  }

  /** The POM changed: the classpath may have. */
  void pomChanged() {
    if (mavenClasspath != null) {
      mavenClasspath.refresh();
    }
  }

  /** {@code tracelint.properties} or a ruleset file changed. */
  synchronized void reloadRules() {
    ConfiguredRules rules = settings.load();
    report(rules);
    analysis.useRules(rules);
  }

  /** Shows each configuration problem once, until it is fixed; a malformed option must not go unnoticed. */
  private synchronized void report(ConfiguredRules rules) {
    shownProblems.retainAll(rules.problems());
    for (String problem : rules.problems()) {
      log(problem);
      if (shownProblems.add(problem) && client != null) {
        client.showMessage(new MessageParams(MessageType.Warning, problem));
      }
    }
  }

  private void pullClientSettings() {
    if (capabilities.getWorkspace() == null || !Boolean.TRUE.equals(capabilities.getWorkspace().getConfiguration())) {
      return;
    }
    ConfigurationItem item = new ConfigurationItem();
    item.setSection(ClientSettings.SECTION);
    client.configuration(new ConfigurationParams(List.of(item))).thenAccept(answers -> {
      if (!answers.isEmpty() && answers.get(0) instanceof JsonElement answer && answer.isJsonObject()) {
        settings.useClientSettings(answer);
        reloadRules();
      }
    }).exceptionally(error -> {
      log("tracelint: workspace/configuration failed: " + error);
      return null;
    });
  }

  private void watchConfigurationFiles() {
    if (capabilities.getWorkspace() == null || capabilities.getWorkspace().getDidChangeWatchedFiles() == null
        || !Boolean.TRUE.equals(capabilities.getWorkspace().getDidChangeWatchedFiles().getDynamicRegistration())) {
      return;
    }
    DidChangeWatchedFilesRegistrationOptions options = new DidChangeWatchedFilesRegistrationOptions(List.of(
        new FileSystemWatcher(Either.forLeft("**/" + TracelintProperties.FILE_NAME)),
        new FileSystemWatcher(Either.forLeft("**/*.xml"))));
    // Fire and forget: the server works without it; a refusal only means no reload on outside edits of these files.
    var unused = client.registerCapability(new RegistrationParams(List.of(
        new Registration("tracelint-watched-files", "workspace/didChangeWatchedFiles", options))));
  }

  void log(String message) {
    if (client != null) {
      client.logMessage(new MessageParams(MessageType.Log, message));
    }
  }

  @SuppressWarnings("deprecation") // rootUri and rootPath: older clients send only these
  private static Optional<Path> rootOf(InitializeParams params) {
    List<WorkspaceFolder> folders = params.getWorkspaceFolders();
    String uri = folders != null && !folders.isEmpty() ? folders.get(0).getUri() : params.getRootUri();
    try {
      if (uri != null) {
        return Optional.of(Path.of(URI.create(uri)));
      }
      if (params.getRootPath() != null) {
        return Optional.of(Path.of(params.getRootPath()));
      }
    } catch (IllegalArgumentException | FileSystemNotFoundException e) {
      // not a file: URI; no workspace configuration then
    }
    return Optional.empty();
  }

  private static String version() {
    String version = TracelintLanguageServer.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }
}
