package dev.tracelint.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracelint.catalog.RetrySetting.ArgumentValue;
import dev.tracelint.catalog.RetrySetting.Site;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RetryCatalogTest {

  private final RetryCatalog catalog = RetryCatalog.defaults();

  @Test
  void knowsTheJdkWaits() {
    assertEquals("java.lang.Thread", catalog.waitCallsNamed("sleep").get(0).method().owner());
    assertTrue(owners(catalog.waitCallsNamed("sleep")).contains("java.util.concurrent.TimeUnit"));
    assertEquals(2, catalog.waitCallsNamed("get").get(0).minArguments(), "Future#get only waits with a timeout");
    assertTrue(catalog.waitCallsNamed("onSpinWait").isEmpty(), "spinning is not waiting");
  }

  @Test
  void selfPacedClientCallsAreWaitsOfTheirOwnersOnly() {
    assertEquals(List.of("org.apache.kafka.clients.consumer.Consumer",
        "org.apache.kafka.clients.consumer.KafkaConsumer"), owners(catalog.waitCallsNamed("commitSync")));
    assertEquals(List.of("com.azure.cosmos.CosmosAsyncContainer", "com.azure.cosmos.CosmosContainer"),
        owners(catalog.waitCallsNamed("upsertItem")));
    assertTrue(catalog.waitCallsNamed("queryItems").isEmpty(), "a lazy paged query is not one paced call");
    assertTrue(catalog.waitCallsNamed("send").isEmpty(), "a producer's send fails without pacing itself");
  }

  @Test
  void attemptChecksAreNamedForACheckOrForTheAttempts() {
    for (String check : List.of("ensureAttemptsLeft", "checkState", "validateRetries", "registerAttempt",
        "throwIfExhausted", "allowsMoreTries")) {
      assertTrue(RetryCatalog.isAttemptCheckName(check), check);
    }
    for (String other : List.of("onCommitCompleted", "updateRegistry", "send", "checkout", "entry")) {
      assertFalse(RetryCatalog.isAttemptCheckName(other), other);
    }
  }

  @Test
  void expiryQuestionsAskWhetherTheTimeIsUp() {
    for (String question : List.of("hasExpired", "isExpired", "expired", "hasExpiredClientSide", "isTimedOut",
        "timedOut", "deadlineExceeded", "isDeadlinePassed")) {
      assertTrue(RetryCatalog.isExpiryQuestionName(question), question);
    }
    for (String other : List.of("expiresAt", "isExpiring", "expiry", "deadline", "timeout", "hasTimeout",
        "isExtended", "refreshExpired")) {
      assertFalse(RetryCatalog.isExpiryQuestionName(other), other);
    }
  }

  @Test
  void retryLibraryCodeIsTheLibrarysOwnPackages() {
    MethodRef noBackOff = new MethodRef("org.springframework.retry.backoff.NoBackOffPolicy", "<init>");
    assertTrue(RetryCatalog.isRetryLibraryCode("org.springframework.retry.support", noBackOff));
    assertTrue(RetryCatalog.isRetryLibraryCode("org.springframework.retry", noBackOff));
    assertFalse(RetryCatalog.isRetryLibraryCode("org.springframework.kafka.listener", noBackOff),
        "another library of the same organisation configures the retry");
    assertFalse(RetryCatalog.isRetryLibraryCode("org.springframework.retryable", noBackOff));
    MethodRef failsafe = new MethodRef("dev.failsafe.RetryPolicyBuilder", "withMaxRetries");
    assertTrue(RetryCatalog.isRetryLibraryCode("dev.failsafe.internal", failsafe));
    assertFalse(RetryCatalog.isRetryLibraryCode("dev.example.agent", failsafe),
        "a one-segment parent package is not a library");
    assertFalse(RetryCatalog.isRetryLibraryCode("", failsafe));
  }

  @Test
  void zeroIntervalOfAFixedBackOffDoesNotApplyWithoutRetries() {
    RetrySetting zeroInterval = RetryCatalog.settings().stream()
        .filter(s -> s.target().owner().equals("org.springframework.util.backoff.FixedBackOff")
            && s.problem() == RetryProblem.NO_WAIT && s.arity() == 2)
        .findFirst().orElseThrow();
    assertEquals(1, zeroInterval.noRetryArgument(), "new FixedBackOff(0, 0) retries zero times");
  }

  @Test
  void backoffMethodsExtendTheDefaults() {
    RetryCatalog extended =
        RetryCatalog.withBackoffMethods("RetryWithoutBackoff:BackoffMethods", "com.example.agent.Pacer#hold");
    assertEquals(List.of("com.example.agent.Pacer"), owners(extended.waitCallsNamed("hold")));
    assertFalse(extended.waitCallsNamed("sleep").isEmpty());
    assertTrue(catalog.waitCallsNamed("hold").isEmpty());
  }

  @Test
  void malformedBackoffMethodNamesTheEntry() {
    CatalogConfigurationException error = assertThrows(CatalogConfigurationException.class,
        () -> RetryCatalog.withBackoffMethods("RetryWithoutBackoff:BackoffMethods", "com.example.Pacer#hold, hold"));
    assertEquals("hold", error.entry());
    assertTrue(error.getMessage().contains("RetryWithoutBackoff:BackoffMethods"));
  }

  @Test
  void recognisesBackoffHelperNames() {
    assertTrue(RetryCatalog.isBackoffHelperName("sleepQuietly"));
    assertTrue(RetryCatalog.isBackoffHelperName("applyBackOff"));
    assertTrue(RetryCatalog.isBackoffHelperName("waitBeforeRetry"));
    assertTrue(RetryCatalog.isBackoffHelperName("pause"));
    assertFalse(RetryCatalog.isBackoffHelperName("send"));
    assertFalse(RetryCatalog.isBackoffHelperName("retry"));
  }

  @Test
  void workIntakeIsByName() {
    assertTrue(RetryCatalog.isWorkIntakeName("take"));
    assertTrue(RetryCatalog.isWorkIntakeName("poll"));
    assertFalse(RetryCatalog.isWorkIntakeName("send"));
    assertTrue(RetryCatalog.isWorkIntakeName("nextInt"));
    assertTrue(RetryCatalog.isWorkIntakeName("read"));
    assertFalse(RetryCatalog.isWorkIntakeName("nextBackOff"), "consulting a backoff is a wait, not intake");
    assertFalse(RetryCatalog.isWorkIntakeName("nextrun"));
    assertFalse(RetryCatalog.isWorkIntakeName("readValue"));
  }

  @Test
  void randomDrawsAreNamedLikeIntakeAndTheRuleTellsThemApartByReceiver() {
    for (String name : RetryCatalog.RANDOM_DRAW_NAMES) {
      assertTrue(RetryCatalog.isWorkIntakeName(name), name);
    }
    assertTrue(RetryCatalog.INPUT_TOKEN_READER_TYPE_NAMES.contains("Scanner"));
  }

  @Test
  void aQualifiedIntakeVerbTakesTheNextItemUnlessItSendsARequest() {
    for (String name : List.of("bufferedReceive", "blockingTake", "doDequeue", "tryReceive")) {
      assertTrue(RetryCatalog.isWorkIntakeName(name), name);
    }
    for (String name : List.of("sendReceive", "sendAndReceive", "requestTake", "Receive", "receiveAll", "overtake")) {
      assertFalse(RetryCatalog.isWorkIntakeName(name), name);
    }
  }

  @Test
  void intakeOfItemsIsAVerbFollowedByWhatIsTakenGivenOnlyQuantities() {
    assertTrue(RetryCatalog.isIntakeOfItemsName("takeMessages"));
    assertTrue(RetryCatalog.isIntakeOfItemsName("pollRecords"));
    assertTrue(RetryCatalog.isIntakeOfItemsName("receiveMessages"));
    assertFalse(RetryCatalog.isIntakeOfItemsName("take"), "the bare verbs are point 2's names");
    assertFalse(RetryCatalog.isIntakeOfItemsName("takeover"));
    assertFalse(RetryCatalog.isIntakeOfItemsName("pollDelay"), "a backoff helper");
    assertFalse(RetryCatalog.isIntakeOfItemsName("sendMessages"));
    assertTrue(RetryCatalog.isIntakeQuantityName("consumeBatchSize"));
    assertTrue(RetryCatalog.isIntakeQuantityName("MAX_POLL_RECORDS"));
    assertTrue(RetryCatalog.isIntakeQuantityName("getPullBatchSize"));
    assertFalse(RetryCatalog.isIntakeQuantityName("messageId"));
    assertFalse(RetryCatalog.isIntakeQuantityName("maximalist"), "whole words only");
    assertFalse(RetryCatalog.isIntakeQuantityName("queueName"));
  }

  @Test
  void tellsCountersAndReportingCallsApart() {
    assertTrue(RetryCatalog.isAttemptCounterName("attempt"));
    assertTrue(RetryCatalog.isAttemptCounterName("retryCount"));
    assertTrue(RetryCatalog.isAttemptCounterName("tries"));
    assertFalse(RetryCatalog.isAttemptCounterName("port"));
    assertFalse(RetryCatalog.isAttemptCounterName("i"));
    assertTrue(RetryCatalog.isReportingName("info"));
    assertFalse(RetryCatalog.isReportingName("bind"));
  }

  @Test
  void knowsConflictsAndInterruption() {
    assertTrue(RetryCatalog.isImmediateRetryException("OptimisticLockException"));
    assertTrue(RetryCatalog.isImmediateRetryException("ObjectOptimisticLockingFailureException"));
    assertTrue(RetryCatalog.isImmediateRetryException("TokenExpiredException"));
    assertTrue(RetryCatalog.isImmediateRetryException("UnauthorizedException"));
    assertFalse(RetryCatalog.isImmediateRetryException("IOException"));
    assertTrue(RetryCatalog.isImmediateRetryException("ConcurrentJobModificationException"),
        "a multi-word entry is a sequence of words, others may stand between");
    assertTrue(RetryCatalog.isImmediateRetryException("OptimisticEntityLockException"));
    assertTrue(RetryCatalog.isImmediateRetryException("StaleSessionStateException"));
    assertFalse(RetryCatalog.isImmediateRetryException("ModificationConcurrentException"), "in order only");
    assertFalse(RetryCatalog.isImmediateRetryException("StaleConnectionStatementException"),
        "State is a word, not a prefix");
    assertFalse(RetryCatalog.isImmediateRetryException("ConcurrentAccessException"));
    assertFalse(RetryCatalog.isImmediateRetryException("ExpiringCacheException"), "one-word entries as written");
    assertTrue(RetryCatalog.isImmediateRetryException("ConditionalCheckFailedException"), "a conditional write lost");
    assertTrue(RetryCatalog.isImmediateRetryException("StaleRunVersionException"), "Stale and Version, in order");
    assertTrue(RetryCatalog.isImmediateRetryException("StaleFileHandleException"), "reopening the path cures it");
    assertTrue(RetryCatalog.isImmediateRetryException("isStaleFileHandle"), "a predicate named for it");
    assertFalse(RetryCatalog.isImmediateRetryException("StaleConnectionException"), "a stale connection is I/O");
    assertFalse(RetryCatalog.isImmediateRetryException("VersionStaleException"), "in order only");
    assertTrue(RetryCatalog.isInterruption("InterruptedException"));
    assertFalse(RetryCatalog.isInterruption("InterruptedIOException"));
  }

  @Test
  void absenceIsToldByTheNameOfTheFailureOrOfItsClass() {
    for (String name : List.of("NoSuchTopicException", "ResourceNotFoundException", "FAIL_DOC_NOT_FOUND",
        "TableDoesNotExistException")) {
      assertTrue(RetryCatalog.isAbsenceName(name), name);
    }
    assertFalse(RetryCatalog.isAbsenceName("ServiceUnavailableException"));
    assertFalse(RetryCatalog.isAbsenceName(null));
    assertTrue(RetryCatalog.isCreatingName("createTopic"));
    assertTrue(RetryCatalog.isCreatingName("create"));
    assertFalse(RetryCatalog.isCreatingName("createdAt"), "a word that starts with create is another word");
  }

  @Test
  void wrongPasswordsAndLocalRacesNeedNoWait() {
    for (String name : List.of("KeyDecryptionFailedException", "InvalidPasswordException",
        "ArrayIndexOutOfBoundsException", "IndexOutOfBoundsException", "CancelledKeyException")) {
      assertTrue(RetryCatalog.isImmediateRetryException(name), name);
    }
    for (String name : List.of("SSLHandshakeException", "SocketTimeoutException", "ServiceUnavailableException",
        "ClosedChannelException")) {
      assertFalse(RetryCatalog.isImmediateRetryException(name), name);
    }
    assertFalse(RetryCatalog.isClassLoadingError(null), "a caught type the engine could not name");
  }

  @Test
  void unlimitedCountMatchesOnlyHugeIntegralConstants() {
    assertTrue(ArgumentValue.UNLIMITED_COUNT.matchesConstant(Integer.MAX_VALUE));
    assertTrue(ArgumentValue.UNLIMITED_COUNT.matchesConstant(Long.MAX_VALUE));
    assertFalse(ArgumentValue.UNLIMITED_COUNT.matchesConstant(3));
    assertFalse(ArgumentValue.UNLIMITED_COUNT.matchesConstant(-1));
    assertFalse(ArgumentValue.UNLIMITED_COUNT.matchesConstant(null));
    assertTrue(ArgumentValue.MINUS_ONE.matchesConstant(-1));
    assertTrue(ArgumentValue.MINUS_ONE.matchesConstant(-1L));
    assertFalse(ArgumentValue.MINUS_ONE.matchesConstant(1));
    assertTrue(ArgumentValue.ZERO.matchesConstant(0L));
    assertTrue(ArgumentValue.ZERO.matchesConstant(0));
    assertFalse(ArgumentValue.ZERO.matchesConstant(1000L));
    assertFalse(ArgumentValue.ANY.matchesConstant(0));
  }

  @Test
  void resilience4jMaxAttemptsIsUnboundedAtIntegerMaxValue() {
    RetrySetting setting = only(catalog.settingsNamed("maxAttempts"), "io.github.resilience4j.retry.RetryConfig.Builder");
    assertEquals(RetryProblem.UNBOUNDED, setting.problem());
    assertEquals(Site.METHOD_CALL, setting.site());
    assertEquals(0, setting.argument());
    assertTrue(setting.value().matchesConstant(Integer.MAX_VALUE));
    assertFalse(setting.value().matchesConstant(3));
    assertEquals("RetryConfig.Builder.maxAttempts(...) retries without limit while the call keeps failing:",
        setting.message().substring(0, setting.message().indexOf(':') + 1));
  }

  @Test
  void reactorRetryWithoutArgumentIsBothUnboundedAndImmediate() {
    List<RetrySetting> monoRetry = catalog.settingsNamed("retry").stream()
        .filter(s -> s.target().owner().equals("reactor.core.publisher.Mono")).collect(Collectors.toList());
    assertTrue(monoRetry.stream().anyMatch(s -> s.problem() == RetryProblem.UNBOUNDED && s.acceptsArity(0)));
    assertTrue(monoRetry.stream().anyMatch(s -> s.problem() == RetryProblem.NO_WAIT && s.acceptsArity(0)));
    assertTrue(monoRetry.stream().noneMatch(s -> s.problem() == RetryProblem.UNBOUNDED && s.acceptsArity(1)
        && s.value() == ArgumentValue.ANY), "retry(3) is bounded");
  }

  @Test
  void annotationSettingsNameTheElementsThatOverrideThem() {
    RetrySetting retryable = only(catalog.settingsNamed("maxAttempts"), "org.springframework.retry.annotation.Retryable");
    assertEquals(Site.ANNOTATION_ELEMENT, retryable.site());
    assertEquals(List.of("maxAttemptsExpression"), retryable.absentOrZeroElements());
    assertTrue(retryable.message().startsWith("@Retryable(maxAttempts = ...)"));
    RetrySetting backoff = only(catalog.settingsNamed("value"), "org.springframework.retry.annotation.Backoff");
    assertEquals(List.of("delay", "delayExpression"), backoff.absentOrZeroElements());
  }

  @Test
  void constructorsUseTheInitName() {
    List<RetrySetting> fixed = catalog.settingsNamed(RetrySetting.CONSTRUCTOR).stream()
        .filter(s -> s.target().owner().equals("org.springframework.util.backoff.FixedBackOff"))
        .collect(Collectors.toList());
    assertEquals(3, fixed.size());
    assertTrue(fixed.stream().allMatch(s -> s.site() == Site.CONSTRUCTOR_CALL));
    assertTrue(fixed.stream().anyMatch(s -> s.problem() == RetryProblem.UNBOUNDED && s.argument() == 1));
    assertTrue(fixed.get(0).message().startsWith("new FixedBackOff(...)"));
  }

  @Test
  void rxjavaPredicateOnlyRetryIsUnbounded() {
    assertTrue(catalog.settingsNamed("retry").stream().anyMatch(s ->
        s.target().owner().equals("io.reactivex.rxjava3.core.Single")
            && s.value() == ArgumentValue.ONE_PARAMETER_FUNCTION && s.problem() == RetryProblem.UNBOUNDED));
  }

  @Test
  void builderDefaultsAreClearedByTheirFixingCalls() {
    RetryBuilderDefault guavaStop = RetryCatalog.builderDefaults().stream()
        .filter(d -> d.start().method().equals("newBuilder") && d.problem() == RetryProblem.UNBOUNDED)
        .findFirst().orElseThrow();
    assertFalse(guavaStop.fixedBy(List.of("newBuilder", "retryIfException", "build")));
    assertTrue(guavaStop.fixedBy(List.of("newBuilder", "withStopStrategy", "build")));
    assertEquals("RetryerBuilder.newBuilder() builds a retry that never stops by default:",
        guavaStop.message().substring(0, guavaStop.message().indexOf(':') + 1));
    assertTrue(RetryCatalog.builderDefaults().stream().anyMatch(d ->
        d.start().toString().equals("dev.failsafe.RetryPolicy#builder") && d.problem() == RetryProblem.NO_WAIT
            && d.fixedBy(List.of("withBackoff"))));
  }

  @Test
  void springBackOffsAreConstructedDefaultsBoundedByTheirSetters() {
    RetryBuilderDefault fixed = RetryCatalog.builderDefaults().stream()
        .filter(d -> d.start().owner().equals("org.springframework.util.backoff.FixedBackOff"))
        .findFirst().orElseThrow();
    assertTrue(fixed.isConstructed());
    assertTrue(fixed.leavesDefaultWith(0) && fixed.leavesDefaultWith(1));
    assertFalse(fixed.leavesDefaultWith(2));
    assertTrue(fixed.fixedBy(List.of("setInterval", "setMaxAttempts")));
    assertFalse(fixed.fixedBy(List.of("setInterval")));
    assertEquals("new FixedBackOff() retries without limit by default: its maxAttempts is unlimited;"
        + " call setMaxAttempts(..)", fixed.message(0));
    RetryBuilderDefault exponential = RetryCatalog.builderDefaults().stream()
        .filter(d -> d.start().owner().equals("org.springframework.util.backoff.ExponentialBackOff"))
        .findFirst().orElseThrow();
    assertTrue(exponential.leavesDefaultWith(2) && exponential.fixedBy(List.of("setMaxElapsedTime")));
    assertTrue(exponential.message(2).startsWith("new ExponentialBackOff(...) retries without limit by default"));
  }

  @Test
  void zeroDurationFactories() {
    assertTrue(RetryCatalog.isZeroDurationFactory("java.time.Duration", "ofMillis"));
    assertTrue(RetryCatalog.isZeroDurationFactory("java.time.Duration", "of"));
    assertFalse(RetryCatalog.isZeroDurationFactory("java.time.Duration", "parse"));
    assertFalse(RetryCatalog.isZeroDurationFactory("java.time.Period", "ofDays"));
  }

  @Test
  void timeBoundsKnowWhetherOrderMatters() {
    assertTrue(RetryCatalog.timeBounds().stream().anyMatch(b ->
        b.method().toString().equals("reactor.core.publisher.Mono#timeout") && b.mustFollow()));
    assertTrue(RetryCatalog.timeBounds().stream().anyMatch(b ->
        b.method().toString().equals("dev.failsafe.RetryPolicyBuilder#withMaxDuration") && !b.mustFollow()));
  }

  @Test
  void cacheRepairsAreKnownByTheCacheAndTheRepairWord() {
    assertTrue(RetryCatalog.isCacheName("cache"));
    assertTrue(RetryCatalog.isCacheName("collectionCache"));
    assertTrue(RetryCatalog.isCacheName("getSchemaCache"));
    assertFalse(RetryCatalog.isCacheName("cacheManager"));
    assertFalse(RetryCatalog.isCacheName(null));
    assertTrue(RetryCatalog.isCacheRepairName("invalidate"));
    assertTrue(RetryCatalog.isCacheRepairName("invalidateAll"));
    assertTrue(RetryCatalog.isCacheRepairName("refresh"));
    assertFalse(RetryCatalog.isCacheRepairName("refreshed"));
    assertFalse(RetryCatalog.isCacheRepairName("reconnect"));
    assertFalse(RetryCatalog.isCacheRepairName("get"));
    assertTrue(RetryCatalog.isNamedCacheRepair("invalidateRoutingCache"));
    assertTrue(RetryCatalog.isNamedCacheRepair("clearCaches"));
    assertFalse(RetryCatalog.isNamedCacheRepair("invalidateToken"));
    assertFalse(RetryCatalog.isNamedCacheRepair("loadCache"));
  }

  @Test
  void serviceFailuresAreCatchAllsIoAndConnectionFailures() {
    for (String name : List.of("Exception", "Throwable", "RuntimeException", "IOException", "ConnectException",
        "SocketTimeoutException", "ServiceUnavailableException", "ThrottlingException")) {
      assertTrue(RetryCatalog.isServiceFailureException(name), name);
    }
    for (String name : List.of("PartitionMovedException", "SchemaNotFoundException", "StaleMetadataException")) {
      assertFalse(RetryCatalog.isServiceFailureException(name), name);
    }
  }

  @Test
  void messagesNameNoValues() {
    for (RetrySetting setting : RetryCatalog.settings()) {
      assertFalse(setting.message().contains("MAX_VALUE"), setting.message());
      assertFalse(setting.message().contains("-1"), setting.message());
    }
    assertTrue(RetryCatalog.unboundedRecursionMessage("send").startsWith("'send'"));
    assertEquals(RetryProblem.NO_WAIT.ruleName(), "RetryWithoutBackoff");
  }

  private static List<String> owners(List<RetryCatalog.WaitCall> waits) {
    return waits.stream().map(w -> w.method().owner()).collect(Collectors.toList());
  }

  private static RetrySetting only(List<RetrySetting> settings, String owner) {
    List<RetrySetting> matching =
        settings.stream().filter(s -> s.target().owner().equals(owner)).collect(Collectors.toList());
    assertEquals(1, matching.size(), owner);
    return matching.get(0);
  }
}
