package corpus.unboundedretry;

import java.io.IOException;

/**
 * A method that gives its own parameter the next value before it calls itself from its catch block
 * ({@code folder = folder.substring(0, slash)}, {@code node = node.parent()}) passes a different value at every
 * depth: creating the parent folders of a path one level up each time, or looking a name up the scopes, ends when the
 * path or the chain runs out. That is a search, not a retry. A parameter only counted on, given a value built from the
 * caught failure, or changed after the call, still goes again with the same request.
 */
class ParametersSteppedBeforeTheSelfCall {
  interface RemoteFolders {
    void create(String folder) throws IOException;
  }

  static final class MissingParentException extends IOException {}

  interface Scope {
    String resolve(String name) throws IOException;

    Scope parent();
  }

  private RemoteFolders folders;

  void acceptsParentFoldersCreatedOneLevelUp(String folder) throws IOException {
    int slash = folder.lastIndexOf('/');
    if (slash <= 0) {
      return;
    }
    folder = folder.substring(0, slash);
    try {
      folders.create(folder);
    } catch (MissingParentException e) {
      acceptsParentFoldersCreatedOneLevelUp(folder);
      folders.create(folder);
    }
  }

  String acceptsNameResolvedUpTheScopes(Scope scope, String name) throws IOException {
    if (scope == null) {
      throw new IOException("unresolved");
    }
    try {
      return scope.resolve(name);
    } catch (IOException e) {
      scope = scope.parent();
      return acceptsNameResolvedUpTheScopes(scope, name);
    }
  }

  void acceptsFolderTrimmedOfItsLastSegmentInline(String folder) throws IOException {
    String parent = folder.contains("/") ? folder.substring(0, folder.lastIndexOf('/')) : "";
    folder = parent;
    if (folder.isEmpty()) {
      return;
    }
    try {
      folders.create(folder);
    } catch (IOException e) {
      acceptsFolderTrimmedOfItsLastSegmentInline(folder);
    }
  }

  void flagsFolderCreatedAgainAsItWas(String folder) throws IOException {
    try {
      folders.create(folder);
    } catch (IOException e) {
      flagsFolderCreatedAgainAsItWas(folder); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
    }
  }

  void flagsFolderChangedOnlyAfterTheCall(String folder) throws IOException {
    try {
      folders.create(folder);
    } catch (IOException e) {
      flagsFolderChangedOnlyAfterTheCall(folder); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      folder = folder.substring(1);
    }
  }
}
