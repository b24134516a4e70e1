package dev.tracelint.checks;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class FullSecretLoggedTest {

  private final CompilationTestHelper helper = CompilationTestHelper.newInstance(FullSecretLogged.class, getClass());

  // ---------------------------------------------------------------- sinks

  @Test
  void flagsSlf4jArgumentsAtEveryLevel() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;
            import org.slf4j.MarkerFactory;
            class Agent {
              private static final Logger log = LoggerFactory.getLogger(Agent.class);
              private String apiKey;
              void start(String password) {
                // BUG: Diagnostic contains: logs the full secret 'apiKey': log a short prefix or a mask instead
                log.info("Using key {}", apiKey);
                // BUG: Diagnostic contains: 'password'
                log.debug("pw {}", password);
                // BUG: Diagnostic contains: 'apiKey'
                log.warn(MarkerFactory.getMarker("SEC"), "key {} {}", 1, apiKey);
                // BUG: Diagnostic contains: 'apiKey'
                log.error("key " + apiKey, new RuntimeException());
                // BUG: Diagnostic contains: 'password'
                log.trace("a {} b {} c {}", "x", "y", password);
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsSlf4jFluentApi() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;
            class Agent {
              private static final Logger log = LoggerFactory.getLogger(Agent.class);
              void start(String token, String clientSecret) {
                log.atInfo()
                    // BUG: Diagnostic contains: 'token'
                    .addArgument(token)
                    .log("token {}");
                // BUG: Diagnostic contains: 'clientSecret'
                log.atDebug().addKeyValue("secret", clientSecret).log("configured");
                // BUG: Diagnostic contains: 'clientSecret'
                log.atWarn().log("secret {}", clientSecret);
                // BUG: Diagnostic contains: 'token'
                log.atInfo().setMessage("token " + token).log();
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsLog4jIncludingPrintfAndSuppliers() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import org.apache.logging.log4j.Level;
            import org.apache.logging.log4j.LogManager;
            import org.apache.logging.log4j.Logger;
            class Agent {
              private static final Logger LOGGER = LogManager.getLogger();
              void start(String apiKey) {
                // BUG: Diagnostic contains: 'apiKey'
                LOGGER.info("key {}", apiKey);
                // BUG: Diagnostic contains: 'apiKey'
                LOGGER.printf(Level.INFO, "key %s", apiKey);
                // BUG: Diagnostic contains: 'apiKey'
                LOGGER.debug("key {}", () -> apiKey);
                // BUG: Diagnostic contains: 'apiKey'
                LOGGER.atInfo().log("key {}", apiKey);
                // BUG: Diagnostic contains: 'apiKey'
                LOGGER.fatal("key " + apiKey);
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsJulCommonsAndJbossLoggers() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import java.util.logging.Level;
            class Agent {
              private static final java.util.logging.Logger JUL = java.util.logging.Logger.getLogger("a");
              private static final org.apache.commons.logging.Log COMMONS =
                  org.apache.commons.logging.LogFactory.getLog(Agent.class);
              private static final org.jboss.logging.Logger JBOSS = org.jboss.logging.Logger.getLogger(Agent.class);
              void start(String password) {
                // BUG: Diagnostic contains: 'password'
                JUL.info("pw " + password);
                // BUG: Diagnostic contains: 'password'
                JUL.log(Level.INFO, "pw {0}", password);
                // BUG: Diagnostic contains: 'password'
                JUL.logp(Level.FINE, "Agent", "start", "pw {0}", password);
                // BUG: Diagnostic contains: 'password'
                JUL.log(Level.INFO, "user {0} pw {1}", new Object[] {"u", password});
                JUL.log(Level.INFO, "user {0} pw set {1}", new Object[] {"u", password != null});
                // BUG: Diagnostic contains: 'password'
                JUL.severe(String.format("pw %s", password));
                // BUG: Diagnostic contains: 'password'
                COMMONS.info("pw " + password);
                // BUG: Diagnostic contains: 'password'
                JBOSS.infof("pw %s", password);
                // BUG: Diagnostic contains: 'password'
                JBOSS.debugf("pw %s", password);
                // BUG: Diagnostic contains: 'password'
                System.getLogger("a").log(System.Logger.Level.INFO, "pw {0}", password);
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsConsolePrints() {
    helper
        .addSourceLines(
            "Main.java",
            """
            class Main {
              public static void main(String[] args) {
                String token = args[0];
                // BUG: Diagnostic contains: 'token'
                System.out.println("token=" + token);
                // BUG: Diagnostic contains: 'token'
                System.err.print(token);
                // BUG: Diagnostic contains: 'token'
                System.out.printf("token=%s%n", token);
                // BUG: Diagnostic contains: 'token'
                System.err.format("token=%s%n", token);
              }
            }
            """)
        .doTest();
  }

  @Test
  void acceptsPrintStreamsThatAreNotTheConsole() {
    helper
        .addSourceLines(
            "Main.java",
            """
            import java.io.PrintStream;
            class Main {
              void write(PrintStream credentialsFile, String token) {
                credentialsFile.println(token);
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsCallsThatAreNotLogging() {
    helper
        .addSourceLines(
            "Client.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            class Client {
              List<String> headers = new ArrayList<>();
              void call(String apiKey) {
                headers.add("Bearer " + apiKey);
                send(apiKey);
              }
              void send(String value) {}
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  // ---------------------------------------------------------------- propagation

  @Test
  void flagsSecretsCarriedByStringBuilding() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import java.text.MessageFormat;
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;
            class Agent {
              private static final Logger log = LoggerFactory.getLogger(Agent.class);
              void start(String apiKey) {
                // BUG: Diagnostic contains: 'apiKey'
                log.info(String.format("key=%s", apiKey));
                // BUG: Diagnostic contains: 'apiKey'
                log.info(String.valueOf(apiKey));
                // BUG: Diagnostic contains: 'apiKey'
                log.info("key=%s".formatted(apiKey));
                // BUG: Diagnostic contains: 'apiKey'
                log.info(MessageFormat.format("key={0}", apiKey));
                // BUG: Diagnostic contains: 'apiKey'
                log.info(String.join(",", "a", apiKey));
                // BUG: Diagnostic contains: 'apiKey'
                log.info("key=".concat(apiKey));
                // BUG: Diagnostic contains: 'apiKey'
                log.info(new StringBuilder("key=").append(apiKey).toString());
                // BUG: Diagnostic contains: 'apiKey'
                log.info("key=" + apiKey.trim());
                // BUG: Diagnostic contains: 'apiKey'
                log.info("key=" + (apiKey == null ? "none" : apiKey));
                // BUG: Diagnostic contains: 'apiKey'
                log.info("token=" + apiKey.substring(7));
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsLocalsAssignedFromSecrets() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;
            class Agent {
              private static final Logger log = LoggerFactory.getLogger(Agent.class);
              private String apiKey;
              void start() {
                String line = "Calling with " + apiKey;
                // BUG: Diagnostic contains: 'line'
                log.info(line);
                StringBuilder sb = new StringBuilder();
                sb.append("key=").append(apiKey);
                // BUG: Diagnostic contains: 'sb'
                log.info(sb.toString());
                String msg;
                msg = String.format("key=%s", apiKey);
                // BUG: Diagnostic contains: 'msg'
                log.info(msg);
                String text = "start";
                text += apiKey;
                // BUG: Diagnostic contains: 'text'
                log.info(text);
              }
            }
            """)
        .doTest();
  }

  // ---------------------------------------------------------------- sources

  @Test
  void flagsGettersFieldsAndRecordAccessors() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;
            class Agent {
              private static final Logger log = LoggerFactory.getLogger(Agent.class);
              record LlmConfig(String baseUrl, String apiKey, int maxTokens) {}
              static class Props { String getApiKey() { return ""; } char[] getPassword() { return null; } }
              void start(LlmConfig config, Props props) {
                // BUG: Diagnostic contains: 'apiKey()'
                log.info("config {} {}", config.baseUrl(), config.apiKey());
                // BUG: Diagnostic contains: 'getApiKey()'
                log.info("key {}", props.getApiKey());
                // BUG: Diagnostic contains: 'getPassword()'
                log.info("pw {}", props.getPassword());
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsEnvironmentAndPropertyReadsOfSecretKeys() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;
            import org.springframework.core.env.Environment;
            class Agent {
              private static final Logger log = LoggerFactory.getLogger(Agent.class);
              private static final String KEY_VAR = "LANGFUSE_SECRET_KEY";
              void start(Environment env) {
                // BUG: Diagnostic contains: logs the full secret 'OPENAI_API_KEY'
                log.info("key {}", System.getenv("OPENAI_API_KEY"));
                // BUG: Diagnostic contains: 'openai.api-key'
                log.info("key {}", System.getProperty("openai.api-key"));
                // BUG: Diagnostic contains: 'spring.ai.openai.api-key'
                log.info("key {}", env.getProperty("spring.ai.openai.api-key"));
                // BUG: Diagnostic contains: 'LANGFUSE_SECRET_KEY'
                log.info("key {}", System.getenv(KEY_VAR));
                String key = System.getenv("OPENAI_API_KEY");
                // BUG: Diagnostic contains: 'key'
                log.info("Using key {}", key);
                // BUG: Diagnostic contains: 'OPENAI_API_KEY'
                log.info("key {}", System.getenv().get("OPENAI_API_KEY"));
              }
              void params(java.util.Map<String, String> params) {
                // BUG: Diagnostic contains: logs the full secret 'password'
                log.info("pw {}", params.get("password"));
                log.info("model {}", params.get("model"));
                log.info("max tokens {}", params.getOrDefault("max_tokens", "1024"));
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsSecretRequestHeaders() {
    helper
        .addSourceLines(
            "Controller.java",
            """
            import jakarta.servlet.http.HttpServletRequest;
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;
            import org.springframework.http.HttpHeaders;
            import org.springframework.web.bind.annotation.RequestHeader;
            class Controller {
              private static final Logger log = LoggerFactory.getLogger(Controller.class);
              void handle(HttpServletRequest request, HttpHeaders headers,
                  @RequestHeader("Authorization") String auth, @RequestHeader(name = "X-Api-Key") String key) {
                // BUG: Diagnostic contains: logs the full secret header 'Authorization'
                log.info("auth {}", request.getHeader("Authorization"));
                // BUG: Diagnostic contains: header 'Authorization'
                log.info("auth {}", headers.getFirst(HttpHeaders.AUTHORIZATION));
                // BUG: Diagnostic contains: header 'Cookie'
                log.info("cookie {}", request.getHeader("cookie"));
                // BUG: Diagnostic contains: header 'Proxy-Authorization'
                log.info("proxy {}", request.getHeader(HttpHeaders.PROXY_AUTHORIZATION));
                // BUG: Diagnostic contains: 'auth'
                log.info("auth {}", auth);
                // BUG: Diagnostic contains: 'key'
                log.info("key {}", key);
                String header = request.getHeader("X-Api-Key");
                // BUG: Diagnostic contains: 'header'
                log.debug("key header {}", header);
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsFieldsInjectedFromSecretProperties() {
    helper
        .addSourceLines(
            "LlmClient.java",
            """
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;
            import org.springframework.beans.factory.annotation.Value;
            class LlmClient {
              private static final Logger log = LoggerFactory.getLogger(LlmClient.class);
              @Value("${openai.api-key}") private String key;
              @Value("${openai.base-url}") private String baseUrl;
              void start() {
                // BUG: Diagnostic contains: 'key'
                log.info("Connecting to {} with {}", baseUrl, key);
              }
            }
            """)
        .doTest();
  }

  // ---------------------------------------------------------------- barriers and look-alikes

  @Test
  void acceptsPrefixesMasksHashesAndMeasures() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;
            class Agent {
              private static final Logger log = LoggerFactory.getLogger(Agent.class);
              private static final int PREFIX = 6;
              private String apiKey;
              void start() {
                log.info("key prefix {}", apiKey.substring(0, 6));
                log.info("key prefix {}", apiKey.substring(0, PREFIX));
                log.info("key prefix {}", apiKey.substring(0, Math.min(4, apiKey.length())));
                log.info("key suffix {}", apiKey.substring(apiKey.length() - 4));
                log.info("key length {}", apiKey.length());
                log.info("key set {}", apiKey != null);
                log.info("key empty {}", apiKey.isEmpty());
                log.info("key blank " + apiKey.isBlank());
                log.info("key hash {}", apiKey.hashCode());
                log.info("same key {}", apiKey.equals("x"));
                log.info("key {}", mask(apiKey));
                log.info("key {}", redact(apiKey));
                log.info("key {}", sha256Hex(apiKey));
                log.info("key {}", "..." + last4(apiKey));
                String shown = apiKey.substring(0, 4) + "****";
                log.info("key {}", shown);
                String token = mask(apiKey);
                log.info("token {}", token);
              }
              static String mask(String s) { return "****"; }
              static String redact(String s) { return "****"; }
              static String sha256Hex(String s) { return ""; }
              static String last4(String s) { return ""; }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsLlmTokenCountsAndOtherNonSecretValues() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import java.time.Duration;
            import java.time.Instant;
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;
            class Agent {
              private static final Logger log = LoggerFactory.getLogger(Agent.class);
              record Usage(int promptTokens, int completionTokens) { int getTotalTokens() { return 0; } }
              void report(Usage usage, int maxTokens, long tokenCount, Instant tokenExpiry, Duration tokenTtl,
                  boolean token, int apiKey, Object tokenizer) {
                log.info("tokens {} {} {}", usage.promptTokens(), usage.completionTokens(), usage.getTotalTokens());
                log.info("max {} count {}", maxTokens, tokenCount);
                log.info("expires {} ttl {}", tokenExpiry, tokenTtl);
                log.info("flag {} {}", token, apiKey);
                log.info("tokenizer {}", tokenizer);
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsNamesOfSecretsLiteralsAndConstants() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;
            class Agent {
              private static final Logger log = LoggerFactory.getLogger(Agent.class);
              private static final String API_KEY_ENV = "OPENAI_API_KEY";
              private static final String API_KEY = "OPENAI_API_KEY";
              private String secretName = "prod/openai";
              private String apiKeyHeader = "X-Api-Key";
              private String passwordPolicy = "strong";
              private String keyPrefix = "sk-";
              private String publicKey = "pk-lf-1";
              private String nextToken;
              void start(String apiKey) {
                log.warn("API key is missing");
                log.warn("Set {} to your key", API_KEY_ENV);
                log.warn("Set " + API_KEY + " first");
                log.info("secret {} header {} policy {}", secretName, apiKeyHeader, passwordPolicy);
                log.info("prefix {} public {} page {}", keyPrefix, publicKey, nextToken);
                log.info("env var {}", System.getenv("OPENAI_BASE_URL"));
                log.info("content type {}", System.getProperty("app.max-tokens"));
                if (apiKey == null || apiKey.isBlank()) {
                  log.error("No API key configured");
                }
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsHeadersThatCarryNoCredentialsAndUnknownCalls() {
    helper
        .addSourceLines(
            "Controller.java",
            """
            import jakarta.servlet.http.HttpServletRequest;
            import java.util.List;
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;
            import org.springframework.http.HttpHeaders;
            import org.springframework.web.bind.annotation.RequestHeader;
            class Controller {
              private static final Logger log = LoggerFactory.getLogger(Controller.class);
              void handle(HttpServletRequest request, HttpHeaders headers, @RequestHeader("X-Request-Id") String id,
                  String token) {
                log.info("type {}", request.getHeader("Content-Type"));
                log.info("request {}", id);
                log.info("has auth {}", request.getHeader("Authorization") != null);
                List<String> values = headers.get(HttpHeaders.AUTHORIZATION);
                log.info("user {}", findUserByToken(token));
                log.info("valid {}", isValid(token));
              }
              String findUserByToken(String token) { return "user"; }
              boolean isValid(String token) { return true; }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsStreamedLlmTokensTokenizerOutputAndRegexMasks() {
    helper
        .addSourceLines(
            "Streaming.java",
            """
            import java.util.StringTokenizer;
            import java.util.function.Consumer;
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;
            class Streaming {
              private static final Logger log = LoggerFactory.getLogger(Streaming.class);
              interface Handler { void onNext(String token); }
              void stream(Consumer<Consumer<String>> tokens, String text, String apiKey) {
                tokens.accept(token -> System.out.print(token));
                Handler handler = new Handler() {
                  @Override public void onNext(String token) { log.debug("token {}", token); }
                };
                for (String token : text.split(" ")) {
                  log.debug("word {}", token);
                }
                StringTokenizer tokenizer = new StringTokenizer(text);
                String token = tokenizer.nextToken();
                log.debug("first token {}", token);
                String pwd = System.getProperty("user.dir");
                System.out.println("working dir " + pwd);
                log.info("masked {}", apiKey.replaceAll(".(?=.{4})", "*"));
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void flagsBareTokenOutsideStreamingCallbacks() {
    helper
        .addSourceLines(
            "Auth.java",
            """
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;
            class Auth {
              private static final Logger log = LoggerFactory.getLogger(Auth.class);
              interface Jwt { String generateToken(String user); }
              void login(String token, Jwt jwt) {
                // BUG: Diagnostic contains: 'token'
                log.info("login with {}", token);
                String issued = jwt.generateToken("u");
                String refreshed = "Bearer " + jwt.generateToken("u");
                String newToken = jwt.generateToken("u");
                // BUG: Diagnostic contains: 'newToken'
                log.info("issued {}", newToken);
                // BUG: Diagnostic contains: 'DB_PWD'
                log.info("pw {}", System.getenv("DB_PWD").trim());
              }
            }
            """)
        .doTest();
  }

  @Test
  void acceptsStreamedTokensCollectedInALoopAndLoggedAfterIt() {
    helper
        .addSourceLines(
            "Collector.java",
            """
            import java.util.List;
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;
            class Collector {
              private static final Logger log = LoggerFactory.getLogger(Collector.class);
              void collect(List<String> chunks) {
                StringBuilder answer = new StringBuilder();
                for (String token : chunks) {
                  answer.append(token);
                }
                log.debug("answer {}", answer);
                String joined = "";
                for (String token : chunks) {
                  joined += token;
                }
                System.out.println(joined);
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsTokensTakenFromStreamedContentAndTokenizerText() {
    helper
        .addSourceLines(
            "Stream.java",
            """
            import java.io.BufferedReader;
            import java.io.IOException;
            import java.util.List;
            import java.util.function.Consumer;
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;
            class Stream {
              private static final Logger log = LoggerFactory.getLogger(Stream.class);
              interface Delta { String getContent(); String text(); }
              interface Encoding { String decode(List<Integer> ids); }
              void deltas(List<Delta> deltas) {
                StringBuilder answer = new StringBuilder();
                for (Delta delta : deltas) {
                  String token = delta.getContent();
                  System.out.print(token);
                  answer.append(token);
                }
                log.debug("answer {}", answer);
              }
              void events(BufferedReader reader) throws IOException {
                String line;
                while ((line = reader.readLine()) != null) {
                  String token = line.substring(6).trim();
                  String piece = line.substring(6);
                  token = piece.strip();
                  System.out.print(token);
                }
              }
              Consumer<String> printer() {
                return new Consumer<String>() {
                  @Override
                  public void accept(String token) {
                    System.out.print(token);
                  }
                };
              }
              void tokenizer(Encoding enc, List<Integer> ids) {
                String tokenText = enc.decode(ids);
                log.trace("text {}", tokenText);
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void flagsBareTokenCutFromASecretOrIssuedByACall() {
    helper
        .addSourceLines(
            "Issuer.java",
            """
            import jakarta.servlet.http.HttpServletRequest;
            import java.util.UUID;
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;
            class Issuer {
              private static final Logger log = LoggerFactory.getLogger(Issuer.class);
              void handle(HttpServletRequest request, String bearer) {
                String header = request.getHeader("Authorization");
                String token = header.substring(7);
                // BUG: Diagnostic contains: 'token'
                log.debug("token {}", token);
              }
              void reset(String email) {
                String token = UUID.randomUUID().toString();
                // BUG: Diagnostic contains: 'token'
                log.info("reset token {} for {}", token, email);
              }
              void query(HttpServletRequest request) {
                String token = request.getParameter("token").trim();
                // BUG: Diagnostic contains: 'token'
                log.info("token {}", token);
              }
              void acceptToken(String token) {
                // BUG: Diagnostic contains: 'token'
                log.info("accepted {}", token);
              }
              void resolve(String authorizationHeader) {
                String token = authorizationHeader.substring(7);
                // BUG: Diagnostic contains: 'token'
                log.debug("bearer {}", token);
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsValuesUnwrappedFromHoldersNamedLikeSecrets() {
    helper
        .addSourceLines(
            "Vault.java",
            """
            import java.util.Optional;
            import java.util.function.Supplier;
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;
            class Vault {
              private static final Logger log = LoggerFactory.getLogger(Vault.class);
              interface KeyVaultSecret { String getValue(); String getName(); }
              interface Builder { Builder signWith(Object key); String compact(); }
              void read(KeyVaultSecret retrievedSecret, Optional<String> apiKey, Supplier<String> clientSecret,
                  Builder builder) {
                // BUG: Diagnostic contains: 'retrievedSecret'
                System.out.println("Your secret is '" + retrievedSecret.getValue() + "'.");
                // BUG: Diagnostic contains: 'apiKey'
                log.info("key {}", apiKey.get());
                // BUG: Diagnostic contains: 'clientSecret'
                log.debug("secret {}", clientSecret.get());
                String jws = builder.signWith(new Object()).compact();
                // BUG: Diagnostic contains: 'jws'
                log.warn("jws: {}", jws);
              }
            }
            """)
        .doTest();
  }

  @Test
  void acceptsValuesUnwrappedFromHoldersThatAreNotSecrets() {
    helper
        .addSourceLines(
            "Holders.java",
            """
            import java.util.Optional;
            import java.util.concurrent.atomic.AtomicInteger;
            import java.util.function.Supplier;
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;
            class Holders {
              private static final Logger log = LoggerFactory.getLogger(Holders.class);
              interface Token { String getValue(); }
              interface KeyVaultSecret { String getValue(); String getName(); }
              void read(Token token, KeyVaultSecret secret, Optional<String> secretName, AtomicInteger tokenCount,
                  Supplier<String> modelName, Optional<Integer> maxTokens, String jwsAlgorithm) {
                log.debug("lexer token {}", token.getValue());
                log.info("secret {} present {}", secret.getName(), secret.getValue() != null);
                log.info("name {}", secretName.get());
                log.info("count {}", tokenCount.get());
                log.info("model {}", modelName.get());
                log.info("max {}", maxTokens.get());
                log.info("alg {}", jwsAlgorithm);
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void flagsSecretFieldsOfSubmittedFormsButNotTheirOtherFields() {
    helper
        .addSourceLines(
            "TokenEndpoint.java",
            """
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;
            import org.springframework.util.MultiValueMap;
            class TokenEndpoint {
              private static final Logger log = LoggerFactory.getLogger(TokenEndpoint.class);
              void token(MultiValueMap<String, String> params) {
                log.debug("grant_type={} client_id={}", params.getFirst("grant_type"), params.getFirst("client_id"));
                log.debug("token_type={} scope={}", params.getFirst("token_type"), params.getFirst("scope"));
                String page = params.getFirst("page_token");
                log.debug("page {}", page);
                // BUG: Diagnostic contains: 'refresh_token'
                log.trace("refresh_token={}", params.getFirst("refresh_token"));
                // BUG: Diagnostic contains: 'client_secret'
                log.trace("client_secret={}", params.getFirst("client_secret"));
              }
            }
            """)
        .doTest();
  }

  @Test
  void acceptsRealisticLookAlikesAroundCredentials() {
    helper
        .addSourceLines(
            "Gateway.java",
            """
            import java.util.List;
            import java.util.Map;
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;
            class Gateway {
              private static final Logger log = LoggerFactory.getLogger(Gateway.class);
              interface TokenResponse { String getAccessToken(); long getExpiresIn(); String getTokenType(); String getScope(); }
              interface Secret { String getName(); String getVersion(); }
              private String clientId;
              private String apiKey;
              private String tokenEndpoint;
              private String credentialsPath;
              private String privateKeyAlias;
              private String authorizationServerUrl;
              private String apiKeySource;
              private String passwordHint;
              void refresh(TokenResponse response, Secret secret, Exception e, String email, int usedTokens,
                  List<String> scopes, Map<String, String> headers, String signatureAlgorithm, String tokenId) {
                log.info("Token refreshed for client {}: type={} expiresIn={}", clientId, response.getTokenType(),
                    response.getExpiresIn());
                log.info("granted scopes {} ({})", response.getScope(), scopes);
                log.info("Loaded secret {} version {}", secret.getName(), secret.getVersion());
                log.error("Failed to refresh token for client {}: {}", clientId, e.getMessage());
                log.warn("Invalid token", e);
                log.info("Password reset requested for {}", email);
                log.info("Used {} tokens", usedTokens);
                log.info("token endpoint {} credentials at {} key alias {}", tokenEndpoint, credentialsPath, privateKeyAlias);
                log.info("authorization server {}", authorizationServerUrl);
                log.info("API key read from {} (hint: {})", apiKeySource, passwordHint);
                log.info("API key set: {}", apiKey != null ? "yes" : "no");
                log.info("secret: {}", apiKey == null ? null : "***");
                log.info("access token length {}", response.getAccessToken().length());
                log.info("access token present {}", response.getAccessToken() != null);
                log.debug("headers: {}", headers.keySet());
                log.debug("signature algorithm {} token id {}", signatureAlgorithm, tokenId);
                log.info("key starts with {}", apiKey.charAt(0));
                log.info("token issued at {}", System.currentTimeMillis());
                System.out.println("Usage: gateway --api-key <key>");
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void acceptsSecretObjectsWhoseTypeIsNotText() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import java.util.Optional;
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;
            class Agent {
              private static final Logger log = LoggerFactory.getLogger(Agent.class);
              static final class Credentials {}
              void start(Credentials credentials, Optional<String> apiKey, java.util.Map<String, String> secrets) {
                log.info("using {}", credentials);
                log.info("present {}", apiKey.isPresent());
                log.info("count {}", secrets.size());
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void reportsOneFindingPerLoggingCall() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;
            class Agent {
              private static final Logger log = LoggerFactory.getLogger(Agent.class);
              void start(String apiKey, String password) {
                // BUG: Diagnostic contains: 'apiKey'
                log.info("key {} pw {}", apiKey, password);
              }
            }
            """)
        .doTest();
  }

  // ---------------------------------------------------------------- options

  @Test
  void extendsSecretNamesFromTheOption() {
    helper
        .setArgs("-XepOpt:FullSecretLogged:SecretNames=(?i)licen[cs]e")
        .addSourceLines(
            "Agent.java",
            """
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;
            class Agent {
              private static final Logger log = LoggerFactory.getLogger(Agent.class);
              void start(String licenseKey, String licenseName, String apiKey) {
                // BUG: Diagnostic contains: 'licenseKey'
                log.info("license {}", licenseKey);
                log.info("license {}", licenseName);
                // BUG: Diagnostic contains: 'apiKey'
                log.info("key {}", apiKey);
              }
            }
            """)
        .doTest();
  }

  @Test
  void honoursMaskingMethodsFromTheOption() {
    helper
        .setArgs("-XepOpt:FullSecretLogged:MaskingMethods=com.example.KeyView#getApiKey")
        .addSourceLines(
            "com/example/KeyView.java",
            """
            package com.example;
            public class KeyView {
              public String getApiKey() { return "sk-****"; }
              public String getToken() { return ""; }
            }
            """)
        .addSourceLines(
            "Agent.java",
            """
            import com.example.KeyView;
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;
            class Agent {
              private static final Logger log = LoggerFactory.getLogger(Agent.class);
              void start(KeyView view) {
                log.info("key {}", view.getApiKey());
                // BUG: Diagnostic contains: 'getToken()'
                log.info("token {}", view.getToken());
              }
            }
            """)
        .doTest();
  }

  @Test
  void rejectsAMalformedMaskingMethodNamingTheEntry() {
    CompilationTestHelper bad = CompilationTestHelper.newInstance(FullSecretLogged.class, getClass())
        .setArgs("-XepOpt:FullSecretLogged:MaskingMethods=com.example.Redactor")
        .addSourceLines("A.java", "class A {}");
    AssertionError thrown = assertThrows(AssertionError.class, bad::doTest);
    assertTrue(thrown.getMessage().contains("error: [FullSecretLogged]"), thrown.getMessage());
    assertTrue(causeChainMentions(thrown, "invalid entry 'com.example.Redactor'"), String.valueOf(thrown));
    assertTrue(!causeChainMentions(thrown, "An exception has occurred in the compiler"), String.valueOf(thrown));
  }

  @Test
  void rejectsAnInvalidSecretNamesRegexNamingIt() {
    CompilationTestHelper bad = CompilationTestHelper.newInstance(FullSecretLogged.class, getClass())
        .setArgs("-XepOpt:FullSecretLogged:SecretNames=(unclosed")
        .addSourceLines("A.java", "class A {}");
    AssertionError thrown = assertThrows(AssertionError.class, bad::doTest);
    assertTrue(causeChainMentions(thrown, "FullSecretLogged:SecretNames"), String.valueOf(thrown));
    assertTrue(causeChainMentions(thrown, "'(unclosed'"), String.valueOf(thrown));
  }

  // ---------------------------------------------------------------- suppression and Java 17

  @Test
  void honoursSuppressWarnings() {
    helper
        .addSourceLines(
            "Agent.java",
            """
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;
            class Agent {
              private static final Logger log = LoggerFactory.getLogger(Agent.class);
              @SuppressWarnings("FullSecretLogged")
              void debugOnly(String apiKey) {
                log.info("key {}", apiKey);
              }
            }
            """)
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void handlesJava17SyntaxWithoutCrashing() {
    helper
        .addSourceLines(
            "Modern.java",
            """
            import java.util.List;
            import java.util.function.Supplier;
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;
            class Modern {
              private static final Logger log = LoggerFactory.getLogger(Modern.class);
              sealed interface Cred permits Key, Pass {}
              record Key(String apiKey) implements Cred {}
              record Pass(String user, String password) implements Cred {}
              <T> T first(List<T> values) { return values.get(0); }
              void run(Cred cred, Object value, int mode) {
                String kind = switch (mode) { case 1 -> "one"; default -> "other"; };
                log.info("kind {}", kind);
                String text = \"""
                    hello
                    \""";
                log.info(text);
                if (value instanceof String token) {
                  // BUG: Diagnostic contains: 'token'
                  log.info("token {}", token);
                }
                if (cred instanceof Key k) {
                  // BUG: Diagnostic contains: 'apiKey()'
                  log.info("key {}", k.apiKey());
                }
                Runnable r = () -> log.info("first {}", first(List.of("a")));
                Supplier<String> s = new Supplier<>() {
                  @Override public String get() { return "x"; }
                };
                class Local { void go(String secret) {
                  // BUG: Diagnostic contains: 'secret'
                  log.info("s {}", secret);
                } }
                log.info("len {}", ((Pass) cred).password().length());
              }
            }
            """)
        .doTest();
  }

  @Test
  void staysSilentAndAliveOnDeeplyNestedExpressions() {
    // Not literals: javac folds adjacent string literals, PMD does not; both must walk 300 real levels.
    String deepConcatenation = "apiKey" + " + other".repeat(300);
    String deepChain = "new StringBuilder()" + ".append(\"x\")".repeat(300);
    helper
        .addSourceLines(
            "Deep.java",
            "import org.slf4j.Logger;",
            "class Deep {",
            "  Logger log;",
            "  void run(String apiKey, String other) {",
            "    log.info(" + deepChain + ".toString());",
            "    String deep = " + deepConcatenation + ";",
            // The secret sits 300 levels deep, past the depth guard: given up on, not crashed on.
            "    log.info(deep);",
            "  }",
            "}")
        .expectNoDiagnostics()
        .doTest();
  }

  private static boolean causeChainMentions(Throwable thrown, String text) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (String.valueOf(t.getMessage()).contains(text)) {
        return true;
      }
    }
    return false;
  }
}
