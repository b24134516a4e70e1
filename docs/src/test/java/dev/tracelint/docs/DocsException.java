package dev.tracelint.docs;

/** The code does not say what a generated page needs, or a page cannot take it: the message says which and where. */
final class DocsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DocsException(String message) {
    super(message);
  }
}
