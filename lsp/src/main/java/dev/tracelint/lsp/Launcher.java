package dev.tracelint.lsp;

import dev.tracelint.lsp.actions.CoreFixes;
import dev.tracelint.lsp.actions.FixProvider;
import dev.tracelint.lsp.engine.PmdRunner;
import dev.tracelint.lsp.cli.CheckCommand;
import dev.tracelint.lsp.server.TracelintLanguageServer;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The executable jar's entry point: with no argument (or {@code --stdio}) the language server on standard input and
 * output; {@code check <paths> ...} the one-shot command line.
 */
public final class Launcher {
  /** The rules' own quick fixes (UnclosedTrace's {@code try/finally}), from the engine-neutral core. */
  private static final FixProvider RULE_FIXES =
      new CoreFixes(new PmdRunner(0, message -> System.err.println("tracelint: " + message)));

  private static final String USAGE = """
      usage: java -jar tracelint-lsp.jar [--stdio]      language server on stdin/stdout
             java -jar tracelint-lsp.jar check <paths>  analyse files and folders once (see check --help)""";

  private Launcher() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length == 0 || (args.length == 1 && args[0].equals("--stdio"))) {
      serve(System.in, System.out);
    } else if (args[0].equals("check")) {
      System.exit(new CheckCommand(System.out, System.err).run(Arrays.copyOfRange(args, 1, args.length)));
    } else if (args[0].equals("--help") || args[0].equals("-h")) {
      System.out.println(USAGE);
    } else {
      System.err.println(USAGE);
      System.exit(CheckCommand.USAGE_ERROR);
    }
  }

  private static void serve(InputStream in, PrintStream out) throws InterruptedException {
    // Standard output is the protocol channel: a stray print from any library would corrupt it.
    System.setOut(System.err);
    TracelintLanguageServer server = new TracelintLanguageServer(RULE_FIXES, System::exit);
    org.eclipse.lsp4j.jsonrpc.Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
    server.connect(launcher.getRemoteProxy());
    try {
      launcher.startListening().get();
    } catch (ExecutionException e) {
      System.err.println("tracelint: connection failed: " + e.getCause());
    }
    // The editor closed the connection: end as the protocol's exit notification would.
    server.exit();
  }
}
