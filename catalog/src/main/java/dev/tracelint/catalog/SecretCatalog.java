package dev.tracelint.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What FullSecretLogged treats as a secret value, and what merely sounds like one: identifier and key names (camelCase,
 * snake_case, UPPER_SNAKE, kebab and dotted property keys), secret-bearing request headers, calls that mask a value,
 * calls that pass a value through unchanged, and the one diagnostic both engines print.
 *
 * <p>Names are judged word by word. A name holds a secret when it contains a secret term ({@code apiKey},
 * {@code client_secret}, {@code PASSWORD}, {@code bearerToken}...) that is not qualified as metadata: a word after it
 * such as {@code Name}, {@code Header}, {@code Env}, {@code Count}, {@code Expiry}, {@code Policy}, {@code Prefix}
 * ({@code secretName}, {@code apiKeyHeader}, {@code API_KEY_ENV}, {@code tokenCount}, {@code tokenExpiry}), or a word
 * before it such as {@code max}, {@code prompt}, {@code next}, {@code is}, {@code masked} ({@code maxTokens} aside,
 * since the plural {@code tokens} is LLM usage, not a credential). The user's {@code SecretNames} regex adds names; it
 * never removes the defaults.
 */
public final class SecretCatalog {

  /** The option's key: {@code -XepOpt:FullSecretLogged:SecretNames=...}, PMD property {@code secretNames}. */
  public static final String SECRET_NAMES_OPTION = "SecretNames";

  /** The option's key: {@code -XepOpt:FullSecretLogged:MaskingMethods=...}, PMD property {@code maskingMethods}. */
  public static final String MASKING_METHODS_OPTION = "MaskingMethods";

  /** The option's key: {@code -XepOpt:FullSecretLogged:LoggingMethods=...}, PMD property {@code loggingMethods}. */
  public static final String LOGGING_METHODS_OPTION = "LoggingMethods";

  /**
   * The longest prefix or suffix, in characters, that counts as "a short prefix" rather than the secret: a vendor's
   * marker and a few characters to tell keys apart ({@code sk-proj-AbCdEfGh}, {@code xoxb-1234567890-}). Issued keys
   * and tokens are 32 to 200 characters long, so such a window leaves most of one unknown.
   */
  public static final int SHORT_WINDOW = 16;

  /**
   * The supertype of every text type whose value can be a secret ({@code String}, {@code StringBuilder}...). With
   * types, a value of another type (a number, a date, an {@code Optional}, a credentials object) never is one.
   */
  public static final String TEXT_SUPERTYPE = "java.lang.CharSequence";

  /** A value declared as this type may hold anything, text included, so it is judged as text. */
  public static final String ANY_VALUE_TYPE = "java.lang.Object";

  /**
   * The field of {@code java.lang.System} that carries a command-line program's own output, which a caller reads or
   * pipes on ({@code System.out}); {@code System.err} carries its diagnostics, which are read as a log.
   */
  public static final String PROGRAM_OUTPUT_STREAM = "out";

  /** The element types of arrays that hold text: {@code char[]} from {@code toCharArray()}, {@code byte[]}. */
  private static final Set<String> TEXT_ARRAY_ELEMENTS = Set.of("char", "byte");

  /** The call that cuts a window out of a text: {@code s.substring(0, 6)}, {@code s.substring(s.length() - 4)}. */
  private static final String WINDOW_CUT = "substring";

  /** The call that replaces a range of a builder's text: {@code sb.replace(4, sb.length(), "****")}. */
  private static final String RANGE_REPLACE = "replace";

  /** The holder whose text prints its value: {@code Optional[sk-...]}. */
  public static final String OPTIONAL_TYPE_NAME = "Optional";

  /** The name of a variable declared {@code Optional<String>} or {@code Optional<CharSequence>}, as written. */
  private static final String OPTIONAL_OF_TEXT =
      "\\bOptional\\s*<\\s*(?:java\\.lang\\.)?(?:String|CharSequence)\\s*>\\s+";

  /**
   * Whether {@code declaration}, the source text a variable is declared in (a field, a local, a method and its
   * parameters), declares {@code name} an {@code Optional} of text: {@code Optional<String> token}.
   */
  public static boolean declaresOptionalOfText(String declaration, String name) {
    return Pattern.compile(OPTIONAL_OF_TEXT + Pattern.quote(name) + "\\b").matcher(declaration).find();
  }

  /** The last words of a collection of secrets, each a secret term's plural: {@code apiKeys}, {@code passwords}. */
  private static final Set<String> SECRET_PLURALS = Set.of(
      "keys", "tokens", "secrets", "passwords", "passphrases", "credentials", "cookies", "jwts");

  /** Calls that compare text for equality: {@code "changeme".equals(password)}, {@code Objects.equals(a, b)}. */
  private static final Set<String> TEXT_EQUALITIES = Set.of("equals", "equalsIgnoreCase", "contentEquals");

  /** The measure a suffix window is counted back from: {@code s.length()} in {@code s.substring(s.length() - 4)}. */
  private static final String LENGTH_MEASURE = "length";

  /** The clamp that keeps a prefix short whatever the text's length: {@code Math.min(6, s.length())}. */
  private static final MethodRef WINDOW_CLAMP = new MethodRef("java.lang.Math", "min");

  /** Calls that add their arguments' text to their receiver's: {@code sb.append(apiKey)}, {@code sb.insert(0, key)}. */
  private static final Set<String> TEXT_APPENDS = Set.of("append", "insert");

  /**
   * {@code StringJoiner#add}, which adds its argument's text to the joiner's, as {@code append} does to a builder's:
   * {@code joiner.add("password=" + password)} is in the joiner's {@code toString}. Only the JDK's joiner: {@code add}
   * of a collection keeps no text.
   */
  private static final MethodRef JOINER_ADD = new MethodRef("java.util.StringJoiner", "add");

  /**
   * Secret terms, as their words written together: {@code apiKey}, {@code API_KEY} and {@code apikey} are "apikey".
   * A {@code signature} is not one: in Java code it is mostly a method's signature, and a cryptographic signature is a
   * public value anyone may verify. The material that makes one is: {@code signingKey}, {@code signingSecret},
   * {@code hmacKey}, {@code hmacSecret}, {@code signatureKey}, {@code webhookSigningSecret}.
   */
  private static final Set<String> SECRET_TERMS = Set.of(
      "apikey", "apitoken", "apisecret", "accesskey", "secretkey", "privatekey", "signingkey", "signingsecret",
      "signaturekey", "hmackey", "encryptionkey", "masterkey", "clientsecret", "secret", "secrets", "token", "bearer",
      "password", "passwords", "passwd", "pwd", "passphrase", "passcode", "credential", "credentials", "creds",
      "authorization", "sessioncookie", "cookie", "cookies", "jwt", "jws",
      // a model or tool vendor's "key" is its API key (openAiKey, ANTHROPIC_KEY, geminiKey); a bare key is not
      // (cacheKey, partitionKey, routingKey)
      "openaikey", "anthropickey", "claudekey", "coherekey", "mistralkey", "geminikey", "groqkey", "deepseekkey",
      "perplexitykey", "huggingfacekey", "pineconekey", "tavilykey", "serpapikey", "langsmithkey", "honeycombkey");

  /**
   * Names too ambiguous to make the value a holder unwraps a secret ({@code holder.getValue()}): a bare {@code token}
   * (a lexer's or a stream's) and a bare {@code cookie}, one named cookie of a request, whose value is a credential
   * only when it is the session's ({@code sessionCookie.getValue()} is one; a locale or theme cookie's is not).
   */
  private static final Set<String> AMBIGUOUS_HOLDER_NAMES = Set.of("token", "cookie");

  /**
   * Words that, in the name of the method a bare {@code token} is a parameter or local of, in the names of its other
   * parameters, or in the supertypes of its class, say that the method handles model output
   * ({@code handleStreamedToken}, {@code appendDelta(String token)}, {@code record(String token, Usage usage)},
   * {@code handleModelOutput(String token)}, {@code append(StringBuilder reply, String token)}, a
   * {@code StreamingResponseHandler}): there a {@code token} is a piece of it, not a credential.
   */
  private static final Set<String> MODEL_OUTPUT_WORDS = Set.of(
      "stream", "streaming", "streamed", "chunk", "chunks", "delta", "deltas", "partial", "completion",
      "completions", "llm", "usage", "prompt", "tokens", "tokenizer", "output", "generation", "answer", "reply");

  /** Words that, beside {@code token} in one name, count or order tokens: {@code tokenCount}, {@code tokenIndex}. */
  private static final Set<String> TOKEN_MEASURES = Set.of("count", "counts", "index", "position", "offset");

  /** Calls that print their arguments through a {@code java.util.Formatter} pattern, the first text constant. */
  private static final Set<String> PRINTF_STYLE_CALLS = Set.of(
      "format", "formatted", "printf", "tracef", "debugf", "infof", "warnf", "errorf", "fatalf", "logf");

  /**
   * One {@code java.util.Formatter} conversion: an explicit index ({@code 2$}) or {@code <}, flags, width,
   * precision, and the conversion ({@code s}, {@code tY}, {@code %}, {@code n}).
   */
  private static final Pattern FORMAT_CONVERSION =
      Pattern.compile("%(\\d{1,4}\\$|<)?([-#+ 0,(]*)(\\d{0,9})(\\.\\d{1,4})?([tT]?[a-zA-Z%])");

  /**
   * How the names of classes that hold names end: {@code IdentifyConstants}, {@code PropertyKeyConst},
   * {@code ConfigKeys}, {@code HttpHeaders}. Their upper-case members name a property, a key or a header.
   */
  private static final List<String> NAMES_HOLDER_SUFFIXES =
      List.of("Constants", "Constant", "Consts", "Const", "Keys", "Names", "Headers");

  /** Words that, after a secret term, make the name describe the secret rather than hold it. */
  private static final Set<String> METADATA_AFTER = Set.of(
      "name", "names", "id", "ids", "key", "keys", "header", "headers", "env", "environment", "var", "variable",
      "property", "properties", "prop", "props", "config", "configuration", "setting", "settings", "field", "param",
      "parameter", "arg", "label", "placeholder", "description", "desc", "hint", "help", "policy", "policies", "rule",
      "rules", "prefix", "suffix", "length", "len", "size", "count", "counts", "counter", "number", "num", "limit",
      "limits", "max", "min", "budget", "usage", "usages", "used", "expiry", "expiration", "expires", "expired",
      "expire", "exp", "ttl", "timeout", "lifetime", "duration", "age", "seconds", "secs", "ms", "millis", "minutes",
      "time", "timestamp", "date", "at", "until", "valid", "validity", "invalid", "present", "missing", "set",
      "enabled", "disabled", "required", "exists", "configured", "changed", "reset", "rotation", "url", "uri",
      "endpoint", "path", "file", "dir", "location", "host", "type", "types", "kind", "format", "pattern", "regex",
      "style", "class", "mode", "scheme", "algorithm", "alg", "strength", "version", "arn", "ref", "index", "idx",
      "position", "pos", "offset", "start", "end", "begin", "bucket", "rate", "delimiter", "separator", "stream",
      "provider", "manager", "service", "store", "repository", "repo", "dao", "validator", "validation", "encoder",
      "decoder", "generator", "factory", "builder", "helper", "util", "utils", "handler", "filter", "interceptor",
      "resolver", "parser", "extractor", "converter", "client", "cache", "supplier", "source", "spec", "metadata",
      "info", "status", "state", "error", "exception", "result", "request", "response", "mask", "masked", "redacted",
      "hash", "hashed", "digest", "fingerprint", "encrypted", "preview", "last4", "first4", "hidden", "safe",
      "sanitized", "obfuscated", "truncated", "abbreviated", "short", "check", "checker", "column", "attribute",
      "attr", "annotation", "link", "template", "exchange", "grant", "scope", "scopes", "audience",
      "issuer", "subject", "claims", "owner", "user", "username", "login", "account", "requirement", "requirements",
      "complexity", "entropy", "alias", "salt", "iterations", "rounds", "storage", "vault", "kms", "domain", "secure",
      "samesite", "httponly", "http", "decision", "level", "levels", "role", "roles", "failure", "failed", "denied",
      "granted", "success", "successful", "attempt", "attempts", "retries", "retry", "interval", "window", "server",
      "servers", "backend", "mount", "strategy", "encoding", "site", "region", "regions", "namespace",
      "namespaces", "zone", "zones");

  /**
   * Words that, just before a secret term, make the name a count, a flag, a masked form, or a text the secret was cut
   * out of ({@code lineWithoutPassword}, {@code urlSansToken}); cursors, locks and leases, which only a {@code token}
   * can be, are {@link #CURSOR_BEFORE_TOKEN}. Not {@code stripped} or {@code removed}: {@code strippedPassword} is the
   * password without its blanks, {@code removedToken} the token taken out of a cache.
   */
  private static final Set<String> METADATA_BEFORE = Set.of(
      "is", "has", "have", "should", "use", "uses", "using", "needs", "need", "require", "requires", "required",
      "missing", "no", "max", "min", "total", "num", "number", "count", "cached", "masked", "redacted", "hashed",
      "encrypted", "obfuscated", "truncated", "safe", "public", "show", "validate", "verify", "check", "parse", "mask",
      "hash", "redact", "encrypt", "expected", "dummy", "fake", "mock", "sample", "example", "placeholder", "without",
      "sans", "excluding");

  /** First words of a name that says its secret is absent: {@code NO_CACHED_ACCESS_TOKEN}, {@code missingApiKey}. */
  private static final Set<String> ABSENCE_FIRST = Set.of("no", "missing", "without");

  /**
   * First words of a name that reads as a sentence about a failure, the name of a message rather than of a value:
   * {@code couldNotPersistCookies}, {@code cannotReadToken}, {@code unableToDecryptPassword} (and {@code failedTo..}).
   */
  private static final Set<String> FAILURE_MESSAGE_FIRST = Set.of("could", "couldnt", "cannot", "cant", "unable");

  /**
   * Words that, just before the term {@code token}, make it a position in a stream or a page, a lock or lease, or a
   * cancellation handle rather than a credential ({@code nextPageToken}, {@code continuationToken}, {@code lockToken},
   * {@code currentToken} of a parser, {@code concurrencyToken}: an ETag guarding an optimistic update;
   * {@code mutationToken}: a write's partition and sequence number, for read-your-writes). Only for
   * {@code token}: before any other term they say which value of the secret it is, and it is still the secret
   * ({@code previousSecret} and {@code currentPassword} of a rotation or a password change, {@code lastApiKey}).
   */
  private static final Set<String> CURSOR_BEFORE_TOKEN = Set.of(
      "next", "page", "prev", "previous", "continuation", "cursor", "sync", "tracking", "checkpoint", "idempotency",
      "lock", "lease", "fencing", "current", "last", "cancellation", "resume", "concurrency", "mutation", "pagination",
      "change");

  /**
   * Words that, just before the term {@code token}, make it a count of a model's usage or a token of code rather than a
   * credential ({@code promptToken}, {@code inputToken}, {@code reasoningToken}; Gson's {@code typeToken}, a lexer's
   * {@code methodToken}, {@code toolToken}). Only for {@code token}: before any other term they say whose secret it is
   * or where it comes from, and it is still the secret ({@code toolApiKey} of a search tool, {@code functionSecret},
   * {@code inputPassword} of a form).
   */
  private static final Set<String> USAGE_OR_CODE_BEFORE_TOKEN = Set.of(
      "prompt", "completion", "completions", "input", "output", "reasoning", "method", "function", "tool", "type",
      "lambda");

  /**
   * Words that, just before the term {@code token}, make it a piece of streamed model output rather than a credential
   * ({@code partialToken} of a streaming callback, {@code streamedToken}, {@code deltaToken}). Only for {@code token},
   * as {@link #CURSOR_BEFORE_TOKEN}.
   */
  private static final Set<String> OUTPUT_BEFORE_TOKEN = Set.of(
      "partial", "streamed", "streaming", "delta", "decoded", "sampled", "predicted");

  /**
   * Words that, after the bare term {@code token}, make it a piece of text or model output rather than a credential:
   * {@code tokenText} and {@code tokenImage} (lexers, tokenizers), {@code tokenPiece}, {@code tokenChunk},
   * {@code tokenDelta} (streamed LLM output). Only for a name that starts with {@code token}: {@code accessTokenText}
   * is still a credential, and Azure's {@code secretText} is a client secret.
   */
  private static final Set<String> TOKEN_PIECE_AFTER = Set.of("text", "image", "piece", "pieces", "chunk", "delta");

  /**
   * Calls that return a piece of model or document content: {@code delta.getContent()}, {@code chunk.text()},
   * {@code response.getOutput()}. A local called {@code token} assigned only from these is streamed model output.
   */
  private static final Set<String> CONTENT_ACCESSORS = Set.of(
      "content", "getContent", "text", "getText", "delta", "getDelta", "chunk", "getChunk", "output", "getOutput",
      "outputText", "getOutputText", "partialResponse", "getPartialResponse");

  /**
   * Calls with no arguments that unwrap the value their receiver holds: {@code retrievedSecret.getValue()},
   * {@code apiKey.get()} on an {@code Optional<String>} or a {@code Supplier<String>}, {@code password.value()}.
   */
  private static final Set<String> VALUE_ACCESSORS = Set.of("getValue", "value", "get", "orElseThrow");

  /**
   * Calls with one argument that unwrap the value their receiver holds or give a fallback:
   * {@code apiKey.orElse("<unset>")}, {@code orElseGet(..)}, {@code orElseThrow(..)} on an {@code Optional<String>}.
   */
  private static final Set<String> VALUE_ACCESSORS_WITH_FALLBACK = Set.of("orElse", "orElseGet", "orElseThrow");

  /**
   * Reads of one member of a parsed JSON document by its name: Jackson's {@code JsonNode#get(String)},
   * {@code #path(String)}, {@code #required(String)}; Gson's {@code JsonObject#get(String)} and
   * {@code #getAsJsonPrimitive(String)}. Followed by a {@link #JSON_TEXT_READS text read}, they give the member's text:
   * {@code json.get("access_token").asText()} is the token a token endpoint returned.
   */
  private static final Set<String> JSON_MEMBER_READS = Set.of("get", "path", "required", "getAsJsonPrimitive");

  /** The text of a JSON value: Jackson's {@code asText()}, {@code textValue()}; Gson's {@code getAsString()}. */
  private static final Set<String> JSON_TEXT_READS = Set.of("asText", "textValue", "getAsString");

  /** {@code System.getenv()} with no argument: every environment variable with its value, credentials included. */
  private static final MethodRef WHOLE_ENVIRONMENT = new MethodRef("java.lang.System", "getenv");

  /** Words that, without naming a secret, say that a text carries one: {@code authHeader}, {@code header}. */
  private static final Set<String> CREDENTIAL_CARRIER_WORDS = Set.of("auth", "header", "headers");

  /** Calls that cut a piece out of a text: {@code line.substring(6)} of a server-sent event, {@code word.trim()}. */
  private static final Set<String> TEXT_CUTS = Set.of("substring", "trim", "strip", "stripLeading", "stripTrailing");

  /** Word stems that mark a method as masking, hashing, shortening or measuring the value it is given. */
  private static final List<String> MASKING_STEMS = List.of(
      "mask", "redact", "obfuscat", "hash", "digest", "fingerprint", "prefix", "abbreviat", "truncat", "last4",
      "first4", "encrypt", "saniti", "desensiti", "scrub", "anonymi", "censor", "shorten", "preview", "sha1",
      "sha256", "sha512", "md5", "hmac", "bcrypt", "hide", "hidden");

  /** Secret-bearing request headers, lower case, with the spelling messages use. */
  private static final Map<String, String> SECRET_HEADERS = Map.ofEntries(
      Map.entry("authorization", "Authorization"),
      Map.entry("proxy-authorization", "Proxy-Authorization"),
      Map.entry("x-api-key", "X-Api-Key"),
      Map.entry("api-key", "Api-Key"),
      Map.entry("apikey", "Apikey"),
      Map.entry("x-api-token", "X-Api-Token"),
      Map.entry("x-auth-token", "X-Auth-Token"),
      Map.entry("auth-token", "Auth-Token"),
      Map.entry("x-access-token", "X-Access-Token"),
      Map.entry("x-session-token", "X-Session-Token"),
      Map.entry("cookie", "Cookie"),
      Map.entry("set-cookie", "Set-Cookie"));

  /** Simple names of calls that read one request header by name and return its value. */
  private static final Set<String> HEADER_READS = Set.of("getHeader", "getFirst", "getHeaderString", "header", "get");

  /**
   * Simple names of calls that read an environment variable, a configuration property or a map entry by its key:
   * {@code System.getenv("OPENAI_API_KEY")}, {@code env.getProperty("openai.api-key")},
   * {@code System.getenv().get("OPENAI_API_KEY")}, {@code params.get("password")}, a Spring form's
   * {@code params.getFirst("refresh_token")}, a servlet request's parameter ({@code request.getParameter("api_key")}).
   */
  private static final Set<String> KEYED_READS =
      Set.of("getenv", "getProperty", "getRequiredProperty", "get", "getOrDefault", "getFirst", "getParameter");

  /**
   * Simple names of annotations that inject one request parameter into a handler's parameter by its name (Spring's
   * {@code @RequestParam("api_key")}, JAX-RS {@code @QueryParam}, {@code @FormParam}): a key sent in the query string
   * or a login form's password, whatever the parameter is called.
   */
  private static final Set<String> REQUEST_PARAMETER_ANNOTATIONS = Set.of("RequestParam", "QueryParam", "FormParam");

  /** Simple names of annotations that inject one request header into a parameter (Spring, JAX-RS, Micronaut). */
  private static final Set<String> HEADER_ANNOTATIONS = Set.of("RequestHeader", "HeaderParam", "Header");

  /** The elements of a header annotation that name the header: {@code @RequestHeader(name = "X-Api-Key")}. */
  private static final List<String> HEADER_ANNOTATION_ELEMENTS = List.of("value", "name");

  /** Simple names of annotations that inject a property's value by a {@code ${key}} placeholder: Spring's. */
  private static final Set<String> PROPERTY_ANNOTATIONS = Set.of("Value");

  /**
   * Calls whose result carries their receiver's and arguments' text unchanged or whole: formatting, joining,
   * building, trimming, case changes, {@code toString}. Any other call stops the flow, because its result is not known
   * to contain the secret ({@code userService.findByToken(token)} returns a user); so do {@code replaceAll} and
   * {@code replaceFirst}, whose regular expressions usually mask ({@code key.replaceAll(".(?=.{4})", "*")}).
   */
  private static final Set<String> PASS_THROUGH_CALLS = Set.of(
      "format", "formatted", "valueOf", "copyValueOf", "join", "concat", "append", "insert", "toString", "trim",
      "strip", "stripLeading", "stripTrailing", "toLowerCase", "toUpperCase", "intern", "replace", "getBytes",
      "toCharArray", "requireNonNull", "requireNonNullElse", "orElse");

  /** Types whose constructor copies its arguments' text: {@code new String(chars)}, {@code new StringBuilder(s)}. */
  private static final Set<String> PASS_THROUGH_CONSTRUCTORS = Set.of("String", "StringBuilder", "StringBuffer");

  /**
   * Log4j 2's message types, whose text is made of their constructor's pattern and arguments: {@code LOG.info(new
   * ParameterizedMessage("key {}", apiKey))} prints the key as {@code LOG.info("key {}", apiKey)} does. Checked in
   * log4j-api 2.22.
   */
  private static final Set<String> LOG_MESSAGE_TYPES = Set.of(
      "org.apache.logging.log4j.message.ParameterizedMessage",
      "org.apache.logging.log4j.message.FormattedMessage",
      "org.apache.logging.log4j.message.StringFormattedMessage",
      "org.apache.logging.log4j.message.MessageFormatMessage",
      "org.apache.logging.log4j.message.SimpleMessage",
      "org.apache.logging.log4j.message.ObjectMessage",
      "org.apache.logging.log4j.message.ObjectArrayMessage");

  /**
   * The Log4j message types of {@link #LOG_MESSAGE_TYPES} that format a {@code java.util.Formatter} pattern
   * ({@code FormattedMessage} does when its pattern has {@code %} conversions), so {@code %.4s} prints a prefix.
   */
  private static final Set<String> PRINTF_LOG_MESSAGE_TYPES = Set.of(
      "org.apache.logging.log4j.message.FormattedMessage",
      "org.apache.logging.log4j.message.StringFormattedMessage");

  /**
   * Calls that encode their arguments reversibly, so that the result carries them whole: Base64 of
   * {@code user + ":" + password}, the Basic authorization values OkHttp and Spring build from a password, a key
   * percent-encoded for a query string ({@code URLEncoder.encode(apiKey, UTF_8)}: an API key's characters mostly pass
   * unchanged) or decoded from one, and bytes written out as hex ({@code HexFormat.of().formatHex(key.getBytes())}).
   */
  private static final List<MethodRef> CREDENTIAL_ENCODERS = List.of(
      new MethodRef("java.util.Base64.Encoder", "encodeToString"),
      new MethodRef("java.util.Base64.Encoder", "encode"),
      new MethodRef("java.net.URLEncoder", "encode"),
      new MethodRef("java.net.URLDecoder", "decode"),
      new MethodRef("java.util.HexFormat", "formatHex"),
      new MethodRef("okhttp3.Credentials", "basic"),
      new MethodRef("org.springframework.http.HttpHeaders", "encodeBasicAuth"));

  /**
   * Calls that make an address of their arguments' text, which the address prints whole ({@code URI#toString},
   * OkHttp's {@code HttpUrl#toString}): a key put in a query string ({@code URI.create(baseUrl + "?key=" + apiKey)})
   * is in every log line that prints the address.
   */
  private static final List<MethodRef> ADDRESS_FACTORIES = List.of(
      new MethodRef("java.net.URI", "create"),
      new MethodRef("okhttp3.HttpUrl", "parse"),
      new MethodRef("okhttp3.HttpUrl", "get"),
      new MethodRef("org.springframework.web.util.UriComponentsBuilder", "fromUriString"),
      new MethodRef("org.springframework.web.util.UriComponentsBuilder", "fromHttpUrl"),
      new MethodRef("org.springframework.web.util.UriComponentsBuilder", "fromUri"),
      new MethodRef("org.springframework.web.util.UriComponentsBuilder", "fromPath"));

  /**
   * Address types whose constructors keep their text arguments whole: {@code new URI(s)}, {@code new URL(s)}, Apache's
   * {@code new URIBuilder(s)}.
   */
  private static final Set<String> ADDRESS_CONSTRUCTORS = Set.of(
      "java.net.URI", "java.net.URL", "org.apache.hc.core5.net.URIBuilder", "org.apache.http.client.utils.URIBuilder");

  /**
   * An address or address builder type whose steps carry what they are given into the address it builds, which prints
   * its text whole, query string included. {@code additions} keep what the address held and add their arguments'
   * text, given at least one argument (without, the same names read a part: {@code url.host()});
   * {@code buildSteps} keep it and add their arguments' text, if any ({@code build()}, Spring's
   * {@code buildAndExpand(apiKey)} fills a template); {@code replacements} replace or remove a parameter or the query,
   * so that what the address held may be gone (a redacted copy), and carry only their arguments.
   */
  public record AddressBuilder(String type, Set<String> additions, Set<String> buildSteps, Set<String> replacements) {
    /** Whether a call of this name and arity keeps what the address held and adds its arguments' text. */
    public boolean adds(String methodName, int arguments) {
      return buildSteps.contains(methodName) || (arguments > 0 && additions.contains(methodName));
    }

    /** Whether a call of this name replaces or removes a part of the address and carries only its arguments. */
    public boolean replaces(String methodName) {
      return replacements.contains(methodName);
    }

    /** Whether this builder has a step of this name. */
    public boolean hasStep(String methodName) {
      return additions.contains(methodName) || buildSteps.contains(methodName) || replacements.contains(methodName);
    }
  }

  /**
   * OkHttp's {@code HttpUrl} and its builder ({@code addQueryParameter("key", apiKey)}, {@code password(pw)}: the user
   * information; {@code setQueryParameter("key", "REDACTED")} replaces), Spring's {@code UriComponentsBuilder} and the
   * {@code UriComponents} it builds ({@code queryParam("api_key", key)}, {@code toUriString()};
   * {@code replaceQueryParam}), and Apache HttpComponents' {@code URIBuilder}, 5.x and 4.x ({@code addParameter},
   * {@code setUserInfo}; {@code setParameter} replaces).
   */
  private static final List<AddressBuilder> ADDRESS_BUILDERS = defaultAddressBuilders();

  private static List<AddressBuilder> defaultAddressBuilders() {
    Set<String> okHttpAdditions = Set.of(
        "addQueryParameter", "addEncodedQueryParameter", "addPathSegment", "addPathSegments",
        "addEncodedPathSegment", "addEncodedPathSegments", "username", "password", "encodedUsername",
        "encodedPassword", "scheme", "host", "port", "fragment", "encodedFragment");
    Set<String> okHttpBuildSteps = Set.of("newBuilder", "build");
    Set<String> okHttpReplacements = Set.of(
        "setQueryParameter", "setEncodedQueryParameter", "removeAllQueryParameters",
        "removeAllEncodedQueryParameters", "query", "encodedQuery");
    Set<String> springAdditions = Set.of(
        "queryParam", "queryParamIfPresent", "queryParams", "query", "path", "pathSegment", "userInfo", "scheme",
        "host", "port", "fragment", "uriComponents", "uri", "schemeSpecificPart", "expand");
    Set<String> springBuildSteps = Set.of(
        "build", "buildAndExpand", "encode", "toUriString", "toUri", "normalize", "cloneBuilder");
    Set<String> springReplacements = Set.of("replaceQueryParam", "replaceQueryParams", "replaceQuery", "replacePath");
    Set<String> apacheAdditions = Set.of(
        "addParameter", "addParameters", "setUserInfo", "setScheme", "setHost", "setPort", "setPath",
        "setPathSegments", "appendPath", "appendPathSegments", "setFragment");
    Set<String> apacheBuildSteps = Set.of("build", "optimize");
    Set<String> apacheReplacements = Set.of(
        "setParameter", "setParameters", "setCustomQuery", "removeParameter", "removeQuery", "clearParameters");
    return List.of(
        new AddressBuilder("okhttp3.HttpUrl.Builder", okHttpAdditions, okHttpBuildSteps, okHttpReplacements),
        new AddressBuilder("okhttp3.HttpUrl", okHttpAdditions, okHttpBuildSteps, okHttpReplacements),
        new AddressBuilder("org.springframework.web.util.UriComponentsBuilder", springAdditions, springBuildSteps,
            springReplacements),
        new AddressBuilder("org.springframework.web.util.UriComponents", springAdditions, springBuildSteps,
            springReplacements),
        new AddressBuilder("org.apache.hc.core5.net.URIBuilder", apacheAdditions, apacheBuildSteps,
            apacheReplacements),
        new AddressBuilder("org.apache.http.client.utils.URIBuilder", apacheAdditions, apacheBuildSteps,
            apacheReplacements));
  }

  /** Every name of a step of an address builder, for a cheap first filter. */
  private static final Set<String> ADDRESS_STEP_NAMES = ADDRESS_BUILDERS.stream()
      .flatMap(builder -> Stream.of(builder.additions(), builder.buildSteps(), builder.replacements()))
      .flatMap(Set::stream)
      .collect(Collectors.toUnmodifiableSet());

  /**
   * Reads of a request's address, with the request types that answer them: OkHttp's {@code Request#url()}, the JDK's
   * {@code HttpRequest#uri()}.
   */
  private static final Map<String, String> REQUEST_ADDRESS_READS = Map.of(
      "url", "okhttp3.Request", "uri", "java.net.http.HttpRequest");

  /**
   * Steps of a request's building chain that give it its address: OkHttp's {@code Request.Builder#url(..)}, the JDK's
   * {@code HttpRequest.newBuilder(uri)} and {@code HttpRequest.Builder#uri(..)}.
   */
  private static final Set<String> REQUEST_ADDRESS_STEPS = Set.of("url", "uri", "newBuilder");

  /**
   * Library methods named like a secret that return no text, by the package of the types that declare them, for an
   * engine that cannot load the library (PMD without an auxclasspath judges an untyped read by its name): every
   * {@code apiKey()} of kafka-clients 4.1.0 ({@code org.apache.kafka.common}, {@code org.apache.kafka.clients}) returns
   * the protocol's {@code ApiKeys} enum (a request type: {@code PRODUCE}, {@code FETCH}) or its {@code short} id. With
   * types these reads are already no text, so the entries only bring the untyped verdict to the typed one.
   */
  private static final Map<String, Set<String>> NO_TEXT_LIBRARY_READS = Map.of(
      "org.apache.kafka.common.", Set.of("apiKey"),
      "org.apache.kafka.clients.", Set.of("apiKey"));

  /**
   * Secret terms that a library's own vocabulary gives another meaning, in code that works with that library and with
   * no source of credentials the same words name ({@link LibraryMeaning}). One so far: Azure Cosmos DB's session token
   * ({@code x-ms-session-token}: a partition key range id and an LSN vector per range, the consistency bookmark that
   * gives a client read-your-writes), in the packages of the SDK (azure-cosmos {@code com.azure.cosmos}, the legacy
   * {@code com.microsoft.azure.documentdb} and {@code com.microsoft.azure.cosmosdb}). The same words name credentials
   * in AWS code (the SDKs' session credentials and STS: {@code AwsSessionCredentials#sessionToken},
   * {@code BasicSessionCredentials#getSessionToken}, {@code Credentials#sessionToken} of STS, SSO and Cognito;
   * Hadoop's S3A {@code fs.s3a.session.token}) and in web code, where a session token is a logged-in user's (servlets,
   * JAX-RS, Spring's web, security and session modules, Micronaut's HTTP): a unit that works with any of those keeps
   * the default meaning, as do names that also say whose session it is ({@code awsSessionToken},
   * {@code userSessionToken}).
   */
  private static final List<LibraryMeaning> LIBRARY_MEANINGS = List.of(
      new LibraryMeaning(List.of("session", "token"),
          List.of("com.azure.cosmos", "com.microsoft.azure.documentdb", "com.microsoft.azure.cosmosdb"),
          List.of("software.amazon.awssdk", "com.amazonaws", "org.apache.hadoop.fs.s3a", "javax.servlet",
              "jakarta.servlet", "javax.ws.rs", "jakarta.ws.rs", "org.springframework.web",
              "org.springframework.security", "org.springframework.session", "io.micronaut.http"),
          Set.of("aws", "amazon", "amz", "sts", "iam", "s3", "s3a", "cognito", "sso", "oauth", "oauth2", "oidc", "auth",
              "user", "login", "web", "http", "browser", "bearer", "jwt", "cookie")));

  /**
   * A secret term that means something else in a library's code: its {@code words} ({@code session}, {@code token}),
   * the package prefixes of the library ({@code vendorPackages}), the package prefixes of code in which the same words
   * name a credential ({@code credentialPackages}), and the words that, in a name beside the term, say it is such a
   * credential after all ({@code credentialWords}: {@code awsSessionToken}).
   */
  public record LibraryMeaning(
      List<String> words, List<String> vendorPackages, List<String> credentialPackages, Set<String> credentialWords) {
    public LibraryMeaning {
      words = List.copyOf(words);
      vendorPackages = List.copyOf(vendorPackages);
      credentialPackages = List.copyOf(credentialPackages);
      credentialWords = Set.copyOf(credentialWords);
    }

    /** Whether a type's canonical name is in one of the library's packages. */
    public boolean isVendorType(String canonicalTypeName) {
      return canonicalTypeName != null && vendorPackages.stream().anyMatch(pkg -> canonicalTypeName.startsWith(pkg + "."));
    }

    /** Whether a type's canonical name is in a package whose code means a credential by these words. */
    public boolean isCredentialType(String canonicalTypeName) {
      return canonicalTypeName != null
          && credentialPackages.stream().anyMatch(pkg -> canonicalTypeName.startsWith(pkg + "."));
    }

    /**
     * The words of a name with this term written as one neutral word ({@code global, sessiontoken}), or {@code null}
     * when the name does not hold the term or says whose credential it is ({@code awsSessionToken}).
     */
    List<String> withTermNeutral(List<String> nameWords) {
      List<String> neutral = new ArrayList<>();
      boolean found = false;
      for (int i = 0; i < nameWords.size(); i++) {
        if (credentialWords.contains(nameWords.get(i))) {
          return null;
        }
        if (i + words.size() <= nameWords.size() && nameWords.subList(i, i + words.size()).equals(words)) {
          neutral.add(String.join("", words));
          i += words.size() - 1;
          found = true;
        } else {
          neutral.add(nameWords.get(i));
        }
      }
      return found ? neutral : null;
    }
  }

  /**
   * Calls that mint a new token by signing the claims the program gives them: Twilio's {@code Jwt#toJwt} (also named on
   * its subclasses {@code AccessToken}, {@code ClientCapability} and {@code TaskRouterCapability}, which is all PMD
   * without an auxclasspath sees of a variable declared with one), JJWT's {@code JwtBuilder#compact} and java-jwt's
   * {@code JWTCreator.Builder#sign}. Not Nimbus's {@code JOSEObject#serialize}: it also gives back a token the program
   * parsed from a request. Printed as the output of a program that issues it ({@link #PROGRAM_OUTPUT_STREAM}), a
   * minted token is what the program was asked for, not a log line.
   */
  private static final List<MethodRef> TOKEN_MINTS = List.of(
      new MethodRef("com.twilio.jwt.Jwt", "toJwt"),
      new MethodRef("com.twilio.jwt.accesstoken.AccessToken", "toJwt"),
      new MethodRef("com.twilio.jwt.client.ClientCapability", "toJwt"),
      new MethodRef("com.twilio.jwt.taskrouter.TaskRouterCapability", "toJwt"),
      new MethodRef("io.jsonwebtoken.JwtBuilder", "compact"),
      new MethodRef("com.auth0.jwt.JWTCreator.Builder", "sign"));

  /**
   * Calls that render an object as JSON, every property it exposes included: Jackson's
   * {@code ObjectMapper#writeValueAsString} and {@code ObjectWriter#writeValueAsString}, Gson's {@code toJson}.
   */
  private static final List<MethodRef> JSON_RENDERERS = List.of(
      new MethodRef("com.fasterxml.jackson.databind.ObjectMapper", "writeValueAsString"),
      new MethodRef("com.fasterxml.jackson.databind.ObjectWriter", "writeValueAsString"),
      new MethodRef("com.google.gson.Gson", "toJson"));

  /** Annotations that keep a property out of the JSON: Jackson's {@code @JsonIgnore}, JSON-B's {@code @JsonbTransient}. */
  private static final Set<String> JSON_IGNORE_ANNOTATIONS = Set.of("JsonIgnore", "JsonbTransient");

  /**
   * Requests whose header collection carries the caller's credentials ({@code Authorization}, API keys): OkHttp's,
   * the JDK client's, Spring's client and server requests (an interceptor's {@code HttpRequest}, a
   * {@code RequestEntity}) and WebClient's {@code ClientRequest}. A response's headers are not among them.
   */
  private static final Set<String> CREDENTIAL_REQUESTS = Set.of(
      "okhttp3.Request", "java.net.http.HttpRequest", "org.springframework.http.HttpRequest",
      "org.springframework.http.RequestEntity", "org.springframework.web.reactive.function.client.ClientRequest");

  /**
   * Requests whose own text prints every header with its value: OkHttp's {@code Request} ({@code Request{method=POST,
   * url=.., headers=[Authorization:Bearer ..]}}; checked against okhttp 4.12.0, whose {@code Headers#toString}
   * redacts {@code Authorization} but whose {@code Request#toString} does not) and Spring's {@code RequestEntity}
   * ({@code <POST url,body,[headers]>}). The JDK's {@code HttpRequest} prints its address and method only.
   */
  private static final Set<String> REQUESTS_PRINTING_HEADERS = Set.of(
      "okhttp3.Request", "org.springframework.http.RequestEntity");

  /** Calls with no arguments that return a request's whole header collection: {@code headers()}, {@code getHeaders()}. */
  private static final Set<String> HEADER_COLLECTIONS = Set.of("headers", "getHeaders");

  /**
   * Calls with no arguments that return every entry of a header collection in another shape: the JDK's
   * {@code map()}, OkHttp's {@code toMultimap()}, Spring's {@code toSingleValueMap()}. Names, sizes and filtered
   * copies are other calls, and stop the flow.
   */
  private static final Set<String> WHOLE_HEADER_VIEWS = Set.of("map", "toMultimap", "toSingleValueMap", "asMultimap");

  /**
   * Calls that put one entry into a map, a {@code Properties} or a header collection, key first:
   * {@code headers.put("Authorization", ..)}, {@code props.setProperty("password", ..)}, Spring's
   * {@code headers.set(..)}/{@code add(..)}.
   */
  private static final Set<String> ENTRY_PUTS = Set.of("put", "putIfAbsent", "setProperty", "set", "add");

  /** Spring {@code HttpHeaders} calls that put an {@code Authorization} header built from their arguments. */
  private static final Set<String> AUTHORIZATION_PUTS = Set.of("setBearerAuth", "setBasicAuth");

  /** Static factories of a map from its keys and values in turn: {@code Map.of("Authorization", ..)}. */
  private static final MethodRef MAP_OF = new MethodRef("java.util.Map", "of");

  /**
   * The static factory of a map from its entries, and the entries' own factory:
   * {@code Map.ofEntries(Map.entry("Authorization", ..))}.
   */
  private static final MethodRef MAP_OF_ENTRIES = new MethodRef("java.util.Map", "ofEntries");

  private static final MethodRef MAP_ENTRY = new MethodRef("java.util.Map", "entry");

  /**
   * The factories of an {@code Optional} holding their argument, which the {@code Optional}'s accessors give back:
   * {@code Optional.ofNullable(System.getenv("MISTRAL_API_KEY")).orElse("")} is the key.
   */
  private static final List<MethodRef> OPTIONAL_FACTORIES = List.of(
      new MethodRef("java.util.Optional", "of"), new MethodRef("java.util.Optional", "ofNullable"));

  /**
   * Stream and collection steps that hand each element of their receiver to a lambda ({@code apiKeys.forEach(k ->
   * ..)}, {@code filter}), and those that keep the elements they pass on ({@code stream()}, {@code filter(..)},
   * {@code sorted()}): a lambda given to the first, on a chain of the second from a collection named for its secrets,
   * takes one secret at a time.
   */
  private static final Set<String> ELEMENT_CONSUMERS = Set.of(
      "forEach", "forEachOrdered", "filter", "peek", "anyMatch", "allMatch", "noneMatch", "map", "takeWhile",
      "dropWhile");

  private static final Set<String> ELEMENT_KEEPING_STEPS = Set.of(
      "stream", "parallelStream", "filter", "distinct", "sorted", "peek", "limit", "skip", "takeWhile", "dropWhile",
      "sequential", "parallel", "unordered");

  /**
   * Configuration keys whose value embeds a credential although the key names none: Kafka's SASL JAAS line
   * ({@code ...PlainLoginModule required username="u" password="p";}), in property or constant form.
   */
  private static final Set<String> CREDENTIAL_CONFIG_KEYS = Set.of("sasl.jaas.config");

  /**
   * Environment variables that name a secret but hold, by their platform's convention, the location of a credentials
   * file: Google's application default credentials ({@code GOOGLE_APPLICATION_CREDENTIALS=/secrets/sa.json}). Printing
   * where the credentials are read from is how a deployment is debugged; the file's contents are the secret.
   */
  private static final Set<String> CREDENTIAL_LOCATION_KEYS = Set.of("google.application.credentials");

  /** Words that mark an environment variable or property as an exporter's setting: {@code OTEL_EXPORTER_OTLP_*}. */
  private static final Set<String> EXPORTER_WORDS = Set.of("exporter", "otlp");

  /** The last word of an exporter setting that holds its headers, API keys included: {@code ..._HEADERS}. */
  private static final String HEADERS_WORD = "headers";

  /**
   * Calls with no arguments that read a response's whole body: the JDK's and Spring's {@code body()}/{@code getBody()},
   * OkHttp's {@code body().string()}.
   */
  private static final Set<String> RESPONSE_BODIES = Set.of("body", "getBody", "string");

  /**
   * A URL or path of an OAuth or token endpoint, whose response body is the token: {@code /oauth2/token},
   * {@code https://login.example.com/oauth/v2.0/token}, {@code /v1/token} — not {@code /tokenize} or
   * {@code /count_tokens}.
   */
  private static final Pattern TOKEN_ENDPOINT_TEXT = Pattern.compile("(?i)oauth|/token(?![a-z_])");

  /** Words that, with {@code token} or {@code oauth} in a name, make it a token endpoint's address. */
  private static final Set<String> ADDRESS_WORDS = Set.of("url", "uri", "endpoint", "path");

  /** The method a value's implicit text comes from: a record's generated one, or a class's own. */
  private static final String TO_STRING = "toString";

  private static final Pattern NAME_SHAPED_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-]{0,79}");

  private final Pattern userSecretNames;
  private final List<MethodRef> maskingMethods;
  private final List<MethodRef> loggingMethods;

  private SecretCatalog(Pattern userSecretNames, List<MethodRef> maskingMethods, List<MethodRef> loggingMethods) {
    this.userSecretNames = userSecretNames;
    this.maskingMethods = List.copyOf(maskingMethods);
    this.loggingMethods = List.copyOf(loggingMethods);
  }

  /** The default catalogue alone. */
  public static SecretCatalog defaults() {
    return new SecretCatalog(null, List.of(), List.of());
  }

  /** The defaults extended by the {@code SecretNames} and {@code MaskingMethods} options, no in-house logger. */
  public static SecretCatalog withUserEntries(
      String secretNamesOption, String secretNames, String maskingMethodsOption, String maskingMethods) {
    return withUserEntries(secretNamesOption, secretNames, maskingMethodsOption, maskingMethods,
        LOGGING_METHODS_OPTION, null);
  }

  /**
   * The defaults extended by the user's options.
   *
   * @param secretNamesOption how the user spelled the {@code SecretNames} option, for error messages
   * @param secretNames a Java regex searched in identifiers and keys, or {@code null}/blank for none
   * @param maskingMethodsOption how the user spelled the {@code MaskingMethods} option, for error messages
   * @param maskingMethods comma-separated {@code OWNER#method} entries, or {@code null}/blank for none
   * @param loggingMethodsOption how the user spelled the {@code LoggingMethods} option, for error messages
   * @param loggingMethods comma-separated {@code OWNER#method} entries of in-house logging calls, which write every
   *     argument to a log, or {@code null}/blank for none
   * @throws CatalogConfigurationException naming the option and the invalid regex or the first malformed entry
   */
  public static SecretCatalog withUserEntries(String secretNamesOption, String secretNames,
      String maskingMethodsOption, String maskingMethods, String loggingMethodsOption, String loggingMethods) {
    Pattern pattern = null;
    if (secretNames != null && !secretNames.isBlank()) {
      try {
        pattern = Pattern.compile(secretNames.trim());
      } catch (PatternSyntaxException e) {
        throw new CatalogConfigurationException(
            secretNamesOption, secretNames, "not a valid regular expression (" + e.getDescription() + ")");
      }
      if (pattern.matcher("").find()) {
        // (?i)licence| or a|b? is found in every name: every variable would be a secret. Error Prone leaves such a
        // regex of (?i)licence| dsn, as it cuts an -XepOpt value at its first blank.
        throw new CatalogConfigurationException(secretNamesOption, secretNames,
            "the regular expression matches the empty text, so every name would be a secret (Error Prone cuts an"
                + " -XepOpt value at its first blank: write \\s or [ ] for a blank)");
      }
    }
    return new SecretCatalog(pattern, OptionEntries.methodRefs(maskingMethodsOption, maskingMethods),
        OptionEntries.methodRefs(loggingMethodsOption, loggingMethods));
  }

  /**
   * Whether an identifier (variable, field, parameter, or a getter's name without {@code get}) names a secret
   * value: {@code apiKey}, {@code client_secret}, {@code OPENAI_API_KEY}, {@code bearerToken} — but not
   * {@code maxTokens}, {@code tokenCount}, {@code secretName}, {@code apiKeyHeader}, {@code API_KEY_ENV},
   * {@code tokenizer}, {@code passwordPolicy}, {@code keyPrefix}, {@code publicKey}.
   */
  public boolean isSecretName(String identifier) {
    if (identifier == null || identifier.isEmpty()) {
      return false;
    }
    List<String> words = words(identifier);
    if (words.isEmpty()) {
      return false;
    }
    if (hasUnqualifiedSecretTerm(words)) {
      return true;
    }
    return userNamesSecret(identifier, words)
        && !isMetadataWordAfterUserTerm(words.get(words.size() - 1))
        && !METADATA_BEFORE.contains(words.get(0)) && !isNoCredentialBeforeToken(words.get(0));
  }

  /**
   * Whether an identifier names a secret in code where {@code meanings} hold ({@link LibraryMeaning}): as
   * {@link #isSecretName(String)}, except that a name whose only secret is such a term is none
   * ({@code globalSessionToken} in Cosmos DB code; not {@code sessionTokenOrPassword}, not {@code awsSessionToken}).
   * A name the user's {@code SecretNames} finds stays a secret.
   */
  public boolean isSecretName(String identifier, List<LibraryMeaning> meanings) {
    if (!isSecretName(identifier)) {
      return false;
    }
    if (meanings.isEmpty()) {
      return true;
    }
    List<String> words = words(identifier);
    if (userNamesSecret(identifier, words)) {
      return true;
    }
    for (LibraryMeaning meaning : meanings) {
      List<String> neutral = meaning.withTermNeutral(words);
      if (neutral != null && !hasUnqualifiedSecretTerm(neutral)) {
        return false;
      }
    }
    return true;
  }

  /** As {@link #isSecretGetterName(String)}, with the property's name judged where {@code meanings} hold. */
  public boolean isSecretGetterName(String methodName, List<LibraryMeaning> meanings) {
    String property = getterProperty(methodName);
    return property != null && isSecretName(property, meanings);
  }

  /**
   * Whether an identifier mentions a secret term at all, even as metadata, or a credential carrier:
   * {@code authorizationHeader}, {@code authHeader}, {@code header}, {@code tokenCount}, {@code apiKey} do;
   * {@code line}, {@code chunk}, {@code data} do not. Text cut from a variable
   * that mentions no secret ({@code line.substring(6)}) is not vouched to be a secret by its name.
   */
  public boolean mentionsSecret(String identifier) {
    if (identifier == null) {
      return false;
    }
    List<String> words = words(identifier);
    for (int start = 0; start < words.size(); start++) {
      if (longestTermEnd(words, start) >= 0 || CREDENTIAL_CARRIER_WORDS.contains(words.get(start))) {
        return true;
      }
    }
    return userNamesSecret(identifier, words);
  }

  /**
   * Whether the user's {@code SecretNames} regex is found in {@code identifier} as written or in its words spelled
   * in lowerCamelCase: {@code (?i)licen[cs]eKey} finds {@code licenceKey}, {@code AGENT_LICENCE_KEY} and
   * {@code agent.licence.key} alike, as the default names are recognised in every spelling. Without this, a regex
   * written for the camelCase a user sees in code would miss the UPPER_SNAKE environment key that a local is read
   * from, and that key, judged no secret, would then clear the local too.
   */
  private boolean userNamesSecret(String identifier, List<String> words) {
    if (userSecretNames == null) {
      return false;
    }
    if (userSecretNames.matcher(identifier).find()) {
      return true;
    }
    StringBuilder camel = new StringBuilder();
    for (String word : words) {
      camel.append(camel.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return userSecretNames.matcher(camel).find();
  }

  /** The words of a password in a question about a generated or default one. */
  private static final Set<String> GENERATED_OR_DEFAULT_PASSWORD_WORDS =
      Set.of("password", "passwd", "pwd", "passphrase");

  /**
   * Whether a yes/no question's name asks if a password is one the program generated for the run because none was
   * configured, or a documented default: {@code isPasswordGenerated}, {@code isDefaultClusterPassword},
   * {@code passwordGenerated}. Such a password is printed on purpose, so that a developer can log in once; it protects
   * nothing a configured one would. Only passwords: a generated API token is a user's real credential, and "default
   * credentials" (Google's application default credentials) are the real ones found in the environment.
   */
  public static boolean asksForGeneratedOrDefaultPassword(String name) {
    if (name == null) {
      return false;
    }
    List<String> words = words(name);
    return (words.contains("generated") || words.contains("default"))
        && words.stream().anyMatch(GENERATED_OR_DEFAULT_PASSWORD_WORDS::contains);
  }

  /**
   * Whether a name is the bare word {@code token}, which in LLM code is as often a streamed piece of model output
   * ({@code onNext(String token)}, {@code token -> System.out.print(token)}) as a credential. The engines do not treat
   * it as a secret where it is a lambda parameter, a parameter of an {@code on...} callback, or a for-each variable.
   */
  public static boolean isBareToken(String name) {
    return name != null && name.equalsIgnoreCase("token");
  }

  /**
   * Whether a method's name reads as an event callback: {@code onNext}, {@code onToken}, {@code onPartialResponse}, or
   * {@code accept}, the method a {@code Consumer} lambda stands for (an anonymous {@code Consumer<String>} is the same
   * handler as {@code token -> ...}).
   */
  public static boolean isCallbackMethodName(String methodName) {
    if (methodName == null) {
      return false;
    }
    return methodName.equals("accept")
        || (methodName.length() > 2 && methodName.startsWith("on") && Character.isUpperCase(methodName.charAt(2)));
  }

  /**
   * Calls that return where a file is, as text or as a file: {@code java.io.File}'s and {@code java.nio.file.Path}'s
   * own names. A local named like a secret given one ({@code String pwd = composeFile.getParentFile().getAbsolutePath()},
   * the working directory) holds a location, as a credentials file's path does (see
   * {@link #CREDENTIAL_LOCATION_KEYS}), not the secret.
   */
  private static final Set<String> PATH_ACCESSORS = Set.of("getAbsolutePath", "getCanonicalPath", "getPath",
      "getParent", "getParentFile", "getAbsoluteFile", "getCanonicalFile", "toAbsolutePath", "toRealPath", "getFileName");

  /** Whether a call of this simple name returns a file's location ({@link #PATH_ACCESSORS}). */
  public static boolean isPathAccessor(String methodName) {
    return PATH_ACCESSORS.contains(methodName);
  }

  /**
   * Whether a call of this simple name returns a piece of content ({@code delta.getContent()}, {@code chunk.text()}):
   * a local called {@code token} assigned only from such calls is streamed model output, not a credential.
   */
  public static boolean isContentAccessor(String methodName) {
    return CONTENT_ACCESSORS.contains(methodName);
  }

  /**
   * Whether a call of this simple name cuts a piece out of its receiver's text ({@code line.substring(6)}): a local
   * called {@code token} cut from a variable that carries no secret (a line of a model's event stream) is not one.
   */
  public static boolean isTextCut(String methodName) {
    return TEXT_CUTS.contains(methodName);
  }

  /**
   * Whether a holder of this name is too ambiguous for the value it holds to be a secret by its name alone: a bare
   * {@code token} or {@code cookie}.
   */
  public static boolean isAmbiguousHolderName(String name) {
    return name != null && AMBIGUOUS_HOLDER_NAMES.contains(name.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a name (a method's, a parameter's, a supertype's) says that the code around it handles model output:
   * {@code handleStreamedToken}, {@code chunkIndex}, {@code StreamingResponseHandler}, {@code tokenCount}; not
   * {@code login}, {@code retryCount}, {@code AuthFilter}.
   */
  public static boolean speaksOfModelOutput(String name) {
    if (name == null) {
      return false;
    }
    List<String> words = words(name);
    for (String word : words) {
      if (MODEL_OUTPUT_WORDS.contains(word)) {
        return true;
      }
    }
    return words.contains("token") && words.stream().anyMatch(TOKEN_MEASURES::contains);
  }

  /** Whether a call of this simple name prints its arguments through a {@code Formatter} pattern. */
  public static boolean isPrintfStyleCall(String methodName) {
    return PRINTF_STYLE_CALLS.contains(methodName);
  }

  /**
   * The positions (0-based, among the arguments after the pattern) of the arguments a {@code java.util.Formatter}
   * pattern prints in full: every argument a conversion uses, except one used only as {@code %.Ns} (or {@code %.NS})
   * with {@code N <= 16}, a short prefix. An argument no conversion uses is not printed. {@code null} when the pattern
   * has no conversion or one this parser does not read (then every argument counts): a {@code MessageFormat}
   * pattern ({@code "key={0}"}) has none.
   */
  public static Set<Integer> printedInFull(String pattern, int argumentCount) {
    if (pattern == null || pattern.indexOf('%') < 0) {
      return null;
    }
    Map<Integer, Boolean> fullByIndex = new HashMap<>();
    Matcher conversion = FORMAT_CONVERSION.matcher(pattern);
    int ordinary = 0;
    int previous = -1;
    int matchedUpTo = 0;
    boolean anyArgument = false;
    while (conversion.find()) {
      if (pattern.substring(matchedUpTo, conversion.start()).indexOf('%') >= 0) {
        return null;
      }
      matchedUpTo = conversion.end();
      String type = conversion.group(5);
      if (type.equals("%") || type.equals("n")) {
        continue;
      }
      String index = conversion.group(1);
      int argument = index == null ? ordinary++
          : index.equals("<") ? previous
          : Integer.parseInt(index.substring(0, index.length() - 1)) - 1;
      if (argument < 0) {
        return null;
      }
      previous = argument;
      anyArgument = true;
      String precision = conversion.group(4);
      boolean shortPrefix = (type.equals("s") || type.equals("S")) && precision != null
          && precision.length() <= 3 && isShortLength(Integer.parseInt(precision.substring(1)));
      fullByIndex.merge(argument, !shortPrefix, Boolean::logicalOr);
    }
    if (!anyArgument || pattern.substring(matchedUpTo).indexOf('%') >= 0) {
      return null;
    }
    Set<Integer> full = new TreeSet<>();
    fullByIndex.forEach((argument, printedWhole) -> {
      if (printedWhole && argument < argumentCount) {
        full.add(argument);
      }
    });
    return full;
  }

  /**
   * Whether a call of this simple name with no arguments unwraps the value its receiver holds
   * ({@code retrievedSecret.getValue()}, {@code apiKey.get()}): on a receiver named like a secret, the result is the
   * secret itself.
   */
  public static boolean isValueAccessor(String methodName, int arguments) {
    return arguments == 0 ? VALUE_ACCESSORS.contains(methodName)
        : arguments == 1 && VALUE_ACCESSORS_WITH_FALLBACK.contains(methodName);
  }

  /**
   * Whether a call of this simple name, with one name argument, reads a JSON document's member
   * ({@link #JSON_MEMBER_READS}).
   */
  public static boolean isJsonMemberRead(String methodName) {
    return JSON_MEMBER_READS.contains(methodName);
  }

  /** Whether a call of this simple name with no arguments gives a JSON value's text ({@link #JSON_TEXT_READS}). */
  public static boolean isJsonTextRead(String methodName) {
    return JSON_TEXT_READS.contains(methodName);
  }

  /** {@code System.getenv()}, which, called with no argument, returns the whole environment. */
  public static MethodRef wholeEnvironment() {
    return WHOLE_ENVIRONMENT;
  }

  /** How messages name the whole environment logged: {@code 'System.getenv()' (every environment variable)}. */
  public static String wholeEnvironmentSubject() {
    return "'System.getenv()' (every environment variable, credentials included)";
  }

  /**
   * Whether a call's name mentions a secret term only to describe it, so that its result is not the secret:
   * {@code nextToken}, {@code parseToken}, {@code getTokenCount}, {@code validateApiKey}. Used to vouch for a local
   * named like a secret that is only ever assigned such results ({@code String token = tokenizer.nextToken()}).
   */
  public boolean describesSecretWithoutHoldingIt(String methodName) {
    String property = methodName.startsWith("get") && methodName.length() > 3 ? methodName.substring(3) : methodName;
    List<String> words = words(property);
    for (int start = 0; start < words.size(); start++) {
      if (longestTermEnd(words, start) >= 0) {
        return !hasUnqualifiedSecretTerm(words);
      }
    }
    return false;
  }

  /**
   * Whether a call of this simple name with no arguments is a getter or accessor of a secret: {@code getApiKey},
   * {@code apiKey}, {@code getClientSecret} — not {@code getTotalTokens}, {@code getApiKeyMasked},
   * {@code isTokenValid}.
   */
  public boolean isSecretGetterName(String methodName) {
    String property = getterProperty(methodName);
    return property != null && isSecretName(property);
  }

  /**
   * Whether a collection's name says that each of its elements is a secret: a secret's name in the plural, its last
   * word one of {@link #SECRET_PLURALS} ({@code apiKeys}, {@code API_KEYS}, {@code accessTokens}, {@code passwords},
   * {@code fallbackSecrets}), where {@code meanings} hold. Not names or ids of secrets ({@code apiKeyNames},
   * {@code apiKeyIds}), nor bare {@code tokens}, pieces of model output as often as credentials.
   */
  public boolean isSecretCollectionName(String identifier, List<LibraryMeaning> meanings) {
    if (identifier == null) {
      return false;
    }
    List<String> words = words(identifier);
    if (words.isEmpty() || !SECRET_PLURALS.contains(words.get(words.size() - 1))) {
      return false;
    }
    String singular = identifier.substring(0, identifier.length() - 1);
    return !isBareToken(singular) && isSecretName(singular, meanings);
  }

  /** As {@link #isSecretCollectionName}, for the collection a getter reads ({@code getApiKeys()}, {@code apiKeys()}). */
  public boolean isSecretCollectionGetterName(String methodName, List<LibraryMeaning> meanings) {
    String property = getterProperty(methodName);
    return property != null && isSecretCollectionName(property, meanings);
  }

  /** The property a getter reads ({@code ApiKey} of {@code getApiKey}), or {@code null} for a mask or a test. */
  private static String getterProperty(String methodName) {
    if (isMaskingMethodName(methodName)) {
      return null;
    }
    if (methodName.length() > 3 && methodName.startsWith("get") && Character.isUpperCase(methodName.charAt(3))) {
      return methodName.substring(3);
    }
    return methodName.startsWith("is") || methodName.startsWith("has") ? null : methodName;
  }

  /**
   * Whether an environment variable or configuration property key names a secret: {@code OPENAI_API_KEY},
   * {@code openai.api-key}, {@code spring.datasource.password} — not {@code app.max-tokens}, {@code token.ttl}.
   */
  public boolean isSecretKey(String key) {
    return key != null && NAME_SHAPED_KEY.matcher(key).matches() && (isSecretName(key) || carriesCredentials(key))
        && !CREDENTIAL_LOCATION_KEYS.contains(String.join(".", words(key)));
  }

  /**
   * Whether a key whose name mentions no secret holds one in its value: an exporter's headers
   * ({@code OTEL_EXPORTER_OTLP_HEADERS}, {@code otel.exporter.otlp.traces.headers}, where API keys travel) and
   * Kafka's {@code sasl.jaas.config} (also as the constant {@code SASL_JAAS_CONFIG}) — not
   * {@code OTEL_EXPORTER_OTLP_ENDPOINT} or {@code OTEL_EXPORTER_OTLP_HEADERS_FILE}.
   */
  public static boolean carriesCredentials(String key) {
    if (key == null) {
      return false;
    }
    List<String> words = words(key);
    if (words.isEmpty()) {
      return false;
    }
    if (CREDENTIAL_CONFIG_KEYS.contains(String.join(".", words))) {
      return true;
    }
    return words.get(words.size() - 1).equals(HEADERS_WORD) && words.stream().anyMatch(EXPORTER_WORDS::contains);
  }

  /**
   * Factories of typed header keys, whose first argument is the header's name: gRPC's {@code Metadata.Key.of(
   * "authorization", ASCII_STRING_MARSHALLER)}, read with {@code headers.get(key)}.
   */
  private static final List<MethodRef> HEADER_KEY_FACTORIES = List.of(new MethodRef("io.grpc.Metadata.Key", "of"));

  /** The factories of typed header keys ({@code Metadata.Key.of}), whose first argument names the header. */
  public static List<MethodRef> headerKeyFactories() {
    return HEADER_KEY_FACTORIES;
  }

  /** The calls that make an address of their arguments' text ({@code URI.create}, {@code HttpUrl.parse}). */
  public static List<MethodRef> addressFactories() {
    return ADDRESS_FACTORIES;
  }

  /** Whether constructing this type (canonical name) makes an address of its text arguments ({@code new URI(s)}). */
  public static boolean isAddressConstructor(String canonicalTypeName) {
    return canonicalTypeName != null && ADDRESS_CONSTRUCTORS.contains(canonicalTypeName);
  }

  /** The address and address builder types whose steps carry their arguments' text into the address. */
  public static List<AddressBuilder> addressBuilders() {
    return ADDRESS_BUILDERS;
  }

  /** Whether some address builder has a step of this name (a cheap first filter before the type is asked). */
  public static boolean isAddressStepName(String methodName) {
    return ADDRESS_STEP_NAMES.contains(methodName);
  }

  /**
   * The request type whose no-argument {@code methodName} reads its address ({@code okhttp3.Request} for
   * {@code url}), or {@code null}.
   */
  public static String requestTypeOfAddressRead(String methodName) {
    return REQUEST_ADDRESS_READS.get(methodName);
  }

  /** Whether a one-argument step of this name gives a request its address ({@code url(httpUrl)}). */
  public static boolean isRequestAddressStep(String methodName) {
    return REQUEST_ADDRESS_STEPS.contains(methodName);
  }

  /** The calls that encode their arguments reversibly ({@code Base64}, Basic authorization values). */
  public static List<MethodRef> credentialEncoders() {
    return CREDENTIAL_ENCODERS;
  }

  /**
   * Whether {@code method} of the type {@code canonicalTypeName} is a library read named like a secret that returns no
   * text ({@link #NO_TEXT_LIBRARY_READS}).
   */
  public static boolean readsNoText(String canonicalTypeName, String method) {
    for (Map.Entry<String, Set<String>> library : NO_TEXT_LIBRARY_READS.entrySet()) {
      if (canonicalTypeName.startsWith(library.getKey()) && library.getValue().contains(method)) {
        return true;
      }
    }
    return false;
  }

  /** The secret terms that libraries' own vocabularies give another meaning ({@link #LIBRARY_MEANINGS}). */
  public static List<LibraryMeaning> libraryMeanings() {
    return LIBRARY_MEANINGS;
  }

  /**
   * Whether {@code method} of the type {@code canonicalTypeName} reads a value that the library's vocabulary gives
   * another meaning: a getter of one of its types whose name holds the term and no other secret
   * ({@code CosmosItemResponse#getSessionToken}, a Cosmos session token).
   */
  public boolean readsLibraryMeaning(String canonicalTypeName, String method) {
    for (LibraryMeaning meaning : LIBRARY_MEANINGS) {
      if (meaning.isVendorType(canonicalTypeName) && isSecretGetterName(method)
          && !isSecretGetterName(method, List.of(meaning))) {
        return true;
      }
    }
    return false;
  }

  /** The calls that mint a new token by signing the claims they are given ({@link #TOKEN_MINTS}). */
  public static List<MethodRef> tokenMints() {
    return TOKEN_MINTS;
  }

  /** The calls that render an object as JSON with every property it exposes. */
  public static List<MethodRef> jsonRenderers() {
    return JSON_RENDERERS;
  }

  /** Whether an annotation of this simple name keeps a field or component out of the JSON. */
  public static boolean isJsonIgnore(String annotationSimpleName) {
    return JSON_IGNORE_ANNOTATIONS.contains(annotationSimpleName);
  }

  /** The request types whose whole header collection carries credentials. */
  public static Set<String> credentialRequestTypes() {
    return CREDENTIAL_REQUESTS;
  }

  /** Request types whose {@code toString} prints every header with its value ({@link #REQUESTS_PRINTING_HEADERS}). */
  public static Set<String> requestTypesPrintingHeaders() {
    return REQUESTS_PRINTING_HEADERS;
  }

  /** Whether a call of this simple name with no arguments returns a request's whole header collection. */
  public static boolean isHeaderCollection(String methodName) {
    return HEADER_COLLECTIONS.contains(methodName);
  }

  /** Whether a call of this simple name with no arguments returns every entry of a header collection. */
  public static boolean isWholeHeaderView(String methodName) {
    return WHOLE_HEADER_VIEWS.contains(methodName);
  }

  /** Whether a call of this simple name puts one entry, key first, into a map or a header collection. */
  public static boolean isEntryPut(String methodName) {
    return ENTRY_PUTS.contains(methodName);
  }

  /** Whether a call of this simple name puts an {@code Authorization} header built from its arguments. */
  public static boolean isAuthorizationPut(String methodName) {
    return AUTHORIZATION_PUTS.contains(methodName);
  }

  /** {@code Map.of(k1, v1, ...)}. */
  public static MethodRef mapOf() {
    return MAP_OF;
  }

  /** {@code Map.ofEntries(e1, ...)}. */
  public static MethodRef mapOfEntries() {
    return MAP_OF_ENTRIES;
  }

  /** {@code Map.entry(k, v)}. */
  public static MethodRef mapEntry() {
    return MAP_ENTRY;
  }

  /** {@code Optional.of(v)}, {@code Optional.ofNullable(v)}. */
  public static List<MethodRef> optionalFactories() {
    return OPTIONAL_FACTORIES;
  }

  /** Whether a step of this name hands each element of its receiver to the lambda it is given. */
  public static boolean isElementConsumer(String methodName) {
    return ELEMENT_CONSUMERS.contains(methodName);
  }

  /** Whether a no-lambda or filtering step of this name passes on its receiver's elements unchanged. */
  public static boolean isElementKeepingStep(String methodName) {
    return ELEMENT_KEEPING_STEPS.contains(methodName);
  }

  /** Whether a call of this simple name with no arguments reads a response's whole body. */
  public static boolean isResponseBody(String methodName) {
    return RESPONSE_BODIES.contains(methodName);
  }

  /** Whether a text is the address of an OAuth or token endpoint ({@code "https://auth.example.com/oauth2/token"}). */
  public static boolean isTokenEndpointAddress(String text) {
    return text != null && TOKEN_ENDPOINT_TEXT.matcher(text).find();
  }

  /**
   * Whether a variable's name says it holds a token endpoint's address: {@code tokenUrl}, {@code TOKEN_ENDPOINT},
   * {@code oauthUri} — not {@code baseUrl} or {@code tokenCount}.
   */
  public static boolean namesTokenEndpoint(String name) {
    if (name == null) {
      return false;
    }
    List<String> words = words(name);
    return (words.contains("token") || words.contains("oauth") || words.contains("oauth2"))
        && words.stream().anyMatch(ADDRESS_WORDS::contains);
  }

  /** How messages name the body of a token endpoint's response: {@code token response body of 'response'}. */
  public static String tokenResponseSubject(String responseName) {
    return "token response body of '" + responseName + "'";
  }

  /** Whether a method of this simple name with no parameters makes a value's implicit text. */
  public static boolean isToString(String methodName) {
    return TO_STRING.equals(methodName);
  }

  /**
   * The property key of a Spring {@code @Value} expression, if it is a single placeholder:
   * {@code openai.api-key} for {@code "${openai.api-key:}"}; {@code null} for anything else.
   */
  public static String placeholderKey(String valueExpression) {
    if (valueExpression == null) {
      return null;
    }
    String text = valueExpression.trim();
    if (!text.startsWith("${") || !text.endsWith("}") || text.indexOf("${", 2) >= 0) {
      return null;
    }
    String inner = text.substring(2, text.length() - 1);
    int colon = inner.indexOf(':');
    return (colon < 0 ? inner : inner.substring(0, colon)).trim();
  }

  /**
   * The spelling of a secret-bearing header for messages ({@code Authorization}, {@code X-Api-Key}, {@code Cookie}),
   * or {@code null} when {@code headerName} is not one. Matching ignores case.
   */
  public static String secretHeader(String headerName) {
    if (headerName == null) {
      return null;
    }
    return SECRET_HEADERS.get(headerName.trim().toLowerCase(Locale.ROOT));
  }

  /**
   * The secret-bearing header a constant's name stands for, when its value is not available (no type information):
   * {@code HttpHeaders.AUTHORIZATION}, {@code PROXY_AUTHORIZATION}, {@code X_API_KEY}, {@code COOKIE}.
   */
  public static String secretHeaderForConstantName(String constantName) {
    if (constantName == null) {
      return null;
    }
    return secretHeader(String.join("-", words(constantName)));
  }

  /** Whether a call of this simple name reads a request header by name ({@code request.getHeader(...)}). */
  public static boolean isHeaderRead(String methodName) {
    return HEADER_READS.contains(methodName);
  }

  /** Whether a call of this simple name reads an environment variable or property by key. */
  public static boolean isKeyedRead(String methodName) {
    return KEYED_READS.contains(methodName);
  }

  /** Whether an annotation of this simple name injects one request parameter ({@code @RequestParam}...). */
  public static boolean isRequestParameterAnnotation(String annotationSimpleName) {
    return REQUEST_PARAMETER_ANNOTATIONS.contains(annotationSimpleName);
  }

  /** Whether an annotation of this simple name injects a request header ({@code @RequestHeader}...). */
  public static boolean isHeaderAnnotation(String annotationSimpleName) {
    return HEADER_ANNOTATIONS.contains(annotationSimpleName);
  }

  /**
   * Simple names of annotations that inject every header of the request when they name none, into a parameter of one
   * of {@link #INJECTED_HEADER_COLLECTION_TYPES}: Spring's {@code @RequestHeader Map<String, String> headers}.
   */
  private static final Set<String> EVERY_HEADER_ANNOTATIONS = Set.of("RequestHeader");

  /**
   * Parameter types that an unnamed {@linkplain #EVERY_HEADER_ANNOTATIONS header annotation} fills with every header
   * and that print them when logged: a {@code Map}, Spring's {@code MultiValueMap} (named too, so that an engine
   * without the library's classes knows it) and {@code HttpHeaders} (which implements neither in Spring 7).
   */
  private static final List<String> INJECTED_HEADER_COLLECTION_TYPES = List.of(
      "java.util.Map", "org.springframework.util.MultiValueMap", "org.springframework.http.HttpHeaders");

  /** Whether an annotation of this simple name, naming no header, injects them all ({@code @RequestHeader}). */
  public static boolean injectsEveryHeaderUnnamed(String annotationSimpleName) {
    return EVERY_HEADER_ANNOTATIONS.contains(annotationSimpleName);
  }

  /** The parameter types that receive every header of the request ({@link #INJECTED_HEADER_COLLECTION_TYPES}). */
  public static List<String> injectedHeaderCollectionTypes() {
    return INJECTED_HEADER_COLLECTION_TYPES;
  }

  /** The elements of a {@linkplain #isHeaderAnnotation header annotation} that may name the header, in order. */
  public static List<String> headerAnnotationElements() {
    return HEADER_ANNOTATION_ELEMENTS;
  }

  /**
   * Whether an annotation of this simple name injects a configuration property ({@code @Value("${openai.api-key}")})
   * whose key its {@code value} element holds as a {@linkplain #placeholderKey placeholder}.
   */
  public static boolean isPropertyAnnotation(String annotationSimpleName) {
    return PROPERTY_ANNOTATIONS.contains(annotationSimpleName);
  }

  /** Whether a call of this simple name passes its receiver's and arguments' text on whole. */
  public static boolean isPassThroughCall(String methodName) {
    return PASS_THROUGH_CALLS.contains(methodName);
  }

  /** Whether constructing this type (simple name) copies its arguments' text. */
  public static boolean isPassThroughConstructor(String typeSimpleName) {
    return typeSimpleName != null && PASS_THROUGH_CONSTRUCTORS.contains(typeSimpleName);
  }

  /** The canonical names of the log message types whose text is their constructor's arguments. */
  public static Set<String> logMessageTypes() {
    return LOG_MESSAGE_TYPES;
  }

  /** Whether this log message type (canonical name) formats a {@code java.util.Formatter} pattern. */
  public static boolean isPrintfLogMessageType(String canonicalTypeName) {
    return PRINTF_LOG_MESSAGE_TYPES.contains(canonicalTypeName);
  }

  /** The root of the types whose constructors take a message that a logger prints with the stack trace. */
  public static final String THROWABLE_TYPE = "java.lang.Throwable";

  /**
   * Whether a type of this simple name is named like an exception or an error ({@code IllegalStateException},
   * {@code ProviderError}, {@code Throwable}): its constructor makes its text arguments its message (and a cause its
   * "Caused by"), which a logger prints whole with the stack trace.
   */
  public static boolean isNamedLikeAThrowable(String typeSimpleName) {
    return typeSimpleName != null && (typeSimpleName.endsWith("Exception") || typeSimpleName.endsWith("Error")
        || typeSimpleName.equals("Throwable"));
  }

  /** Whether values of arrays of this element type ({@code char}, {@code byte}) can hold a secret's text. */
  public static boolean isTextArrayElement(String elementTypeName) {
    return elementTypeName != null && TEXT_ARRAY_ELEMENTS.contains(elementTypeName);
  }

  /** {@code StringJoiner#add}: it adds its argument's text to its receiver's. */
  public static MethodRef joinerAdd() {
    return JOINER_ADD;
  }

  /** Whether a call of this simple name adds its arguments' text to its receiver ({@code sb.append(x)}). */
  public static boolean isTextAppend(String methodName) {
    return TEXT_APPENDS.contains(methodName);
  }

  /** Whether a call of this simple name replaces a range of its receiver's text ({@code sb.replace(4, n, "****")}). */
  public static boolean isRangeReplace(String methodName) {
    return RANGE_REPLACE.equals(methodName);
  }

  /**
   * Whether a call of this simple name, with one argument, compares its receiver with it as text
   * ({@code "changeme".equals(password)}); {@code Objects.equals(a, b)} with two.
   */
  public static boolean isTextEquality(String methodName) {
    return TEXT_EQUALITIES.contains(methodName);
  }

  /** Whether a call of this simple name cuts a window out of its receiver's text ({@code s.substring(0, 6)}). */
  public static boolean isWindowCut(String methodName) {
    return WINDOW_CUT.equals(methodName);
  }

  /** Whether a call of this simple name with no arguments measures its receiver's text ({@code s.length()}). */
  public static boolean isLengthMeasure(String methodName) {
    return LENGTH_MEASURE.equals(methodName);
  }

  /**
   * Whether {@code owner#methodName} clamps a window's end ({@code Math.min(6, s.length())}), so that its constant
   * argument bounds the window.
   *
   * @param owner the declaring type's canonical name, or {@code null} when unknown (then it is no clamp)
   */
  public static boolean isWindowClamp(String owner, String methodName) {
    return WINDOW_CLAMP.owner().equals(owner) && WINDOW_CLAMP.method().equals(methodName);
  }

  /**
   * Whether a {@code substring} with these constant bounds keeps at most a short prefix: {@code substring(0, n)} with
   * {@code n <= 16}. {@code null} bounds are unknown and keep the whole value.
   */
  public static boolean isShortPrefix(Integer begin, Integer end) {
    return begin != null && end != null && begin == 0 && end >= 0 && end <= SHORT_WINDOW;
  }

  /** Whether {@code n} is a constant small enough for a prefix or suffix: {@code 0 <= n <= 16}. */
  public static boolean isShortLength(Integer n) {
    return n != null && n >= 0 && n <= SHORT_WINDOW;
  }

  /**
   * Whether a method's simple name says that it masks, hashes or shortens its argument: {@code mask},
   * {@code redactToken}, {@code sha256Hex}, {@code abbreviate}, {@code last4}, {@code keyPrefix}.
   */
  public static boolean isMaskingMethodName(String methodName) {
    for (String word : words(methodName)) {
      for (String stem : MASKING_STEMS) {
        if (word.startsWith(stem)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the user listed this method in {@code MaskingMethods}.
   *
   * @param ownerQualifiedName the declaring type's canonical name, or {@code null} when types are unknown: then the
   *     method name alone decides, which can only remove findings
   */
  public boolean isUserMaskingMethod(String ownerQualifiedName, String methodName) {
    for (MethodRef ref : maskingMethods) {
      if (ref.method().equals(methodName) && (ownerQualifiedName == null || ref.owner().equals(ownerQualifiedName))) {
        return true;
      }
    }
    return false;
  }

  /** The user's {@code MaskingMethods} entries. */
  public List<MethodRef> userMaskingMethods() {
    return maskingMethods;
  }

  /**
   * The user's {@code LoggingMethods} entries: in-house logging calls ({@code com.acme.AuditLog#record}), sinks
   * like a logger's {@code info}, every argument written to the log.
   */
  public List<MethodRef> userLoggingMethods() {
    return loggingMethods;
  }

  /** How messages name a variable, field or parameter: {@code 'apiKey'}. */
  public static String variableSubject(String name) {
    return "'" + name + "'";
  }

  /** How messages name a getter call: {@code 'getApiKey()'}. */
  public static String getterSubject(String methodName) {
    return "'" + methodName + "()'";
  }

  /** How messages name a header read, by the catalogue's spelling of the header: {@code header 'Authorization'}. */
  public static String headerSubject(String canonicalHeader) {
    return "header '" + canonicalHeader + "'";
  }

  /**
   * How messages name a map, {@code Properties} or header collection given a secret entry:
   * {@code 'props' holding 'sasl.jaas.config'}, {@code 'headers' holding header 'Authorization'}.
   */
  public static String holderSubject(String holderName, String entrySubject) {
    return "'" + holderName + "' holding " + entrySubject;
  }

  /** How messages name a parameter injected with every header of the request: {@code request headers 'headers'}. */
  public static String injectedHeadersSubject(String parameterName) {
    return "request headers '" + parameterName + "'";
  }

  /** How messages name a request's whole header collection: {@code headers of 'request'}. */
  public static String requestHeadersSubject(String requestName) {
    return "headers of '" + requestName + "'";
  }

  /**
   * How messages name a value whose text ({@code toString}) prints a secret field or record component:
   * {@code 'config' whose toString prints 'apiKey'}.
   */
  public static String printedFieldSubject(String valueName, String fieldSubject) {
    return "'" + valueName + "' whose toString prints " + fieldSubject;
  }

  /** How messages name an object rendered as JSON with a secret property: {@code 'config' whose JSON holds 'apiKey'}. */
  public static String serializedFieldSubject(String valueName, String fieldSubject) {
    return "'" + valueName + "' whose JSON holds " + fieldSubject;
  }

  /** How messages name an environment variable or property read, by its key: {@code 'OPENAI_API_KEY'}. */
  public static String keySubject(String key) {
    return "'" + key + "'";
  }

  /** The diagnostic both engines report at the logging call; {@code subject} comes from a {@code *Subject} method. */
  public static String message(String subject) {
    return "logs the full secret " + subject + ": log a short prefix or a mask instead";
  }

  /** The diagnostic for a secret recorded as a span or observation attribute: it names the secret, never its value. */
  public static String attributeMessage(String subject) {
    return "records the full secret " + subject + " as a telemetry attribute, which the tracing backend keeps and shows:"
        + " record a short prefix or a mask instead";
  }

  /** Whether a class of this simple name holds names rather than values ({@link #NAMES_HOLDER_SUFFIXES}). */
  public static boolean holdsNames(String simpleClassName) {
    return NAMES_HOLDER_SUFFIXES.stream().anyMatch(simpleClassName::endsWith);
  }

  /** A user term such as {@code license} is typically completed by {@code Key}, which then is no metadata. */
  private static boolean isMetadataWordAfterUserTerm(String word) {
    return METADATA_AFTER.contains(word) && !word.equals("key") && !word.equals("keys");
  }

  private static boolean hasUnqualifiedSecretTerm(List<String> words) {
    if (!words.isEmpty() && ABSENCE_FIRST.contains(words.get(0))) {
      // NO_CACHED_ACCESS_TOKEN, missingApiKeyMessage: a name that opens by saying the secret is absent holds none
      return false;
    }
    if (!words.isEmpty() && (FAILURE_MESSAGE_FIRST.contains(words.get(0))
        || words.size() > 1 && words.get(0).equals("failed") && words.get(1).equals("to"))) {
      // couldNotPersistCookies, failedToRefreshToken: a message bundle's key or a flag, named for what went wrong
      return false;
    }
    for (int start = 0; start < words.size(); start++) {
      int end = longestTermEnd(words, start);
      if (end < 0) {
        continue;
      }
      boolean qualifiedBefore = start > 0 && (METADATA_BEFORE.contains(words.get(start - 1))
          || (end == start && words.get(start).equals("token") && isNoCredentialBeforeToken(words.get(start - 1))));
      boolean bareToken = start == 0 && end == 0 && words.get(0).equals("token");
      boolean qualifiedAfter = false;
      for (int i = end + 1; i < words.size(); i++) {
        if (METADATA_AFTER.contains(words.get(i)) || (bareToken && TOKEN_PIECE_AFTER.contains(words.get(i)))) {
          qualifiedAfter = true;
          break;
        }
      }
      if (!qualifiedBefore && !qualifiedAfter) {
        return true;
      }
      start = end;
    }
    return false;
  }

  /** A word that, just before {@code token}, makes it a cursor, a lock, a usage count or a piece of model output. */
  private static boolean isNoCredentialBeforeToken(String word) {
    return CURSOR_BEFORE_TOKEN.contains(word) || OUTPUT_BEFORE_TOKEN.contains(word)
        || USAGE_OR_CODE_BEFORE_TOKEN.contains(word);
  }

  /** The index of the last word of the longest secret term starting at {@code start}, or -1. */
  private static int longestTermEnd(List<String> words, int start) {
    int found = -1;
    StringBuilder joined = new StringBuilder();
    for (int i = start; i < words.size() && i < start + 3; i++) {
      joined.append(words.get(i));
      if (SECRET_TERMS.contains(joined.toString())) {
        found = i;
      }
    }
    return found;
  }

  /**
   * The lower-case words of an identifier or key: {@code openAiAPIKey} → open, ai, api, key; {@code X_API_KEY} → x,
   * api, key; {@code openai.api-key} → openai, api, key; {@code last4} stays one word.
   */
  static List<String> words(String identifier) {
    List<String> words = new ArrayList<>();
    for (String segment : identifier.split("[^A-Za-z0-9]+", -1)) {
      int wordStart = 0;
      for (int i = 1; i < segment.length(); i++) {
        char previous = segment.charAt(i - 1);
        char current = segment.charAt(i);
        boolean lowerToUpper = (Character.isLowerCase(previous) || Character.isDigit(previous))
            && Character.isUpperCase(current);
        boolean acronymEnd = Character.isUpperCase(previous) && Character.isUpperCase(current)
            && i + 1 < segment.length() && Character.isLowerCase(segment.charAt(i + 1));
        if (lowerToUpper || acronymEnd) {
          words.add(segment.substring(wordStart, i).toLowerCase(Locale.ROOT));
          wordStart = i;
        }
      }
      if (wordStart < segment.length()) {
        words.add(segment.substring(wordStart).toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }
}
