package dev.tracelint.lsp.server;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Java documents the editor has open, each at the version and text the editor last sent. Safe to use from the
 * protocol thread and the analysis thread at once.
 */
final class OpenDocuments {
  /** One open document: its URI, the editor's version number and its full text. */
  record Document(String uri, int version, String text) {}

  private final Map<String, Document> documents = new ConcurrentHashMap<>();

  void put(Document document) {
    documents.put(document.uri(), document);
  }

  void remove(String uri) {
    documents.remove(uri);
  }

  Optional<Document> get(String uri) {
    return Optional.ofNullable(documents.get(uri));
  }

  Collection<Document> all() {
    return documents.values();
  }

  /** Whether {@code uri} is open at exactly {@code version}: otherwise an analysis of that version is stale. */
  boolean isCurrent(String uri, int version) {
    Document document = documents.get(uri);
    return document != null && document.version() == version;
  }
}
