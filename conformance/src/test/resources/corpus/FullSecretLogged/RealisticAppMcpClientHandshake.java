package corpus.fullsecretlogged;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An MCP client over streamable HTTP: the initialize handshake carries a bearer token and the server answers with a
 * session id. The log lines name the server, the protocol, the session and the header names, never their values.
 */
public class RealisticAppMcpClientHandshake {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppMcpClientHandshake.class);

  record ServerConfig(String name, URI endpoint, String bearerToken) {
    @Override
    public String toString() {
      return "ServerConfig[" + name + " @ " + endpoint + "]";
    }
  }

  record InitializeResult(String protocolVersion, String serverName, List<String> tools) {}

  private final HttpClient http;

  public RealisticAppMcpClientHandshake(HttpClient http) {
    this.http = http;
  }

  public String initialize(ServerConfig server, String initializeJson) throws Exception {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("Accept", "application/json, text/event-stream");
    headers.put("Authorization", "Bearer " + server.bearerToken());

    HttpRequest.Builder builder = HttpRequest.newBuilder(server.endpoint())
        .POST(HttpRequest.BodyPublishers.ofString(initializeJson));
    headers.forEach(builder::header);
    log.debug("initialize {} with headers {}", server, headers.keySet());

    HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    String sessionId = response.headers().firstValue("Mcp-Session-Id").orElse(null);
    log.info("MCP server {} answered {} (session {})", server.name(), response.statusCode(), sessionId);
    log.debug("response headers: {}", response.headers());
    return sessionId;
  }

  public void describe(ServerConfig server, InitializeResult result) {
    log.info("connected to {} ({}), protocol {}, {} tools: {}",
        server.name(), result.serverName(), result.protocolVersion(), result.tools().size(), result.tools());
    log.debug("server {} authenticates with a token: {}", server.name(), server.bearerToken() != null);
  }
}
