package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.catalog.RetryCatalog;
import java.util.List;
import java.util.function.Predicate;

/**
 * Retries that repair a stale cache before going round (RetryWithoutBackoff, "What is not flagged"): the failure says
 * the cached metadata the attempt used is out of date, the failure path drops or reloads it
 * ({@code collectionCache.refresh(..)}, {@code cache.invalidate(key)}, {@code invalidateCache()}), and the next attempt
 * runs against fresh metadata: a repair, which no wait would help. Only where the failures that go round are specific:
 * a catch whose every type is one a down or overloaded service does not raise as well
 * ({@link RetryCatalog#isServiceFailureException}), or a Reactor spec whose every filter is neither a catch-all nor
 * such a type. A refresh after a connection failure repeats a request to a service that may be down, and stays
 * reported; so does a reconnect, which repairs nothing the failure said was stale.
 */
final class CacheRepairs {
  private CacheRepairs() {}

  /**
   * Whether {@code handler} catches only specific failures and repairs a cache on a way through it that does not
   * always leave the loop ({@code leaves}): {@code catch (StaleMetadataException e) { cache.invalidate(key); }}.
   */
  static boolean goesRoundAfterRepairingACache(Stmt.Catch handler, Predicate<Stmt> leaves) {
    List<String> caught = handler.caughtSimpleNames();
    if (caught.isEmpty() || caught.stream().anyMatch(name -> RetryCatalog.isServiceFailureException(name)
        || RetryCatalog.isCapacityRejection(name))) {
      return false;
    }
    return Nodes.anyInline(handler.block(), node -> isCacheRepair(node)
        && !onlyOnTheWayOut(node, handler.block(), leaves));
  }

  /**
   * Whether a failure hook's function repairs a cache anywhere in it, the publishers it builds included
   * ({@code Mono.fromRunnable(cache::invalidateAll).then(Mono.error(t))}).
   */
  static boolean repairsACache(Expr.Lambda hook) {
    for (Node node : Nodes.all(hook.body())) {
      if (isCacheRepair(node)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a Reactor retry spec's {@code filter(..)} lets through failures a down or overloaded service raises:
   * a lambda that returns {@code true} whatever it is given, {@code X.class::isInstance} or an {@code instanceof X}
   * test of such a type ({@code IOException}, {@code Exception}), or a negated test ({@code e -> !(e instanceof
   * IllegalStateException)}, {@code Predicate.not(..)}, {@code negate()}) that lets through everything else. A helper
   * method reference ({@code this::isOwnerResourceNotExistsException}) or a predicate given by a variable is read as
   * what its name says: one kind of failure.
   */
  static boolean admitsServiceFailures(Expr predicate) {
    if (predicate instanceof Expr.MethodRef) {
      return isServiceFailureType(Nodes.typeAdmittedByIsInstance(predicate));
    }
    if (predicate instanceof Expr.Lambda) {
      Node body = ((Expr.Lambda) predicate).body();
      if (body instanceof Expr && Nodes.isTrue((Expr) body)) {
        return true;
      }
      boolean returnsOnlyTrue = !(body instanceof Expr);
      for (Node node : Nodes.all(body)) {
        if (node instanceof Expr.InstanceOf && isServiceFailureType(((Expr.InstanceOf) node).writtenType())
            || isNegation(node)) {
          return true;
        }
        if (node.kind() == Node.Kind.RETURN && !Nodes.isTrue(((Stmt.Jump) node).expression())) {
          returnsOnlyTrue = false;
        }
      }
      return returnsOnlyTrue;
    }
    return Nodes.all(predicate).stream().anyMatch(CacheRepairs::isNegation);
  }

  /**
   * A call that repairs a cache: a repair word ({@link RetryCatalog#isCacheRepairName}) on a receiver named as a
   * cache ({@code this.collectionCache.refresh(..)}, {@code getCache().invalidate(key)}), also as a method reference
   * ({@code cache::invalidateAll}), or a call whose own name says so ({@code invalidateCache()}).
   */
  private static boolean isCacheRepair(Node node) {
    if (node instanceof Expr.Call) {
      Expr.Call call = (Expr.Call) node;
      return RetryCatalog.isNamedCacheRepair(call.name())
          || RetryCatalog.isCacheRepairName(call.name()) && namesACache(call.receiver());
    }
    if (node instanceof Expr.MethodRef) {
      Expr.MethodRef reference = (Expr.MethodRef) node;
      return RetryCatalog.isNamedCacheRepair(reference.name())
          || RetryCatalog.isCacheRepairName(reference.name()) && namesACache(reference.receiver());
    }
    return false;
  }

  /** A variable or field named as a cache, or a getter without arguments named so. */
  private static boolean namesACache(Expr receiver) {
    if (receiver instanceof Expr.Call) {
      return ((Expr.Call) receiver).arguments().isEmpty() && RetryCatalog.isCacheName(((Expr.Call) receiver).name());
    }
    return receiver != null && RetryCatalog.isCacheName(Nodes.referencedName(receiver));
  }

  /** Whether {@code node} sits in a branch of an {@code if} in {@code block} that always leaves the loop. */
  private static boolean onlyOnTheWayOut(Node node, Stmt.Block block, Predicate<Stmt> leaves) {
    Node child = node;
    for (Node parent = node.parent(); parent != null && child != block; parent = parent.parent()) {
      if (parent instanceof Stmt.If && child != ((Stmt.If) parent).condition() && leaves.test((Stmt) child)) {
        return true;
      }
      child = parent;
    }
    return false;
  }

  private static boolean isServiceFailureType(String writtenType) {
    return writtenType != null
        && RetryCatalog.isServiceFailureException(TypeEvidence.simpleNameOf(writtenType.trim()));
  }

  private static boolean isNegation(Node node) {
    return node instanceof Expr.Unary && ((Expr.Unary) node).operator() == Expr.Unary.Op.NOT
        && Nodes.all(((Expr.Unary) node).operand()).stream().anyMatch(Expr.InstanceOf.class::isInstance)
        || node instanceof Expr.Call && RetryCatalog.PREDICATE_NEGATION_NAMES.contains(((Expr.Call) node).name());
  }
}
