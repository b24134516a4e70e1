package dev.tracelint.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretCatalogTest {

  private final SecretCatalog catalog = SecretCatalog.defaults();

  @Test
  void splitsIdentifiersIntoWordsInEveryCase() {
    assertEquals(List.of("open", "ai", "api", "key"), SecretCatalog.words("openAiAPIKey"));
    assertEquals(List.of("x", "api", "key"), SecretCatalog.words("X_API_KEY"));
    assertEquals(List.of("openai", "api", "key"), SecretCatalog.words("openai.api-key"));
    assertEquals(List.of("get", "last4"), SecretCatalog.words("getLast4"));
    assertEquals(List.of("oauth2", "token"), SecretCatalog.words("oauth2Token"));
  }

  @Test
  void recognisesSecretNamesInEverySpelling() {
    for (String name : List.of(
        "apiKey", "api_key", "API_KEY", "OPENAI_API_KEY", "openAiApiKey", "apikey", "accessKey", "secretKey",
        "aws_secret_access_key", "privateKey", "clientSecret", "CLIENT_SECRET", "secret", "webhookSecret", "token",
        "accessToken", "refresh_token", "bearerToken", "bearer", "password", "dbPassword", "DB_PASSWD", "pwd",
        "passphrase", "credentials", "credential", "authorization", "sessionCookie", "cookie", "jwt",
        "langfuseSecretKey", "apiKeyValue", "idToken", "newPassword", "resetToken", "generatedToken", "jws",
        "signedJws", "signingKey", "signingSecret", "hmacKey", "hmacSecret", "HMAC_KEY", "signatureKey",
        "webhookSigningSecret", "signatureSecret")) {
      assertTrue(catalog.isSecretName(name), name);
    }
  }

  @Test
  void aNameThatSaysItsSecretIsAbsentHoldsNone() {
    for (String name : List.of("NO_CACHED_ACCESS_TOKEN", "missingOpenAiApiKey", "withoutPassword", "noApiKey")) {
      assertFalse(catalog.isSecretName(name), name);
    }
    for (String name : List.of("cachedAccessToken", "knownApiKey", "notePassword")) {
      assertTrue(catalog.isSecretName(name), name);
    }
  }

  @Test
  void aNameThatReadsAsAFailureMessageHoldsNoSecret() {
    for (String name : List.of("couldNotPersistCookies", "cannotReadToken", "unableToRefreshAccessToken",
        "failedToDecryptPassword", "CANNOT_PARSE_API_KEY")) {
      assertFalse(catalog.isSecretName(name), name);
    }
    for (String name : List.of("failedToken", "rejectedApiKey", "unreadablePassword")) {
      assertTrue(catalog.isSecretName(name), name);
    }
  }

  @Test
  void streamedOutputWordsQualifyOnlyAToken() {
    for (String name : List.of("partialToken", "streamedToken", "deltaToken", "streamingToken")) {
      assertFalse(catalog.isSecretName(name), name);
    }
    for (String name : List.of("partialApiKey", "streamedPassword", "generatedToken", "newToken")) {
      assertTrue(catalog.isSecretName(name), name);
    }
  }

  @Test
  void usageAndCodeWordsQualifyOnlyAToken() {
    for (String name : List.of("promptToken", "inputToken", "outputToken", "reasoningToken", "typeToken",
        "methodToken", "functionToken", "toolToken", "lambdaToken")) {
      assertFalse(catalog.isSecretName(name), name);
    }
    for (String name : List.of("toolApiKey", "searchToolApiKey", "toolSecret", "functionSecret", "inputPassword",
        "outputApiKey", "methodApiToken", "toolAccessToken")) {
      assertTrue(catalog.isSecretName(name), name);
    }
  }

  @Test
  void aModelVendorsKeyIsItsApiKeyButABareKeyIsNot() {
    for (String name : List.of("openAiKey", "openaiKey", "OPENAI_KEY", "anthropicKey", "ANTHROPIC_KEY", "geminiKey",
        "mistralKey", "groqKey", "cohereKey", "huggingFaceKey", "pineconeKey", "tavilyKey", "langsmithKey")) {
      assertTrue(catalog.isSecretName(name), name);
    }
    for (String name : List.of("openAiKeyEnv", "OPENAI_KEY_NAME", "anthropicKeyId", "geminiKeyPrefix", "openAiModel",
        "cacheKey", "partitionKey", "routingKey", "idempotencyKey", "primaryKey", "sortKey", "openAiBaseUrl")) {
      assertFalse(catalog.isSecretName(name), name);
    }
  }

  @Test
  void readsWhatAFormatPatternPrintsWhole() {
    assertEquals(Set.of(0), SecretCatalog.printedInFull("key %s", 1));
    assertEquals(Set.of(), SecretCatalog.printedInFull("key %.6s...", 1));
    assertEquals(Set.of(), SecretCatalog.printedInFull("key %-10.8S%n", 1));
    assertEquals(Set.of(), SecretCatalog.printedInFull("key %.16s", 1));
    assertEquals(Set.of(0), SecretCatalog.printedInFull("key %.17s", 1));
    assertEquals(Set.of(0), SecretCatalog.printedInFull("key %20s", 1));
    assertEquals(Set.of(0), SecretCatalog.printedInFull("%2$.6s for %1$s", 2));
    assertEquals(Set.of(0), SecretCatalog.printedInFull("key %.4s (%<s)", 1));
    assertEquals(Set.of(0), SecretCatalog.printedInFull("user %s", 2));
    assertEquals(Set.of(0, 1), SecretCatalog.printedInFull("%d%% of %s", 2));
  }

  @Test
  void aPatternItCannotReadCountsEveryArgument() {
    assertNull(SecretCatalog.printedInFull("key {0}", 1));
    assertNull(SecretCatalog.printedInFull("no conversion", 1));
    assertNull(SecretCatalog.printedInFull("broken %", 1));
    assertNull(SecretCatalog.printedInFull("odd %<s", 1));
    assertNull(SecretCatalog.printedInFull("huge %99999999999$s", 1));
    assertNull(SecretCatalog.printedInFull(null, 1));
  }

  @Test
  void knowsTheWordsOfModelOutput() {
    for (String name : List.of("handleStreamedToken", "appendDelta", "chunkIndex", "tokenCount", "usage",
        "StreamingResponseHandler", "onPartialResponse", "printCompletion", "tokenIndex")) {
      assertTrue(SecretCatalog.speaksOfModelOutput(name), name);
    }
    for (String name : List.of("login", "retryCount", "AuthFilter", "handleToken", "acceptToken", "refresh")) {
      assertFalse(SecretCatalog.speaksOfModelOutput(name), name);
    }
    assertTrue(SecretCatalog.isAmbiguousHolderName("cookie"));
    assertTrue(SecretCatalog.isAmbiguousHolderName("token"));
    assertFalse(SecretCatalog.isAmbiguousHolderName("sessionCookie"));
  }

  @Test
  void leavesLlmTokenVocabularyAlone() {
    for (String name : List.of(
        "maxTokens", "MAX_TOKENS", "tokenCount", "promptTokens", "completionTokens", "totalTokens", "inputTokens",
        "outputTokens", "tokenUsage", "tokenizer", "TokenStream", "tokenLimit", "tokens", "tokenIndex",
        "nextToken", "pageToken", "continuationToken", "max_completion_tokens", "reasoningTokens", "cachedTokens",
        "trackingToken", "checkpointToken", "idempotencyToken", "mutationToken")) {
      assertFalse(catalog.isSecretName(name), name);
    }
  }

  @Test
  void leavesNamesOfSecretsAndMetadataAlone() {
    for (String name : List.of(
        "secretName", "apiKeyHeader", "API_KEY_ENV", "API_KEY_HEADER", "passwordPolicy", "keyPrefix", "publicKey",
        "apiKeyPrefix", "tokenExpiry", "tokenExpiresAt", "secretArn", "apiKeyId", "secretId", "tokenType",
        "tokenEndpoint", "tokenUrl", "passwordEncoder", "credentialsProvider", "hasApiKey", "isTokenValid",
        "maskedApiKey", "apiKeyMasked", "apiKeyHash", "passwordLength", "tokenTtl", "signatureAlgorithm",
        "AUTHORIZATION_HEADER", "secretsManager", "key", "cacheKey", "monkey", "sessionId", "author",
        "privateKeyAlias", "passwordSalt", "dummyPassword", "fakeToken", "credentialsPath", "authorizationServerUrl",
        "passwordMinLength", "methodSignature", "toolSignature", "cookieDomain", "cookieHttpOnly",
        "authorizationDecision", "passwordAttempts", "tokenRetryInterval", "jwsAlgorithm", "jwsHeader", "signature",
        "getSignature", "requestSignature", "expectedSignature", "SIGNATURE", "secretsRegion", "SECRETS_NAMESPACE",
        "credentialsNamespace", "vaultSecretZone")) {
      assertFalse(catalog.isSecretName(name), name);
    }
  }

  @Test
  void recognisesSecretGettersButNotMeasuresOrMasks() {
    for (String getter : List.of("getApiKey", "apiKey", "getClientSecret", "getPassword", "getToken", "token",
        "getAuthorization", "getCredentials")) {
      assertTrue(catalog.isSecretGetterName(getter), getter);
    }
    for (String getter : List.of("getTotalTokens", "getTokenCount", "getApiKeyMasked", "isTokenValid",
        "hasPassword", "getSecretName", "maskedToken", "getApiKeyPrefix", "getTokenizer", "getMaxTokens")) {
      assertFalse(catalog.isSecretGetterName(getter), getter);
    }
  }

  @Test
  void singlesOutTheAmbiguousBareTokenAndCallbacks() {
    assertTrue(SecretCatalog.isBareToken("token"));
    assertFalse(SecretCatalog.isBareToken("accessToken"));
    assertTrue(SecretCatalog.isCallbackMethodName("onNext"));
    assertTrue(SecretCatalog.isCallbackMethodName("onPartialResponse"));
    assertFalse(SecretCatalog.isCallbackMethodName("once"));
    assertFalse(SecretCatalog.isCallbackMethodName("login"));
    assertTrue(SecretCatalog.isCallbackMethodName("accept"));
    assertFalse(SecretCatalog.isCallbackMethodName("acceptToken"));
    assertFalse(SecretCatalog.isCallbackMethodName("handleToken"));
  }

  @Test
  void treatsPiecesOfTextCalledTokenAsTextButKeepsSecretText() {
    for (String name : List.of("tokenText", "tokenImage", "token_text", "tokenChunk", "tokenDelta", "tokenPiece")) {
      assertFalse(catalog.isSecretName(name), name);
    }
    for (String name : List.of("secretText", "passwordText", "accessTokenText", "apiKeyText", "tokenValue",
        "tokenString")) {
      assertTrue(catalog.isSecretName(name), name);
    }
  }

  @Test
  void knowsContentAndValueAccessors() {
    for (String name : List.of("getContent", "content", "text", "getText", "delta", "getOutput", "partialResponse")) {
      assertTrue(SecretCatalog.isContentAccessor(name), name);
    }
    for (String name : List.of("getToken", "getAccessToken", "getValue", "getBody", "toString", "compact")) {
      assertFalse(SecretCatalog.isContentAccessor(name), name);
    }
    for (String name : List.of("getValue", "value", "get", "orElseThrow")) {
      assertTrue(SecretCatalog.isValueAccessor(name, 0), name);
    }
    for (String name : List.of("orElse", "orElseGet", "orElseThrow")) {
      assertTrue(SecretCatalog.isValueAccessor(name, 1), name);
    }
    assertFalse(SecretCatalog.isValueAccessor("get", 1), "a keyed read, not an unwrap");
    assertFalse(SecretCatalog.isValueAccessor("orElse", 0));
    for (String name : List.of("authorizationHeader", "authHeader", "tokenCount", "apiKey", "bearerValue")) {
      assertTrue(catalog.mentionsSecret(name), name);
    }
    for (String name : List.of("line", "chunk", "data", "event", "payload", "author")) {
      assertFalse(catalog.mentionsSecret(name), name);
    }
    for (String name : List.of("substring", "trim", "strip")) {
      assertTrue(SecretCatalog.isTextCut(name), name);
    }
    for (String name : List.of("toString", "concat", "replace", "getBytes")) {
      assertFalse(SecretCatalog.isTextCut(name), name);
    }
    for (String name : List.of("getName", "getId", "getValueCount", "getOrDefault", "values")) {
      assertFalse(SecretCatalog.isValueAccessor(name, 0), name);
    }
    for (String name : List.of("asText", "textValue", "getAsString")) {
      assertTrue(SecretCatalog.isJsonTextRead(name), name);
    }
    for (String name : List.of("get", "path", "required", "getAsJsonPrimitive")) {
      assertTrue(SecretCatalog.isJsonMemberRead(name), name);
    }
    assertFalse(SecretCatalog.isJsonTextRead("toString"), "a JSON node's toString quotes its text");
  }

  @Test
  void recognisesCallsThatOnlyDescribeASecret() {
    for (String name : List.of("nextToken", "parseToken", "getTokenCount", "validateApiKey", "getSecretName")) {
      assertTrue(catalog.describesSecretWithoutHoldingIt(name), name);
    }
    for (String name : List.of("getToken", "generateToken", "createAccessToken", "fetch", "toString", "getApiKey")) {
      assertFalse(catalog.describesSecretWithoutHoldingIt(name), name);
    }
  }

  @Test
  void judgesEnvironmentAndPropertyKeys() {
    for (String key : List.of("OPENAI_API_KEY", "LANGFUSE_SECRET_KEY", "openai.api-key", "spring.datasource.password",
        "DD_API_KEY", "langsmith.api_key", "GOOGLE_API_KEY", "GOOGLE_CLIENT_SECRET")) {
      assertTrue(catalog.isSecretKey(key), key);
    }
    for (String key : List.of("app.max-tokens", "token.ttl", "OPENAI_BASE_URL", "secret.name", "sk live key",
        "HOME", "", "GOOGLE_APPLICATION_CREDENTIALS")) {
      assertFalse(catalog.isSecretKey(key), key);
    }
    for (String read : List.of("getenv", "getProperty", "get", "getOrDefault", "getFirst")) {
      assertTrue(SecretCatalog.isKeyedRead(read), read);
    }
    assertFalse(SecretCatalog.isKeyedRead("getAll"));
  }

  @Test
  void readsSpringPlaceholderKeys() {
    assertEquals("openai.api-key", SecretCatalog.placeholderKey("${openai.api-key}"));
    assertEquals("openai.api-key", SecretCatalog.placeholderKey("${openai.api-key:}"));
    assertEquals("a.token", SecretCatalog.placeholderKey(" ${a.token:default} "));
    assertNull(SecretCatalog.placeholderKey("#{systemProperties['x']}"));
    assertNull(SecretCatalog.placeholderKey("literal"));
    assertNull(SecretCatalog.placeholderKey("${a}${b}"));
    assertNull(SecretCatalog.placeholderKey(null));
  }

  @Test
  void knowsSecretHeadersByNameAndByConstant() {
    assertEquals("Authorization", SecretCatalog.secretHeader("authorization"));
    assertEquals("Proxy-Authorization", SecretCatalog.secretHeader("Proxy-Authorization"));
    assertEquals("X-Api-Key", SecretCatalog.secretHeader("X-API-KEY"));
    assertEquals("Cookie", SecretCatalog.secretHeader("Cookie"));
    assertNull(SecretCatalog.secretHeader("Content-Type"));
    assertNull(SecretCatalog.secretHeader("X-Request-Id"));
    assertEquals("Authorization", SecretCatalog.secretHeaderForConstantName("AUTHORIZATION"));
    assertEquals("Proxy-Authorization", SecretCatalog.secretHeaderForConstantName("PROXY_AUTHORIZATION"));
    assertEquals("X-Api-Key", SecretCatalog.secretHeaderForConstantName("X_API_KEY"));
    assertNull(SecretCatalog.secretHeaderForConstantName("CONTENT_TYPE"));
  }

  @Test
  void recognisesMaskingMethodNames() {
    for (String name : List.of("mask", "maskKey", "redact", "redactToken", "obfuscate", "hash", "sha256Hex",
        "digest", "fingerprint", "keyPrefix", "abbreviate", "truncate", "last4", "getLast4", "encrypt", "sanitize",
        "hashCode")) {
      assertTrue(SecretCatalog.isMaskingMethodName(name), name);
    }
    for (String name : List.of("format", "toString", "getApiKey", "trim", "append", "valueOf", "findByToken")) {
      assertFalse(SecretCatalog.isMaskingMethodName(name), name);
    }
  }

  @Test
  void treatsOnlySmallConstantWindowsAsPrefixes() {
    assertTrue(SecretCatalog.isShortPrefix(0, 4));
    assertTrue(SecretCatalog.isShortPrefix(0, 16));
    assertFalse(SecretCatalog.isShortPrefix(0, 17));
    assertFalse(SecretCatalog.isShortPrefix(7, 8));
    assertFalse(SecretCatalog.isShortPrefix(0, null));
    assertTrue(SecretCatalog.isShortLength(4));
    assertFalse(SecretCatalog.isShortLength(40));
    assertFalse(SecretCatalog.isShortLength(null));
  }

  @Test
  void knowsPassThroughCalls() {
    for (String name : List.of("format", "formatted", "valueOf", "join", "concat", "append", "toString", "trim")) {
      assertTrue(SecretCatalog.isPassThroughCall(name), name);
    }
    assertFalse(SecretCatalog.isPassThroughCall("substring"));
    assertFalse(SecretCatalog.isPassThroughCall("replaceAll"));
    assertFalse(SecretCatalog.isPassThroughCall("findByToken"));
    assertTrue(SecretCatalog.isPassThroughConstructor("StringBuilder"));
    assertFalse(SecretCatalog.isPassThroughConstructor("User"));
  }

  @Test
  void extendsSecretNamesWithTheUserRegex() {
    SecretCatalog extended =
        SecretCatalog.withUserEntries("FullSecretLogged:SecretNames", "(?i)licen[cs]e|dsn", "M", "");
    assertTrue(extended.isSecretName("licenseKey"));
    assertTrue(extended.isSecretName("sentryDsn"));
    assertFalse(extended.isSecretName("licenseName"));
    assertTrue(extended.isSecretName("apiKey"));
    assertFalse(catalog.isSecretName("licenseKey"));
  }

  @Test
  void findsTheUserRegexInEverySpellingOfAName() {
    SecretCatalog extended =
        SecretCatalog.withUserEntries("FullSecretLogged:SecretNames", "(?i)unseal|licen[cs]eKey", "M", "");
    assertTrue(extended.isSecretName("licenceKey"));
    assertTrue(extended.isSecretName("AGENT_LICENCE_KEY"));
    assertTrue(extended.isSecretName("agent_licence_key"));
    assertTrue(extended.isSecretKey("AGENT_LICENCE_KEY"));
    assertTrue(extended.isSecretKey("agent.licence.key"));
    assertTrue(extended.mentionsSecret("LICENSE_KEY_NAME"));
    assertFalse(extended.isSecretName("LICENSE_KEY_NAME"));
    assertFalse(extended.isSecretName("licenseKeyId"));
    assertFalse(extended.isSecretKey("AGENT_LICENCE_URL"));
    assertFalse(catalog.isSecretKey("AGENT_LICENCE_KEY"));
  }

  @Test
  void rejectsAnInvalidSecretNamesRegexNamingIt() {
    CatalogConfigurationException e = assertThrows(CatalogConfigurationException.class,
        () -> SecretCatalog.withUserEntries("FullSecretLogged:SecretNames", "(unclosed", "M", null));
    assertEquals("(unclosed", e.entry());
    assertTrue(e.getMessage().contains("FullSecretLogged:SecretNames"), e.getMessage());
    assertTrue(e.getMessage().contains("'(unclosed'"), e.getMessage());
  }

  @Test
  void rejectsASecretNamesRegexFoundInEveryName() {
    for (String everyName : java.util.List.of("(?i)licence|", "x*", "(?i)dsn|(licen[cs]e)?")) {
      CatalogConfigurationException e = assertThrows(CatalogConfigurationException.class,
          () -> SecretCatalog.withUserEntries("FullSecretLogged:SecretNames", everyName, "M", null));
      assertEquals(everyName, e.entry());
      assertTrue(e.getMessage().contains("matches the empty text"), e.getMessage());
    }
  }

  @Test
  void parsesMaskingMethodsAndRejectsMalformedEntries() {
    SecretCatalog extended = SecretCatalog.withUserEntries(
        "S", null, "FullSecretLogged:MaskingMethods", "com.example.Redactor#scrub, com.example.KeyView#getApiKey");
    assertTrue(extended.isUserMaskingMethod("com.example.Redactor", "scrub"));
    assertTrue(extended.isUserMaskingMethod(null, "getApiKey"));
    assertFalse(extended.isUserMaskingMethod("com.example.Other", "scrub"));
    assertFalse(catalog.isUserMaskingMethod(null, "scrub"));

    CatalogConfigurationException e = assertThrows(CatalogConfigurationException.class,
        () -> SecretCatalog.withUserEntries("S", null, "FullSecretLogged:MaskingMethods", "com.example.Redactor"));
    assertEquals("com.example.Redactor", e.entry());
    assertTrue(e.getMessage().contains("FullSecretLogged:MaskingMethods"), e.getMessage());
  }

  @Test
  void buildsOneMessageThatNamesButNeverQuotesAValue() {
    assertEquals("logs the full secret 'apiKey': log a short prefix or a mask instead",
        SecretCatalog.message(SecretCatalog.variableSubject("apiKey")));
    assertEquals("logs the full secret 'getApiKey()': log a short prefix or a mask instead",
        SecretCatalog.message(SecretCatalog.getterSubject("getApiKey")));
    assertEquals("logs the full secret header 'Authorization': log a short prefix or a mask instead",
        SecretCatalog.message(SecretCatalog.headerSubject("Authorization")));
  }

  @Test
  void saysWhichArgumentsOfATelemetryCallAreAttributeValues() {
    assertEquals(LoggingSinks.AttributeValues.AFTER_NAME,
        LoggingSinks.telemetryAttributeValues("io.opentelemetry.api.trace.Span", "setAttribute"));
    assertEquals(LoggingSinks.AttributeValues.AFTER_NAME,
        LoggingSinks.telemetryAttributeValues("io.opentelemetry.api.common.AttributesBuilder", "put"));
    assertEquals(LoggingSinks.AttributeValues.PAIRS,
        LoggingSinks.telemetryAttributeValues("io.opentelemetry.api.common.Attributes", "of"));
    assertEquals(LoggingSinks.AttributeValues.PAIRS,
        LoggingSinks.telemetryAttributeValues("io.micrometer.core.instrument.Timer.Builder", "tags"));
    assertNull(LoggingSinks.telemetryAttributeValues("io.opentelemetry.api.trace.Span", "end"));
    assertNull(LoggingSinks.telemetryAttributeValues("java.util.Map", "of"));
    assertTrue(LoggingSinks.telemetryAttributeMethodNames().containsAll(List.of("setAttribute", "of", "tag", "withTag")));
  }

  @Test
  void describesLoggingSinksPerLoggerType() {
    assertTrue(LoggingSinks.isSink("org.slf4j.Logger", "info"));
    assertTrue(LoggingSinks.isSink("org.slf4j.spi.LoggingEventBuilder", "addArgument"));
    assertTrue(LoggingSinks.isSink("org.apache.logging.log4j.Logger", "printf"));
    assertTrue(LoggingSinks.isSink("java.util.logging.Logger", "logp"));
    assertTrue(LoggingSinks.isSink("org.jboss.logging.BasicLogger", "infof"));
    assertTrue(LoggingSinks.isSink("org.apache.commons.logging.Log", "fatal"));
    assertTrue(LoggingSinks.isSink(LoggingSinks.PRINT_STREAM, "printf"));
    assertFalse(LoggingSinks.isSink("org.slf4j.Logger", "isDebugEnabled"));
    assertFalse(LoggingSinks.isSink("java.util.List", "add"));
    assertTrue(LoggingSinks.isLoggerName("LOGGER"));
    assertTrue(LoggingSinks.isLoggerName("auditLogger"));
    assertTrue(LoggingSinks.isLoggerName("log"));
    assertFalse(LoggingSinks.isLoggerName("catalog"));
    assertFalse(LoggingSinks.isLoggerName("blog"));
    assertTrue(LoggingSinks.isLoggerSinkName("warn"));
    assertFalse(LoggingSinks.isLoggerSinkName("println"));
    assertTrue(LoggingSinks.isLoggerFactory("getLogger"));
    assertFalse(LoggingSinks.isLoggerFactory("getLevel"));
  }

  @Test
  void namesTheCallsThatBuildAndCutText() {
    assertTrue(SecretCatalog.isTextAppend("append"));
    assertTrue(SecretCatalog.isTextAppend("insert"));
    assertFalse(SecretCatalog.isTextAppend("reverse"));
    assertTrue(SecretCatalog.isWindowCut("substring"));
    assertFalse(SecretCatalog.isWindowCut("subSequence"));
    assertTrue(SecretCatalog.isLengthMeasure("length"));
    assertTrue(SecretCatalog.isWindowClamp("java.lang.Math", "min"));
    assertFalse(SecretCatalog.isWindowClamp("java.lang.Math", "max"));
    assertFalse(SecretCatalog.isWindowClamp(null, "min"));
    assertTrue(SecretCatalog.isTextArrayElement("char"));
    assertFalse(SecretCatalog.isTextArrayElement("int"));
  }

  @Test
  void namesTheAnnotationsThatInjectSecrets() {
    assertTrue(SecretCatalog.isPropertyAnnotation("Value"));
    assertFalse(SecretCatalog.isPropertyAnnotation("Named"));
    assertTrue(SecretCatalog.isHeaderAnnotation("RequestHeader"));
    assertEquals(List.of("value", "name"), SecretCatalog.headerAnnotationElements());
  }

  @Test
  void aSessionTokenIsCosmosDbsConsistencyTokenOnlyWhereThatMeaningHolds() {
    List<SecretCatalog.LibraryMeaning> cosmos = SecretCatalog.libraryMeanings();
    for (String name : List.of("sessionToken", "SESSION_TOKEN", "globalSessionToken", "originalSessionToken",
        "session-token", "getSessionToken")) {
      assertTrue(catalog.isSecretName(name), name);
      assertFalse(catalog.isSecretName(name, cosmos), name);
    }
    // another secret beside it, or a word that says whose session it is, keeps the name a secret
    for (String name : List.of("awsSessionToken", "AWS_SESSION_TOKEN", "userSessionToken", "sessionTokenOrPassword",
        "masterKey", "resourceToken", "authorizationToken", "key")) {
      assertEquals(catalog.isSecretName(name), catalog.isSecretName(name, cosmos), name);
    }
    assertTrue(catalog.isSecretName("masterKey", cosmos));
    assertTrue(catalog.isSecretName("awsSessionToken", cosmos));
    assertTrue(catalog.isSecretName("sessionToken", List.of()));
    assertFalse(catalog.isSecretGetterName("getSessionToken", cosmos));
    assertTrue(catalog.isSecretGetterName("getSessionToken"));
    // the user's own names are never taken back
    assertTrue(SecretCatalog.withUserEntries("SecretNames", "(?i)sessionToken", "MaskingMethods", null)
        .isSecretName("sessionToken", cosmos));
  }

  @Test
  void knowsTheLibrariesWhoseSessionTokenIsNoCredential() {
    SecretCatalog.LibraryMeaning meaning = SecretCatalog.libraryMeanings().get(0);
    assertTrue(meaning.isVendorType("com.azure.cosmos.models.CosmosItemResponse"));
    assertTrue(meaning.isVendorType("com.microsoft.azure.documentdb.ResourceResponse"));
    assertTrue(meaning.isVendorType("com.microsoft.azure.cosmosdb.FeedResponse"));
    assertFalse(meaning.isVendorType("com.azure.cosmosx.Response"));
    assertTrue(meaning.isCredentialType("software.amazon.awssdk.auth.credentials.AwsSessionCredentials"));
    assertTrue(meaning.isCredentialType("com.amazonaws.auth.BasicSessionCredentials"));
    assertTrue(meaning.isCredentialType("jakarta.servlet.http.HttpSession"));
    assertTrue(catalog.readsLibraryMeaning("com.azure.cosmos.models.FeedResponse", "getSessionToken"));
    assertFalse(catalog.readsLibraryMeaning("com.azure.cosmos.CosmosClientBuilder", "getKey"));
    assertFalse(catalog.readsLibraryMeaning("com.amazonaws.auth.BasicSessionCredentials", "getSessionToken"));
  }

  @Test
  void typesAnEngineCouldNotNameHoldNoText() {
    assertTrue(SecretCatalog.isTextArrayElement("char"));
    assertFalse(SecretCatalog.isTextArrayElement(null), "an element type left unresolved, without its name");
    assertFalse(SecretCatalog.isPassThroughConstructor(null));
  }

  @Test
  void exceptionsAndErrorsAreKnownByTheirNames() {
    assertTrue(SecretCatalog.isNamedLikeAThrowable("IllegalStateException"));
    assertTrue(SecretCatalog.isNamedLikeAThrowable("ProviderError"));
    assertTrue(SecretCatalog.isNamedLikeAThrowable("Throwable"));
    assertFalse(SecretCatalog.isNamedLikeAThrowable("ErrorReport"));
    assertFalse(SecretCatalog.isNamedLikeAThrowable("KeyHolder"));
    assertFalse(SecretCatalog.isNamedLikeAThrowable(null));
  }

  @Test
  void collectionsNamedForTheirSecretsHoldSecrets() {
    for (String name : List.of("apiKeys", "API_KEYS", "accessTokens", "passwords", "fallbackSecrets", "credentials")) {
      assertTrue(catalog.isSecretCollectionName(name, List.of()), name);
    }
    for (String name : List.of("apiKeyNames", "apiKeyIds", "tokens", "keys", "secretStatus", "candidateKeys")) {
      assertFalse(catalog.isSecretCollectionName(name, List.of()), name);
    }
    assertTrue(catalog.isSecretCollectionGetterName("getPasswords", List.of()));
    assertFalse(catalog.isSecretCollectionGetterName("hasApiKeys", List.of()));
  }

  @Test
  void optionalsOfTextAreReadFromTheirDeclaration() {
    assertTrue(SecretCatalog.declaresOptionalOfText("private final Optional<String> apiKey = x;", "apiKey"));
    assertTrue(SecretCatalog.declaresOptionalOfText("void f(java.util.Optional< CharSequence > token) {}", "token"));
    assertFalse(SecretCatalog.declaresOptionalOfText("Optional<String> apiKeyName; Optional<char[]> apiKey", "apiKey"));
    assertFalse(SecretCatalog.declaresOptionalOfText("Optional<Duration> token", "token"));
  }

  @Test
  void addressStepsAddOnlyWhatTheyAreGiven() {
    SecretCatalog.AddressBuilder okHttp = addressBuilder("okhttp3.HttpUrl.Builder");
    assertTrue(okHttp.adds("addQueryParameter", 2));
    assertTrue(okHttp.adds("build", 0));
    assertFalse(okHttp.adds("host", 0), "url.host() reads a part, it adds none");
    assertTrue(okHttp.replaces("setQueryParameter"));
    SecretCatalog.AddressBuilder spring = addressBuilder("org.springframework.web.util.UriComponentsBuilder");
    assertTrue(spring.adds("queryParam", 2));
    assertTrue(spring.adds("toUriString", 0));
    assertTrue(spring.replaces("replaceQueryParam"));
    SecretCatalog.AddressBuilder apache = addressBuilder("org.apache.hc.core5.net.URIBuilder");
    assertTrue(apache.adds("addParameter", 2));
    assertTrue(apache.replaces("setParameter"), "setParameter(\"key\", \"REDACTED\") replaces the value");
    assertTrue(SecretCatalog.isAddressStepName("queryParam"));
    assertFalse(SecretCatalog.isAddressStepName("getHost"));
  }

  private static SecretCatalog.AddressBuilder addressBuilder(String type) {
    return SecretCatalog.addressBuilders().stream().filter(builder -> builder.type().equals(type)).findFirst()
        .orElseThrow();
  }
}
