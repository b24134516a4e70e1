package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Annotation;
import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.FieldDecl;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.MethodInfo;
import dev.tracelint.analysis.model.Modifier;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.SourceUnit;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.TypeDecl;
import dev.tracelint.analysis.model.TypeRef;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.MethodRef;
import dev.tracelint.catalog.RetryBuilderDefault;
import dev.tracelint.catalog.RetryCatalog;
import dev.tracelint.catalog.RetryCatalog.LibraryConstant;
import dev.tracelint.catalog.RetryCatalog.TimeBound;
import dev.tracelint.catalog.RetryProblem;
import dev.tracelint.catalog.RetrySetting;
import dev.tracelint.catalog.RetrySetting.ArgumentValue;
import dev.tracelint.catalog.RetrySetting.Site;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The retry-library settings of {@link RetryCatalog} in a unit, for UnboundedRetry and RetryWithoutBackoff: calls,
 * constructors and annotation elements whose constant arguments mean "no limit" or "no wait", builder chains written
 * in one expression that keep such a default, and, for "no limit", fluent chains that bound the retry by time instead.
 * Owners are matched by type ({@link TypeEvidence} when the engine has none); values by the engine's constant folding,
 * or, for the {@link RetryCatalog#LIBRARY_CONSTANTS}, by their catalogued value when their owner does not resolve.
 * Anything else (a variable, an expression, a placeholder) is unknown and matches nothing.
 */
final class RetrySettings {
  private static final RetryCatalog CATALOG = RetryCatalog.defaults();

  /** Fluent chains are followed this many links at most. */
  private static final int MAX_CHAIN = 200;

  private RetrySettings() {}

  /** Adds every setting of {@code problem} in the unit to {@code findings}: at the call, the {@code new}, the annotation. */
  static void addFindings(SourceUnit unit, RetryProblem problem, RetryFindings findings) {
    UnitIndex index = UnitIndex.of(unit);
    Set<String> names = new LinkedHashSet<>(CATALOG.settingNames());
    for (RetryBuilderDefault builder : RetryCatalog.builderDefaults()) {
      if (!builder.isConstructed()) {
        names.add(builder.start().method());
      }
    }
    for (String name : names) {
      for (Expr.Call call : index.callsNamed(name)) {
        RetrySetting setting = ofCall(call, problem);
        RetryBuilderDefault builder = setting == null ? ofBuilderDefault(call, problem) : null;
        if (setting != null && !inLibraryOf(unit, setting.target())
            && !RetrySettingDefinitions.offered(call, problem) && !recoversAConnection(call, setting.target(), problem)) {
          findings.add(call, setting.message());
        } else if (builder != null && !inLibraryOf(unit, builder.start())
            && !RetrySettingDefinitions.offered(call, problem)) {
          findings.add(call, builder.message());
        }
      }
    }
    if (problem == RetryProblem.UNBOUNDED) {
      for (MethodRef companionRetry : RetryCatalog.COMPANION_RETRIES) {
        for (Expr.Call call : index.callsNamed(companionRetry.method())) {
          if (endlessCompanion(call, companionRetry) && !inLibraryOf(unit, companionRetry)) {
            findings.add(call, RetryCatalog.unboundedCompanionMessage(call.name()));
          }
        }
      }
    }
    for (Node creation : index.all(Node.Kind.NEW)) {
      Expr.New created = (Expr.New) creation;
      RetrySetting setting = ofConstructor(created, problem);
      RetryBuilderDefault object = setting == null ? ofConstructedDefault(created, problem) : null;
      if (setting != null && !inLibraryOf(unit, setting.target())
          && !RetrySettingDefinitions.offered(created, problem)
          && !recoversAConnection(created, setting.target(), problem)) {
        findings.add(creation, setting.message());
      } else if (object != null && !inLibraryOf(unit, object.start())
          && !RetrySettingDefinitions.offered(created, problem)
          && !recoversAConnection(created, object.start(), problem)) {
        findings.add(creation, object.message(created.arguments().size()));
      }
    }
    for (Node annotation : index.all(Node.Kind.ANNOTATION)) {
      RetrySetting setting = ofAnnotation((Annotation) annotation, problem);
      if (setting != null && !inLibraryOf(unit, setting.target())) {
        findings.add(annotation, setting.message());
      }
    }
  }

  /**
   * {@code Retry.from(companion -> ...)} whose companion, a lambda written in place, holds nothing that may end or fail
   * it: no comparison, no {@code throw}, no call of {@link RetryCatalog#COMPANION_BOUND_NAMES}, in its own code or
   * its nested lambdas. A companion given by a variable, or one that calls a method reference or a helper of its own
   * class, is unknown.
   */
  private static boolean endlessCompanion(Expr.Call call, MethodRef companionRetry) {
    if (call.arguments().size() != 1 || !(call.arguments().get(0) instanceof Expr.Lambda)
        || !TypeEvidence.isCallTo(call, companionRetry)) {
      return false;
    }
    for (Node node : Nodes.all(call.arguments().get(0))) {
      if (node.kind() == Node.Kind.THROW
          || (node instanceof Expr.Binary && ((Expr.Binary) node).operator().isRelational())
          || (node instanceof Expr.Call && RetryCatalog.COMPANION_BOUND_NAMES.contains(((Expr.Call) node).name()))
          || node instanceof Expr.MethodRef || (node instanceof Expr.Call && ((Expr.Call) node).isOnThis())) {
        return false;
      }
    }
    return true;
  }

  /** Unlimited attempts, with a wait, recovering a long-lived connection ({@link ConnectionRecoveries}). */
  private static boolean recoversAConnection(Expr site, MethodRef target, RetryProblem problem) {
    return problem == RetryProblem.UNBOUNDED && ConnectionRecoveries.recoversAConnection(site, target);
  }

  /** The retry library's own code defines its settings and defaults; it does not configure a retry. */
  private static boolean inLibraryOf(SourceUnit unit, MethodRef owner) {
    return RetryCatalog.isRetryLibraryCode(unit.packageName(), owner);
  }

  private static RetrySetting ofCall(Expr.Call call, RetryProblem problem) {
    for (RetrySetting setting : CATALOG.settingsNamed(call.name())) {
      if (setting.site() == Site.METHOD_CALL && setting.problem() == problem
          && setting.acceptsArity(call.arguments().size())
          && TypeEvidence.isCallTo(call, setting.target())
          && argumentMatches(setting, call.arguments(), call.method())
          && !(RetryCatalog.isPublisherRetryOperator(setting.target())
              && TypeEvidence.givenNeitherCountNorPredicate(call))) {
        if (problem == RetryProblem.UNBOUNDED
                && (boundedByTimeInChain(call) || countSetAgainInChain(call, setting) || buildsOnlyABackOffHandedOn(call)
                    || DownstreamTimeBounds.bounded(call, outer -> isTimeBound(outer, true))
                    || isRetrySpec(setting) && (filterStopsOnAFlag(call) || retriedWorkGivesUpByADeadline(call)))
            || problem == RetryProblem.NO_WAIT && isRetrySpec(setting)
                && (filteredToImmediateRetryFailures(call) || waitsInAnAsyncHook(call)
                    || repairsACacheBeforeAFilteredRetry(call))
            || problem == RetryProblem.NO_WAIT && (retriesASelfPacedCall(call) || waitSetAgainInChain(call, setting)
                || retryTurnedOffInChain(call, setting))
            || retriesAStreamLeftOpen(call) || retriesAWorkIntake(call)
            || isRetrySpec(setting) && (filteredByARetryController(call) || switchesTargetOnFailure(call))) {
          return null;
        }
        return setting;
      }
    }
    return null;
  }

  /**
   * A Spring policy built only to take its backoff ({@code RetryPolicy.builder().maxRetries(Long.MAX_VALUE)},
   * {@code ..build().getBackOff()}), on the chain of {@code setting} or of the local builder it initialises, whose every
   * use is a chain on it: when every such backoff is returned, stored in a field or handed to a method of the unit, it
   * is judged as a backoff left unlimited is ("Defaults left unlimited": {@code return new FixedBackOff(delay)}), by
   * whoever takes it. A policy built for itself, a builder passed on, or a backoff given straight to a consumer that
   * does not count attempts stays reported.
   */
  private static boolean buildsOnlyABackOffHandedOn(Expr.Call setting) {
    List<Expr.Call> chains = new ArrayList<>();
    Expr top = Nodes.chainTop(setting);
    if (top.parent() instanceof Stmt.LocalVar && ((Stmt.LocalVar) top.parent()).initializer() == top) {
      Variable builder = ((Stmt.LocalVar) top.parent()).variable();
      Node owner = Nodes.enclosingCodeOwner(top);
      if (builder == null || owner == null) {
        return false;
      }
      for (Node node : Nodes.all(owner)) {
        if (node instanceof Expr && Nodes.isName((Expr) node, builder)) {
          if (!(node.parent() instanceof Expr.Call) || ((Expr.Call) node.parent()).receiver() != node) {
            return false;
          }
          chains.add((Expr.Call) node.parent());
        }
      }
    } else {
      chains.add(setting);
    }
    boolean handedOn = false;
    for (Expr.Call chain : chains) {
      Expr.Call build = TypeEvidence.isCallTo(chain, RetryCatalog.SPRING_RETRY_POLICY_BUILD) ? chain : null;
      for (Expr.Call link : Nodes.callsChainedOn(chain)) {
        if (build == null && TypeEvidence.isCallTo(link, RetryCatalog.SPRING_RETRY_POLICY_BUILD)) {
          build = link;
        }
      }
      if (build == null) {
        continue;
      }
      if (!(build.parent() instanceof Expr.Call) || ((Expr.Call) build.parent()).receiver() != build
          || !TypeEvidence.isCallTo((Expr.Call) build.parent(), RetryCatalog.SPRING_RETRY_POLICY_BACK_OFF)
          || !isHandedOn((Expr.Call) build.parent())) {
        return false;
      }
      handedOn = true;
    }
    return handedOn;
  }

  /**
   * A backoff returned, assigned to a field, or given to a method of the unit or to a consumer that counts the
   * attempts itself: not to a consumer it would bound.
   */
  private static boolean isHandedOn(Expr backOff) {
    Node parent = backOff.parent();
    if (parent != null && parent.kind() == Node.Kind.RETURN) {
      return Nodes.enclosing(backOff, Expr.Lambda.class) == null;
    }
    if (parent instanceof Expr.Assign && ((Expr.Assign) parent).value() == backOff) {
      Variable target = Nodes.variableOf(((Expr.Assign) parent).target());
      return target != null && target.kind() == Variable.VarKind.FIELD;
    }
    return parent instanceof Expr.Call && ((Expr.Call) parent).arguments().contains(backOff)
        && (landsInUnit((Expr.Call) parent) || countsAttemptsItself((Expr.Call) parent));
  }

  /**
   * The builder default {@code start} leaves in place for {@code problem}, or {@code null}: {@code start} creates a
   * catalogued builder with no arguments, the chain above it reaches the build call without a break, and no call in
   * between overrides the default; or {@code start}'s chain is kept in a local variable whose every use is a chain of
   * calls on it, one of which builds, and none of those calls overrides the default. A builder passed on may be
   * configured elsewhere: unknown.
   */
  private static RetryBuilderDefault ofBuilderDefault(Expr.Call start, RetryProblem problem) {
    if (!start.arguments().isEmpty()) {
      return null;
    }
    for (RetryBuilderDefault builder : RetryCatalog.builderDefaults()) {
      if (builder.isConstructed() || builder.problem() != problem || !TypeEvidence.isCallTo(start, builder.start())) {
        continue;
      }
      List<String> chain = new ArrayList<>();
      Boolean built = followChain(start, builder, chain);
      // RetryPolicy.builder().withMaxRetries(0).build(): no retry, so no wait is missing
      if (Boolean.TRUE.equals(built)
          && turnsRetryingOff(Nodes.callsChainedOn(start), RetryCatalog.noRetryCounts(builder.start()))) {
        return null;
      }
      if (built == null && start.parent() != null) {
        built = keptInAVariable(Nodes.chainTop(start), builder, chain);
      }
      if (Boolean.TRUE.equals(built)) {
        return builder.fixedBy(chain) ? null : builder;
      }
    }
    return null;
  }

  /**
   * The constructed default {@code creation} leaves in place for {@code problem}, or {@code null}: it makes a
   * catalogued setting object ({@code new FixedBackOff()}) with a constructor that keeps the default, and the object
   * is passed to a consumer as an argument, directly or from the local variable it initialises, with no fixing call
   * made on that variable in its method ({@code backOff.setMaxAttempts(5)}, before or after). An object that is the
   * retry itself ({@code new RetryTemplate()}, a default with a build call) takes effect where the variable executes
   * it ({@code template.execute(..)}) or where a {@code @Bean} method returns it. Otherwise returned, stored in a
   * field, chained on, or passed to a method of the unit (which may configure it), it is unknown.
   */
  private static RetryBuilderDefault ofConstructedDefault(Expr.New creation, RetryProblem problem) {
    if (creation.anonymousBody() != null) {
      return null;
    }
    for (RetryBuilderDefault object : RetryCatalog.builderDefaults()) {
      if (!object.isConstructed() || object.problem() != problem
          || !object.leavesDefaultWith(creation.arguments().size())
          || !TypeEvidence.isExactly(creation.type(), creation.writtenType(), object.start().owner(),
              creation.unit())
          || !givenNoSettingArgument(creation, object)) {
        continue;
      }
      if (passedToConsumer(creation) || object.build() != null && publishedAsBean(creation)) {
        return object;
      }
      List<String> chain = new ArrayList<>();
      Boolean passed = keptInAVariable(creation, object, chain);
      return Boolean.TRUE.equals(passed) && !object.fixedBy(chain) ? object : null;
    }
    return null;
  }

  /**
   * Every argument of {@code creation} is known not to give the setting the object's default stands for
   * ({@link RetryBuilderDefault#settingArgumentType}): by the constructor's parameter types when the engine resolved
   * it; otherwise a lambda that takes parameters (a {@code BackOff}'s {@code start()} takes none) or a value whose
   * type's simple name ends with {@link RetryCatalog#RECOVERER_NAME_SUFFIX} ({@code DeadLetterPublishingRecoverer}).
   * Anything else may be the setting: unknown.
   */
  private static boolean givenNoSettingArgument(Expr.New creation, RetryBuilderDefault object) {
    String settingType = object.settingArgumentType();
    if (settingType == null || creation.arguments().isEmpty()) {
      return true;
    }
    List<TypeRef> parameters = creation.method().isResolved() ? creation.method().parameterTypes() : null;
    for (int i = 0; i < creation.arguments().size(); i++) {
      Expr argument = creation.arguments().get(i);
      if (parameters != null && i < parameters.size()) {
        if (!parameters.get(i).isSubtypeOf(settingType).isNo()) {
          return false;
        }
      } else if (!(argument instanceof Expr.Lambda && !((Expr.Lambda) argument).parameters().isEmpty())
          && !TypeEvidence.simpleTypeName(argument).endsWith(RetryCatalog.RECOVERER_NAME_SUFFIX)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code value} is an argument of a call or constructor that takes it over: not a call that only reports
   * ({@link RetryCatalog#isReportingName}), not a method or class of the unit, which may configure it, not a consumer
   * that counts the attempts itself, and not a call of a chain bounded by time
   * ({@code RetryPolicy.builder().backOff(backOff).timeout(..)}).
   */
  private static boolean passedToConsumer(Expr value) {
    if (!(value.parent() instanceof Expr.Invocation)
        || !((Expr.Invocation) value.parent()).arguments().contains(value)) {
      return false;
    }
    Expr.Invocation consumer = (Expr.Invocation) value.parent();
    if (consumer instanceof Expr.Call) {
      Expr.Call call = (Expr.Call) consumer;
      return !RetryCatalog.isReportingName(call.name()) && !landsInUnit(call) && !countsAttemptsItself(call)
          && !boundedByTimeInChain(call);
    }
    return consumer instanceof Expr.New && SameClassHelpers.receiverClass((Expr.New) consumer) == null;
  }

  /** A consumer that takes the backoff only for its delays ({@link RetryCatalog#ATTEMPT_COUNTING_BACKOFF_CONSUMERS}). */
  private static boolean countsAttemptsItself(Expr.Call call) {
    for (MethodRef consumer : RetryCatalog.ATTEMPT_COUNTING_BACKOFF_CONSUMERS) {
      if (TypeEvidence.isCallTo(call, consumer)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A call of a method or constructor of the unit ({@code this(..)}): the declaration the engine resolved; unresolved,
   * any method of the unit with that name and number of arguments (or varargs).
   */
  private static boolean landsInUnit(Expr.Call call) {
    if (call.receiver() == null && call.name().equals("this")) {
      return true;
    }
    MethodInfo target = call.method();
    if (target.isResolved()) {
      return target.declaration() != null;
    }
    for (MethodDecl method : UnitIndex.of(call.unit()).<MethodDecl>all(Node.Kind.METHOD)) {
      if (method.name().equals(call.name())
          && (method.parameters().size() == call.arguments().size() || method.isVarargs())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Follows the chain above {@code from}, adding its calls' names to {@code chain}: {@code true} when it reaches the
   * build call, {@code null} when it ends before.
   */
  private static Boolean followChain(Expr from, RetryBuilderDefault builder, List<String> chain) {
    for (Expr.Call link : Nodes.callsChainedOn(from)) {
      if (builder.build() != null && TypeEvidence.isCallTo(link, builder.build())) {
        return true;
      }
      chain.add(link.name());
    }
    return null;
  }

  /**
   * A builder or setting object kept in a local variable ({@code RetryerBuilder<T> b = RetryerBuilder.newBuilder();},
   * {@code FixedBackOff backOff = new FixedBackOff();}): {@code true} when every use of the variable in its method is
   * the start of a chain of calls on it ({@code b.withX(..)}, {@code b.build()}), their names added to
   * {@code chain}, or, for a setting object, an argument of a consumer ({@link #passedToConsumer}) or of a call that
   * only reports it; and one use builds or passes the object to a consumer. {@code null} when the variable is used
   * otherwise (passed to a method of the unit, returned, assigned: it may be configured elsewhere), or nothing builds.
   */
  private static Boolean keptInAVariable(Expr top, RetryBuilderDefault builder, List<String> chain) {
    if (!(top.parent() instanceof Stmt.LocalVar) || ((Stmt.LocalVar) top.parent()).initializer() != top) {
      return null;
    }
    Variable variable = ((Stmt.LocalVar) top.parent()).variable();
    Node owner = Nodes.enclosingCodeOwner(top);
    if (owner == null || variable == null) {
      return null;
    }
    boolean built = false;
    for (Node node : Nodes.all(owner)) {
      if (!(node instanceof Expr) || !Nodes.isName((Expr) node, variable)) {
        continue;
      }
      if (builder.isConstructed() && (passedToConsumer((Expr) node)
          || builder.build() != null && publishedAsBean((Expr) node))) {
        built = true;
        continue;
      }
      if (builder.isConstructed() && node.parent() instanceof Expr.Call
          && RetryCatalog.isReportingName(((Expr.Call) node.parent()).name())
          && ((Expr.Call) node.parent()).arguments().contains(node)) {
        continue;
      }
      if (!(node.parent() instanceof Expr.Call) || ((Expr.Call) node.parent()).receiver() != node) {
        return null;
      }
      Expr.Call first = (Expr.Call) node.parent();
      if (builder.build() != null && TypeEvidence.isCallTo(first, builder.build())) {
        built = true;
        continue;
      }
      chain.add(first.name());
      built |= Boolean.TRUE.equals(followChain(first, builder, chain));
    }
    return built ? Boolean.TRUE : null;
  }

  /** {@code return template;} in a method annotated {@code @Bean} ({@link RetryCatalog#BEAN_FACTORY_ANNOTATION}). */
  private static boolean publishedAsBean(Expr value) {
    if (value.parent() == null || value.parent().kind() != Node.Kind.RETURN
        || ((Stmt.Jump) value.parent()).expression() != value) {
      return false;
    }
    MethodDecl method = Nodes.enclosing(value, MethodDecl.class);
    return method != null && Nodes.enclosing(value, Expr.Lambda.class) == null
        && method.annotations().stream().anyMatch(annotation -> TypeEvidence.isExactly(annotation.type(),
            annotation.writtenName(), RetryCatalog.BEAN_FACTORY_ANNOTATION, value.unit()));
  }

  private static RetrySetting ofConstructor(Expr.New creation, RetryProblem problem) {
    if (creation.anonymousBody() != null) {
      return null;
    }
    for (RetrySetting setting : CATALOG.settingsNamed(RetrySetting.CONSTRUCTOR)) {
      if (setting.site() == Site.CONSTRUCTOR_CALL && setting.problem() == problem
          && setting.acceptsArity(creation.arguments().size())
          && TypeEvidence.isExactly(creation.type(), creation.writtenType(), setting.target().owner(), creation.unit())
          && argumentMatches(setting, creation.arguments(), creation.method())) {
        return setting;
      }
    }
    return null;
  }

  private static RetrySetting ofAnnotation(Annotation annotation, RetryProblem problem) {
    for (Map.Entry<String, Expr> element : annotation.elements().entrySet()) {
      for (RetrySetting setting : CATALOG.settingsNamed(element.getKey())) {
        if (setting.site() == Site.ANNOTATION_ELEMENT && setting.problem() == problem
            && TypeEvidence.isExactly(annotation.type(), annotation.writtenName(), setting.target().owner(),
                annotation.unit())
            && valueMatches(element.getValue(), setting.value())
            && companionsAbsentOrZero(setting, annotation)) {
          return setting;
        }
      }
    }
    return null;
  }

  /**
   * A call of the fluent chain written on the setting sets the wait again with a value that is not a zero duration
   * ({@link RetryCatalog#waitOverrides}): {@code waitDuration(Duration.ZERO).intervalFunction(..)},
   * {@code Retry.backoff(3, Duration.ZERO).minBackoff(..)}; for a builder that reads its fields when it builds, a
   * call before the setting counts too ({@code jitter(..)} next to Spring's {@code delay(Duration.ZERO)}). A value
   * the engine cannot read (a parameter) may be a wait: it replaces the setting as well.
   */
  private static boolean waitSetAgainInChain(Expr.Call call, RetrySetting setting) {
    for (RetryCatalog.WaitOverride override : RetryCatalog.waitOverrides(setting.target())) {
      List<Expr.Call> links = new ArrayList<>(Nodes.callsChainedOn(call));
      if (override.eitherOrder()) {
        int steps = 0;
        for (Expr receiver = call.receiver(); receiver instanceof Expr.Call && steps++ < MAX_CHAIN;
            receiver = ((Expr.Call) receiver).receiver()) {
          links.add((Expr.Call) receiver);
        }
      }
      for (Expr.Call link : links) {
        if (link.name().equals(override.method()) && !link.arguments().isEmpty()
            && !isZeroDuration(link.arguments().get(0))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A call of the setting's fluent chain, before or after it, turns retrying off ({@link RetryCatalog#noRetryCounts}):
   * {@code RetryConfig.custom().maxAttempts(1).waitDuration(Duration.ZERO)}, {@code StandardRetryStrategy.builder()
   * .maxAttempts(1).backoffStrategy(BackoffStrategy.retryImmediately())}. Every such call must give the no-retry
   * constant: a later {@code maxAttempts(3)} makes it a retry again.
   */
  private static boolean retryTurnedOffInChain(Expr.Call call, RetrySetting setting) {
    List<RetryCatalog.NoRetryCount> counts = RetryCatalog.noRetryCounts(setting.target());
    if (counts.isEmpty()) {
      return false;
    }
    List<Expr.Call> after = callsTheSettingIsIn(call);
    List<Expr.Call> chain = new ArrayList<>(after);
    chain.addAll(callsBelow(call, after));
    return turnsRetryingOff(chain, counts);
  }

  /** Whether {@code chain} sets the attempt count, and every time to the constant of no retry ({@code counts}). */
  private static boolean turnsRetryingOff(List<Expr.Call> chain, List<RetryCatalog.NoRetryCount> counts) {
    boolean turnedOff = false;
    for (Expr.Call link : chain) {
      for (RetryCatalog.NoRetryCount count : counts) {
        if (!link.name().equals(count.method()) || link.arguments().size() != 1) {
          continue;
        }
        Number value = number(link.arguments().get(0));
        if (value == null || value.longValue() != count.noRetryCount()) {
          return false;
        }
        turnedOff = true;
      }
    }
    return turnedOff;
  }

  /**
   * A call of the fluent chain written on the setting sets the attempt count again with a value that is not unlimited
   * ({@link RetryCatalog#countOverrides}): {@code Retry.backoff(Long.MAX_VALUE, minBackoff).maxAttempts(5)}. The last
   * count given is the one the retry keeps; a value the engine cannot read (a parameter) may be a bound, as a first
   * count given so would be.
   */
  private static boolean countSetAgainInChain(Expr.Call call, RetrySetting setting) {
    for (RetryCatalog.CountOverride override : RetryCatalog.countOverrides(setting.target())) {
      for (Expr.Call link : Nodes.callsChainedOn(call)) {
        if (link.name().equals(override.method()) && link.arguments().size() == 1
            && !ArgumentValue.UNLIMITED_COUNT.matchesConstant(number(link.arguments().get(0)))) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code maxAttemptsExpression} next to {@code maxAttempts}, say: any value but zero overrides the setting. */
  private static boolean companionsAbsentOrZero(RetrySetting setting, Annotation annotation) {
    for (String companion : setting.absentOrZeroElements()) {
      Expr value = annotation.element(companion);
      if (value != null && !ArgumentValue.ZERO.matchesConstant(number(value))) {
        return false;
      }
    }
    return true;
  }

  private static boolean argumentMatches(RetrySetting setting, List<Expr> arguments, MethodInfo method) {
    int noRetry = setting.noRetryArgument();
    if (noRetry != RetrySetting.NO_ARGUMENT && noRetry < arguments.size()
        && ArgumentValue.ZERO.matchesConstant(number(arguments.get(noRetry)))) {
      return false;
    }
    if (setting.argument() == RetrySetting.NO_ARGUMENT) {
      return setting.value() == ArgumentValue.ANY;
    }
    if (setting.argument() >= arguments.size()) {
      return false;
    }
    Expr argument = arguments.get(setting.argument());
    if (setting.value() == ArgumentValue.ONE_PARAMETER_FUNCTION) {
      return isOneParameterFunction(argument, method, setting.argument());
    }
    return valueMatches(argument, setting.value());
  }

  private static boolean valueMatches(Expr value, ArgumentValue expected) {
    return expected == ArgumentValue.ZERO_DURATION ? isZeroDuration(value) : expected.matchesConstant(number(value));
  }

  /** The numeric constant an expression folds to, or {@code null}. */
  private static Number number(Expr expression) {
    Object constant = expression.constant();
    if (constant == null) {
      constant = unresolvedLibraryConstant(expression);
    }
    return constant instanceof Number ? (Number) constant : null;
  }

  /**
   * Without types a library constant does not fold: {@code FixedBackOff.UNLIMITED_ATTEMPTS} takes its value from the
   * catalogue ({@link RetryCatalog#LIBRARY_CONSTANTS}), and only when its owner does not resolve, so that resolved code
   * folds it the normal way.
   */
  private static Long unresolvedLibraryConstant(Expr expression) {
    if (!(expression instanceof Expr.FieldAccess)) {
      return null;
    }
    Expr.FieldAccess field = (Expr.FieldAccess) expression;
    for (LibraryConstant constant : RetryCatalog.LIBRARY_CONSTANTS) {
      MethodRef ref = constant.field();
      if (ref.method().equals(field.name()) && isUnresolvedOwner(field.receiver(), ref.owner())) {
        return constant.value();
      }
    }
    return null;
  }


  /**
   * {@code Duration.ZERO}, or {@code Duration.ofMillis(0)} and the other factories with a constant zero amount, however
   * written: qualified or statically imported; the same for the other duration types of the catalogue.
   */
  static boolean isZeroDuration(Expr argument) {
    return isZeroDuration(argument, true);
  }

  /**
   * As {@link #isZeroDuration(Expr)}; with {@code followConstant}, a final field of the unit whose initializer is a
   * zero duration ({@code static final Duration NO_PAUSE = Duration.ZERO;}) is one too, one step deep.
   */
  private static boolean isZeroDuration(Expr argument, boolean followConstant) {
    Variable field = Nodes.variableOf(argument);
    if (field != null) {
      if (RetryCatalog.ZERO_DURATION_FIELDS.stream()
          .anyMatch(zero -> field.name().equals(zero.method()) && zero.owner().equals(field.declaringType()))) {
        return true;
      }
      return followConstant && field.kind() == Variable.VarKind.FIELD && field.is(Modifier.FINAL)
          && field.declaration() instanceof FieldDecl && ((FieldDecl) field.declaration()).initializer() != null
          && isZeroDuration(((FieldDecl) field.declaration()).initializer(), false);
    }
    if (argument instanceof Expr.FieldAccess) {
      Expr.FieldAccess access = (Expr.FieldAccess) argument;
      return RetryCatalog.ZERO_DURATION_FIELDS.stream().anyMatch(zero -> zero.method().equals(access.name())
          && isUnresolvedOwner(access.receiver(), zero.owner()));
    }
    if (argument instanceof Expr.Call) {
      Expr.Call factory = (Expr.Call) argument;
      MethodInfo method = factory.method();
      String owner = method.isResolved() ? method.declaringType().qualifiedName() : unresolvedDurationOwner(factory);
      return owner != null && RetryCatalog.isZeroDurationFactory(owner, factory.name())
          && !factory.arguments().isEmpty()
          && ArgumentValue.ZERO.matchesConstant(number(factory.arguments().get(0)));
    }
    return false;
  }

  /**
   * The catalogued duration type a factory call names as its receiver when the engine could not resolve it (PMD
   * without an auxclasspath: {@code TimeValue.ofSeconds(0)} by its import), or {@code null}.
   */
  private static String unresolvedDurationOwner(Expr.Call factory) {
    for (MethodRef zero : RetryCatalog.ZERO_DURATION_FIELDS) {
      if (isUnresolvedOwner(factory.receiver(), zero.owner())) {
        return zero.owner();
      }
    }
    return null;
  }

  /** {@code receiver} names {@code owner} by an unresolved type name the unit's imports or names match. */
  private static boolean isUnresolvedOwner(Expr receiver, String owner) {
    return receiver instanceof Expr.TypeName && !((Expr.TypeName) receiver).type().isResolved()
        && TypeEvidence.isExactly(((Expr.TypeName) receiver).type(), ((Expr.TypeName) receiver).writtenName(), owner,
            receiver.unit());
  }

  /** RxJava's {@code retry(Predicate)}: a one-parameter lambda, or an argument of a one-parameter function type. */
  private static boolean isOneParameterFunction(Expr argument, MethodInfo method, int index) {
    if (argument instanceof Expr.Lambda) {
      return ((Expr.Lambda) argument).parameters().size() == 1;
    }
    List<TypeRef> parameters = method.parameterTypes();
    return parameters != null && index < parameters.size()
        && RetryCatalog.ONE_PARAMETER_FUNCTION_TYPES.contains(parameters.get(index).simpleName());
  }

  /**
   * A call of the same fluent chain bounds the retry by time. The chain reaches up through receivers and through the
   * call a setting is passed to ({@code mono.retryWhen(Retry.backoff(...)).timeout(...)}); calls after the setting
   * count for every time bound, calls before it only where order does not matter.
   */
  private static boolean boundedByTimeInChain(Expr.Call call) {
    List<Expr.Call> after = callsTheSettingIsIn(call);
    for (Expr.Call outer : after) {
      if (isTimeBound(outer, true)) {
        return true;
      }
    }
    for (Expr.Call before : callsBelow(call, after)) {
      if (isTimeBound(before, false)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A retry of a stream left open ({@link RetryCatalog#STREAMS_LEFT_OPEN}) somewhere below it in the chain:
   * {@code out.sendString(lines).neverComplete().retryWhen(Retry.indefinitely())} sends the next lines after a
   * failure; nothing is repeated, so neither a limit nor a wait is missing.
   */
  private static boolean retriesAStreamLeftOpen(Expr.Call call) {
    for (Expr.Call before : callsBelow(call, callsTheSettingIsIn(call))) {
      for (MethodRef stream : RetryCatalog.STREAMS_LEFT_OPEN) {
        if (TypeEvidence.isCallTo(before, stream)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A retry of a publisher that takes the next piece of work each time it is subscribed
   * ({@code Mono.create(sink -> sink.success(source.receive())).repeat().retryWhen(Retry.indefinitely())},
   * {@code Mono.fromCallable(queue::poll)}): a resubscription after a failure takes the next item, as a draining loop
   * does; it does not repeat the failed one. The intake is a call in what is given to a link below the retry that
   * takes work with no argument naming what ({@code receive()}, {@code poll()}, {@code iterator.next()}) or is a
   * {@code poll}/{@code take}/{@code receive} with a timeout; {@code read(id)} is a request.
   */
  private static boolean retriesAWorkIntake(Expr.Call call) {
    // The links' own names say nothing: Reactor's next() and take(n) are operators, not intake.
    return anyInTheRetriedWork(call, node -> isIntakeWithoutTarget(node) || node instanceof Expr.MethodRef
        && RetryCatalog.WORK_INTAKE_METHOD_NAMES.contains(((Expr.MethodRef) node).name())
        && !RetryCatalog.WORK_INTAKE_NAMES_TAKING_A_TARGET.contains(((Expr.MethodRef) node).name()));
  }

  /**
   * A retry of a publisher that a self-paced call makes or runs ({@code container.createItem(item, options)
   * .retryWhen(Retry.max(5))}, {@code Mono.fromRunnable(() -> consumer.commitSync())}): the client waits between its
   * own tries inside each attempt, as in a loop around the call (RetryWithoutBackoff, kind 1), so every
   * resubscription follows a paced attempt.
   */
  private static boolean retriesASelfPacedCall(Expr.Call call) {
    for (Expr.Call below : callsBelow(call, callsTheSettingIsIn(call))) {
      if (RetryWaits.isDefaultWait(below)) {
        return true;
      }
    }
    return anyInTheRetriedWork(call, node -> node instanceof Expr.Call && RetryWaits.isDefaultWait((Expr.Call) node));
  }

  /** Whether a node of what the retry resubscribes (what is given to the links below it) passes {@code test}. */
  private static boolean anyInTheRetriedWork(Expr.Call setting, Predicate<Node> test) {
    for (Expr.Call before : callsBelow(setting, callsTheSettingIsIn(setting))) {
      for (Expr argument : before.arguments()) {
        for (Node node : Nodes.all(argument)) {
          if (test.test(node)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean isIntakeWithoutTarget(Node node) {
    if (!(node instanceof Expr.Call) || !RetryLoops.isWorkIntake((Expr.Call) node)) {
      return false;
    }
    Expr.Call intake = (Expr.Call) node;
    return intake.arguments().isEmpty() || !RetryCatalog.WORK_INTAKE_NAMES_TAKING_A_TARGET.contains(intake.name())
        && !intake.name().startsWith("next");
  }

  /**
   * The calls {@code call} is a receiver or an argument of, outwards through its fluent chain
   * ({@code Retry.max(3)} in {@code mono.retryWhen(Retry.max(3)).timeout(..)}: {@code retryWhen}, {@code timeout}).
   */
  private static List<Expr.Call> callsTheSettingIsIn(Expr.Call call) {
    List<Expr.Call> after = new ArrayList<>();
    Expr current = call;
    int steps = 0;
    for (Node parent = call.parent(); parent instanceof Expr.Call && steps++ < MAX_CHAIN; parent = current.parent()) {
      Expr.Call outer = (Expr.Call) parent;
      if (outer.receiver() != current && !outer.arguments().contains(current)) {
        break;
      }
      after.add(outer);
      current = outer;
    }
    return after;
  }

  /** The calls below {@code call} and the calls {@code after} it, through receivers, other than those. */
  private static List<Expr.Call> callsBelow(Expr.Call call, List<Expr.Call> after) {
    List<Expr.Call> chain = new ArrayList<>(after);
    chain.add(call);
    List<Expr.Call> below = new ArrayList<>();
    int steps = 0;
    for (Expr.Call link : chain) {
      for (Expr receiver = link.receiver(); receiver instanceof Expr.Call && steps++ < MAX_CHAIN;
          receiver = ((Expr.Call) receiver).receiver()) {
        if (!after.contains(receiver)) {
          below.add((Expr.Call) receiver);
        }
      }
    }
    return below;
  }

  /**
   * A Reactor retry spec whose chain adds an asynchronous hook that waits: {@code doBeforeRetryAsync(..)} or
   * {@code doAfterRetryAsync(..)} given code that calls a wait by its name ({@code Mono.delay(..)},
   * {@code delayElement(..)}: {@link RetryCatalog#isWaitHelperName}). The retry waits for that publisher before going
   * on, so the attempts are paced by hand.
   */
  private static boolean waitsInAnAsyncHook(Expr.Call setting) {
    for (Expr.Call link : Nodes.callsChainedOn(setting)) {
      if (!RetryCatalog.RETRY_SPEC_ASYNC_HOOK_NAMES.contains(link.name())) {
        continue;
      }
      for (Expr argument : link.arguments()) {
        for (Node node : Nodes.all(argument)) {
          if (node instanceof Expr.Call && RetryCatalog.isWaitHelperName(((Expr.Call) node).name())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A setting that makes a Reactor retry spec ({@code Retry.max(n)}), whose {@code filter} says which failures. */
  private static boolean isRetrySpec(RetrySetting setting) {
    return RetryCatalog.RETRY_SPEC_OWNER.equals(setting.target().owner());
  }

  /**
   * A Reactor retry spec whose every filter in the chain above it ({@code Retry.max(1).filter(..)}) lets only
   * failures through that a retry may follow at once, the same catalogue entry the loop exemption reads
   * ({@link ImmediateRetryFailures#admitsOnly}: an expired session, a lost optimistic lock, a 409 conflict). Any other
   * filter, or none, leaves the setting reported.
   */
  private static boolean filteredToImmediateRetryFailures(Expr.Call setting) {
    boolean filtered = false;
    for (Expr.Call link : Nodes.callsChainedOn(setting)) {
      if (RetryCatalog.RETRY_SPEC_FILTER_NAMES.contains(link.name())) {
        if (link.arguments().size() != 1 || !ImmediateRetryFailures.admitsOnly(link.arguments().get(0))) {
          return false;
        }
        filtered = true;
      }
    }
    return filtered;
  }

  /**
   * A Reactor retry spec whose filter ends the retry once a stop flag is raised ({@link StopFlags}): the predicate,
   * written in place or returned by a method of the unit ({@code filter(loadRetryFilter(name))} over {@code return
   * t -> { if (shutdown.get()) throw new AlreadyShutdownException(); .. }}), throws or returns {@code false} under an
   * {@code if} that tests the flag, or is an {@code &&} one of whose operands is the flag negated ({@code t -> !closed
   * && isTransient(t)}). The retry runs until its owner shuts down, as a loop on a stop flag does.
   */
  private static boolean filterStopsOnAFlag(Expr.Call setting) {
    for (Expr.Call link : Nodes.callsChainedOn(setting)) {
      if (RetryCatalog.RETRY_SPEC_FILTER_NAMES.contains(link.name()) && link.arguments().size() == 1) {
        Expr.Lambda predicate = predicateOf(link.arguments().get(0));
        if (predicate != null && stopsOnAFlag(predicate)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A Reactor retry spec whose filters name the failure types it retries, and whose retried work raises a failure of
   * another type once a deadline test says the time is up ({@link DeadlineGiveUps}): the retry ends at that deadline.
   */
  private static boolean retriedWorkGivesUpByADeadline(Expr.Call setting) {
    Set<String> admitted = new HashSet<>();
    for (Expr.Call link : Nodes.callsChainedOn(setting)) {
      if (RetryCatalog.RETRY_SPEC_FILTER_NAMES.contains(link.name())) {
        Set<String> named =
            link.arguments().size() == 1 ? DeadlineGiveUps.admittedTypes(link.arguments().get(0)) : null;
        if (named == null) {
          return false;
        }
        admitted.addAll(named);
      }
    }
    return !admitted.isEmpty() && anyInTheRetriedWork(setting,
        node -> DeadlineGiveUps.givesUpByADeadline(node, admitted));
  }

  /** The lambda {@code filter} is, or the one a same-class helper it calls returns last; otherwise {@code null}. */
  private static Expr.Lambda predicateOf(Expr filter) {
    if (filter instanceof Expr.Lambda) {
      return (Expr.Lambda) filter;
    }
    MethodDecl helper = filter instanceof Expr.Call ? SameClassHelpers.target((Expr.Call) filter) : null;
    List<Stmt> statements = helper == null ? List.of() : helper.body().statements();
    Stmt last = statements.isEmpty() ? null : statements.get(statements.size() - 1);
    Expr value = last != null && last.kind() == Node.Kind.RETURN ? ((Stmt.Jump) last).expression() : null;
    return value instanceof Expr.Lambda ? (Expr.Lambda) value : null;
  }

  private static boolean stopsOnAFlag(Expr.Lambda predicate) {
    if (predicate.body() instanceof Expr) {
      Expr body = (Expr) predicate.body();
      return body instanceof Expr.Binary && ((Expr.Binary) body).operator() == Expr.Binary.Op.AND
          && (isNegatedStopFlag(((Expr.Binary) body).left()) || isNegatedStopFlag(((Expr.Binary) body).right()));
    }
    for (Node node : Nodes.inline(predicate.body())) {
      if (node instanceof Stmt.If && StopFlags.isRaisedStopFlag(((Stmt.If) node).condition())
          && refuses(((Stmt.If) node).thenStatement())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNegatedStopFlag(Expr operand) {
    return operand instanceof Expr.Unary && ((Expr.Unary) operand).operator() == Expr.Unary.Op.NOT
        && StopFlags.isRaisedStopFlag(((Expr.Unary) operand).operand());
  }

  /** A {@code throw}, or a {@code return false}, alone or ending a block. */
  private static boolean refuses(Stmt statement) {
    Stmt last = RetryLoops.endingStatement(statement);
    return last != null && (last.kind() == Node.Kind.THROW || last.kind() == Node.Kind.RETURN
        && ((Stmt.Jump) last).expression() instanceof Expr.Literal
        && Boolean.FALSE.equals(((Expr.Literal) ((Stmt.Jump) last).expression()).value()));
  }

  /**
   * A Reactor retry spec filtered by an object of a class of the unit that controls the retry: its
   * {@code test(failure)} changes the object's own fields (a counter, a once-only flag, the next target), and the
   * retried work reads the same object ({@code Mono.defer(() -> connect(handler)).retryWhen(Retry.indefinitely()
   * .filter(handler))}). Each attempt then follows what the failure taught it (a redirect, a challenge answered, a
   * reset tried once) and the filter can end the retry by its own state, which may be set in other files: the spec
   * is neither a blind repeat nor known to be endless. A lambda, a method reference, or an object the work does not
   * read is judged as before.
   */
  private static boolean filteredByARetryController(Expr.Call setting) {
    for (Expr.Call link : Nodes.callsChainedOn(setting)) {
      if (RetryCatalog.RETRY_SPEC_FILTER_NAMES.contains(link.name()) && link.arguments().size() == 1) {
        Expr filter = link.arguments().get(0);
        Variable controller = Nodes.variableOf(filter);
        TypeDecl type = controller == null ? null : SameClassHelpers.receiverClass(filter);
        if (type != null && testChangesOwnState(type) && retriedWorkReads(setting, controller)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A Reactor retry spec whose retried work switches targets when it fails: a failure hook in that work
   * ({@code onErrorResume}, {@code doOnError}...: {@link RetryCatalog#PUBLISHER_FAILURE_HOOK_NAMES}) gives a field
   * another variable's value ({@code scope = Scope.DATABASE}) and the work reads that field elsewhere
   * ({@code Mono.defer(() -> query(this.scope))}). The next attempt asks the other resource, as a loop's catch that
   * switches targets does (docs/rules/UnboundedRetry.md, point 6); a hook that only logs, or one that writes what the
   * work never reads, is judged as before.
   */
  private static boolean switchesTargetOnFailure(Expr.Call setting) {
    Set<Variable> switched = new HashSet<>();
    Set<Node> writes = new HashSet<>();
    for (Expr.Lambda hook : failureHooksInTheRetriedWork(setting)) {
      collectSwitches(hook, switched, writes);
    }
    return !switched.isEmpty() && anyInTheRetriedWork(setting, node -> node instanceof Expr && !writes.contains(node)
        && switched.contains(Nodes.variableOf((Expr) node)));
  }

  /**
   * A Reactor retry spec with a filter ({@code Retry.max(1).filter(this::isOwnerResourceNotExistsException)}) whose
   * retried work repairs a cache when it fails: a failure hook in that work refreshes or invalidates a cache
   * ({@link CacheRepairs#repairsACache}: {@code onErrorResume(t -> { if (isStale(t)) collectionCache.refresh(..);
   * return Mono.error(t); })}). The failure said the cached metadata was stale; the next attempt runs against fresh
   * metadata, a repair that no wait would help. A spec without a filter, or with one that lets through what a down
   * service raises ({@link CacheRepairs#admitsServiceFailures}: {@code e -> true}, {@code IOException.class::isInstance}),
   * a hook that only logs, or one attached after the retry, is judged as before.
   */
  private static boolean repairsACacheBeforeAFilteredRetry(Expr.Call setting) {
    boolean filtered = false;
    for (Expr.Call link : Nodes.callsChainedOn(setting)) {
      if (RetryCatalog.RETRY_SPEC_FILTER_NAMES.contains(link.name())) {
        if (link.arguments().size() != 1 || CacheRepairs.admitsServiceFailures(link.arguments().get(0))) {
          return false;
        }
        filtered = true;
      }
    }
    return filtered && failureHooksInTheRetriedWork(setting).stream().anyMatch(CacheRepairs::repairsACache);
  }

  /**
   * The functions given to failure hooks ({@link RetryCatalog#PUBLISHER_FAILURE_HOOK_NAMES}) in what the retry
   * resubscribes: the links below it in the chain and what is given to them ({@code Mono.defer(() ->
   * read().onErrorResume(..))}). Each runs when an attempt fails, before the retry goes round.
   */
  private static List<Expr.Lambda> failureHooksInTheRetriedWork(Expr.Call setting) {
    List<Expr.Lambda> hooks = new ArrayList<>();
    for (Expr.Call link : callsBelow(setting, callsTheSettingIsIn(setting))) {
      List<Node> candidates = new ArrayList<>(List.of(link));
      link.arguments().forEach(argument -> candidates.addAll(Nodes.all(argument)));
      for (Node node : candidates) {
        if (node instanceof Expr.Call && RetryCatalog.PUBLISHER_FAILURE_HOOK_NAMES.contains(((Expr.Call) node).name())) {
          for (Expr hook : ((Expr.Call) node).arguments()) {
            if (hook instanceof Expr.Lambda) {
              hooks.add((Expr.Lambda) hook);
            }
          }
        }
      }
    }
    return hooks;
  }

  /** The fields {@code hook} gives another variable's value, and the written expressions. */
  private static void collectSwitches(Expr.Lambda hook, Set<Variable> switched, Set<Node> writes) {
    for (Node node : Nodes.all(hook.body())) {
      if (node instanceof Expr.Assign && !((Expr.Assign) node).isCompound()) {
        Expr.Assign assignment = (Expr.Assign) node;
        Variable target = Nodes.variableOf(assignment.target());
        Variable source = Nodes.variableOf(assignment.value());
        if (target != null && target.kind() == Variable.VarKind.FIELD && source != null && source != target
            && !hook.parameters().contains(source)) {
          switched.add(target);
          writes.add(assignment.target());
        }
      }
    }
  }

  private static boolean testChangesOwnState(TypeDecl type) {
    for (MethodDecl method : type.methods()) {
      if (method.name().equals(RetryCatalog.RETRY_SPEC_FILTER_METHOD) && method.parameters().size() == 1
          && method.body() != null) {
        for (Node node : Nodes.all(method.body())) {
          Expr written = node instanceof Expr.Assign ? ((Expr.Assign) node).target()
              : node instanceof Expr.Unary && ((Expr.Unary) node).operator().isIncrementOrDecrement()
                  ? ((Expr.Unary) node).operand() : null;
          Variable field = written == null ? null : Nodes.variableOf(written);
          if (field != null && field.kind() == Variable.VarKind.FIELD && field.declaration() != null
              && Nodes.enclosingType(field.declaration()) == type) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether what the retry resubscribes (what is given to the links below it) reads {@code variable}. */
  private static boolean retriedWorkReads(Expr.Call setting, Variable variable) {
    return anyInTheRetriedWork(setting, node -> node instanceof Expr && Nodes.variableOf((Expr) node) == variable);
  }

  private static boolean isTimeBound(Expr.Call call, boolean followsTheSetting) {
    for (TimeBound bound : RetryCatalog.timeBounds()) {
      if ((followsTheSetting || !bound.mustFollow()) && TypeEvidence.isCallTo(call, bound.method())) {
        return true;
      }
    }
    return false;
  }
}
