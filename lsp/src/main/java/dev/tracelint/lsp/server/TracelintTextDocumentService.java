package dev.tracelint.lsp.server;

import dev.tracelint.lsp.server.OpenDocuments.Document;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * Follows the editor's Java documents (open, change, save, close) and answers its code-action requests. Documents
 * in other languages are ignored, and so is everything that arrives before {@code initialize}, which the protocol
 * forbids.
 */
final class TracelintTextDocumentService implements TextDocumentService {
  private final OpenDocuments documents;
  private final Supplier<LiveAnalysis> analysis;
  private final Supplier<CodeActions> codeActions;

  TracelintTextDocumentService(
      OpenDocuments documents, Supplier<LiveAnalysis> analysis, Supplier<CodeActions> codeActions) {
    this.documents = documents;
    this.analysis = analysis;
    this.codeActions = codeActions;
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    TextDocumentItem item = params.getTextDocument();
    if (!"java".equals(item.getLanguageId()) && !item.getUri().endsWith(".java")) {
      return;
    }
    LiveAnalysis live = analysis.get();
    if (live != null) {
      documents.put(new Document(item.getUri(), item.getVersion(), item.getText()));
      live.analyseSoon(item.getUri());
    }
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    documents.get(uri).ifPresent(document -> {
      String text = document.text();
      for (TextDocumentContentChangeEvent change : params.getContentChanges()) {
        text = applied(text, change);
      }
      documents.put(new Document(uri, params.getTextDocument().getVersion(), text));
      analysis.get().changed(uri);
    });
  }

  /** The whole new text, as the server asks for; a client that sends a range anyway is served too. */
  private static String applied(String text, TextDocumentContentChangeEvent change) {
    if (change.getRange() == null) {
      return change.getText();
    }
    LineOffsets offsets = new LineOffsets(text);
    int start = offsets.offsetOf(change.getRange().getStart());
    int end = Math.max(start, offsets.offsetOf(change.getRange().getEnd()));
    return text.substring(0, start) + change.getText() + text.substring(end);
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    if (documents.get(uri).isPresent()) {
      analysis.get().analyseSoon(uri);
    }
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    if (documents.get(uri).isPresent()) {
      documents.remove(uri);
      analysis.get().closed(uri);
    }
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    CodeActions actions = codeActions.get();
    return actions == null
        ? CompletableFuture.completedFuture(List.of())
        : CompletableFutures.computeAsync(cancel -> actions.forRequest(params));
  }
}
