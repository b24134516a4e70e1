package corpus.fullsecretlogged;

import java.io.IOException;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Client-credentials exchange for an MCP tool server, and ordinary calls made with the result. */
public class RealisticIssue10TokenEndpointExchange {
  private static final Logger log = LoggerFactory.getLogger(RealisticIssue10TokenEndpointExchange.class);

  private final OkHttpClient http = new OkHttpClient();
  private final String issuer;

  RealisticIssue10TokenEndpointExchange(String issuer) {
    this.issuer = issuer;
  }

  public String exchange(String clientId, String clientSecret) throws IOException {
    Request request = new Request.Builder()
        .url(issuer + "/oauth2/token")
        .post(new FormBody.Builder()
            .add("grant_type", "client_credentials")
            .add("client_id", clientId)
            .add("client_secret", clientSecret)
            .build())
        .build();
    try (Response response = http.newCall(request).execute()) {
      String payload = response.body().string();
      log.debug("token endpoint answered {}: {}", response.code(), payload); // tracelint-expect: FullSecretLogged
      return payload;
    }
  }

  public int probe() throws IOException {
    Request request = new Request.Builder().url(issuer + "/oauth2/token").get().build();
    try (Response response = http.newCall(request).execute()) {
      log.info("token endpoint status {} ({} bytes)", response.code(), response.body().contentLength());
      return response.code();
    }
  }

  public String listTools(String bearer) throws IOException {
    Request request = new Request.Builder()
        .url(issuer + "/mcp/tools")
        .header("Authorization", "Bearer " + bearer)
        .build();
    try (Response response = http.newCall(request).execute()) {
      String tools = response.body().string();
      log.debug("tools: {}", tools);
      return tools;
    }
  }
}
