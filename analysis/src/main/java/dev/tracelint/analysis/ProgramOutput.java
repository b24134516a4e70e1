package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.MethodRef;
import dev.tracelint.catalog.SecretCatalog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A command-line program's own output, as opposed to a log: what a {@code main} method prints on {@code System.out}.
 * A program that issues tokens (a sample token server's payload, a tool that mints a development token) prints the
 * token it minted because printing it is its job; the caller pipes or copies it. A token or key the program read from
 * its environment, its configuration, its arguments or a token endpoint is not its output but its input, and stays a
 * finding wherever it is printed; so does anything printed on {@code System.err}, which is read as a log, unless the
 * program is a conversion tool ({@link #printsBesideAConversion}).
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

  /**
   * Whether {@code sink} prints {@code printed} as a conversion tool's output: a console print (either stream) in the
   * body of a {@code main}, of variables of each of which a console print of that {@code main} (this one or another)
   * prints a masked, hashed or encrypted form ({@code System.err.println(pw)} beside
   * {@code System.err.println(obfuscate(pw))}). A password obfuscator, hasher or encryptor shows the value it was given
   * beside the forms it made of it, for its user to paste into a configuration file: the program's own output. A
   * program that prints a secret with no converted form of it beside is still read as logging it.
   */
  static boolean printsBesideAConversion(Expr.Call sink, Expr printed, SecretCatalog catalog) {
    Node code = Nodes.enclosingCodeOwner(sink);
    if (sink.receiver() == null || !LoggingCalls.isConsole(sink.receiver()) || !(code instanceof MethodDecl)
        || !Nodes.isMain((MethodDecl) code)) {
      return false;
    }
    Set<Variable> shown = new HashSet<>();
    for (Node node : Nodes.inline(printed)) {
      if (node instanceof Expr.Name && Nodes.variableOf((Expr) node) != null) {
        shown.add(Nodes.variableOf((Expr) node));
      }
    }
    List<Expr.Call> conversions = new ArrayList<>();
    for (Node node : Nodes.inline(((MethodDecl) code).body())) {
      if (node instanceof Expr.Call && ((Expr.Call) node).receiver() != null
          && LoggingCalls.isConsole(((Expr.Call) node).receiver())) {
        for (Node inner : Nodes.inline(node)) {
          if (inner != node && inner instanceof Expr.Call && SecretMasks.masks((Expr.Call) inner, catalog)) {
            conversions.add((Expr.Call) inner);
          }
        }
      }
    }
    return !shown.isEmpty() && shown.stream().allMatch(variable -> conversions.stream()
        .anyMatch(conversion -> Nodes.anyInline(conversion,
            node -> node instanceof Expr && Nodes.variableOf((Expr) node) == variable)));
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
