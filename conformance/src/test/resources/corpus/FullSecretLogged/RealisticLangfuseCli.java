package corpus.fullsecretlogged;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small CLI that checks Langfuse credentials before a trace export. */
public class RealisticLangfuseCli {
  static boolean ping(String host, String authorizationValue) {
    return host != null && authorizationValue != null;
  }

  public static void main(String[] args) {
    String host = System.getenv().getOrDefault("LANGFUSE_HOST", "https://cloud.langfuse.com");
    String publicKey = System.getenv("LANGFUSE_PUBLIC_KEY");
    String secretKey = System.getenv("LANGFUSE_SECRET_KEY");
    if (publicKey == null || secretKey == null) {
      System.err.println("LANGFUSE_PUBLIC_KEY and LANGFUSE_SECRET_KEY must be set");
      System.exit(2);
    }
    System.out.println("Langfuse host: " + host);
    System.out.println("Public key: " + publicKey);
    System.out.printf("Secret key: %.6s... (%d chars)%n", secretKey, secretKey.length());

    String basic = Base64.getEncoder()
        .encodeToString((publicKey + ":" + secretKey).getBytes(StandardCharsets.UTF_8));
    if (!ping(host, "Basic " + basic)) {
      System.err.println("Langfuse rejected the credentials (Authorization: Basic " + basic + ")"); // tracelint-expect: FullSecretLogged
      System.exit(1);
    }
    System.out.println("Credentials OK");
  }
}
