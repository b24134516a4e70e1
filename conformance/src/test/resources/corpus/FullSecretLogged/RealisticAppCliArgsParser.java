package corpus.fullsecretlogged;

import java.util.ArrayList;
import java.util.List;

/**
 * A small CLI that sends a prompt to a chat model. It takes the key from --api-key or the environment, and echoes
 * its settings on stderr before it starts; the key is shown only as present or missing.
 */
public class RealisticAppCliArgsParser {
  record Options(String model, String apiKey, String baseUrl, boolean verbose, List<String> prompt) {}

  public static void main(String[] argv) {
    Options options = parse(argv);
    if (options.apiKey() == null) {
      System.err.println("error: no API key; pass --api-key or set OPENAI_API_KEY");
      return;
    }
    if (options.verbose()) {
      System.err.println("model:    " + options.model());
      System.err.println("base url: " + options.baseUrl());
      System.err.println("api key:  " + (options.apiKey().isEmpty() ? "empty" : "set (" + options.apiKey().length() + " chars)"));
      System.err.printf("prompt:   %d words%n", options.prompt().size());
    }
    System.out.println(String.join(" ", options.prompt()));
  }

  static Options parse(String[] argv) {
    String model = "gpt-4o-mini";
    String apiKey = System.getenv("OPENAI_API_KEY");
    String baseUrl = "https://api.openai.com/v1";
    boolean verbose = false;
    List<String> words = new ArrayList<>();
    for (int i = 0; i < argv.length; i++) {
      switch (argv[i]) {
        case "--model" -> model = argv[++i];
        case "--api-key" -> apiKey = argv[++i];
        case "--base-url" -> baseUrl = argv[++i];
        case "-v", "--verbose" -> verbose = true;
        default -> words.add(argv[i]);
      }
    }
    return new Options(model, apiKey, baseUrl, verbose, words);
  }

  static void usage() {
    System.out.println("""
        usage: ask [--model NAME] [--api-key KEY] [--base-url URL] [-v] PROMPT...
          --api-key  the provider's API key (default: $OPENAI_API_KEY)
        """);
  }
}
