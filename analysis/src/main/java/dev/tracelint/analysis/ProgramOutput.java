package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.catalog.MethodRef;
import dev.tracelint.catalog.SecretCatalog;

/**
 * A command-line program's own output, as opposed to a log: what a {@code main} method prints on {@code System.out}.
 * A program that issues tokens (a sample token server's payload, a tool that mints a development token) prints the
 * token it minted because printing it is its job; the caller pipes or copies it. A token or key the program read from
 * its environment, its configuration, its arguments or a token endpoint is not its output but its input, and stays a
 * finding wherever it is printed; so does anything printed on {@code System.err}, which is read as a log.
 */
final class ProgramOutput {
  private ProgramOutput() {}

  /**
   * Whether {@code sink} prints the program's output: a print on {@code System.out} written in the body of a
   * {@code public static void main(String[])}, not in a lambda or a class declared there (a handler a server's main
   * installs prints a log).
   */
  static boolean isProgramOutput(Expr.Call sink) {
    Expr receiver = sink.receiver();
    if (receiver == null || !LoggingCalls.isConsole(receiver)
        || !SecretCatalog.PROGRAM_OUTPUT_STREAM.equals(Nodes.variableOf(receiver).name())) {
      return false;
    }
    Node code = Nodes.enclosingCodeOwner(sink);
    return code instanceof MethodDecl && Nodes.isMain((MethodDecl) code);
  }

  /** Whether {@code call} mints a new token by signing the claims it is given ({@code SecretCatalog.tokenMints()}). */
  static boolean mintsToken(Expr.Call call) {
    for (MethodRef mint : SecretCatalog.tokenMints()) {
      if (TypeEvidence.isCallTo(call, mint)) {
        return true;
      }
    }
    return false;
  }
}
