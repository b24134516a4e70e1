package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.Tri;
import dev.tracelint.analysis.model.TypeRef;
import dev.tracelint.catalog.HarmlessCalls;
import dev.tracelint.catalog.LoggingSinks;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Whether code can neither throw nor leave, in the simple model UnclosedTrace's docs page calls "harmless": no call
 * except calls the caller vouches for (on the span itself) and the catalogue's harmless calls, no {@code new}, no
 * {@code return}/{@code throw}/{@code assert}, no {@code yield}/{@code break}/{@code continue} that leaves the judged
 * code. Lambda bodies and class bodies do not run here and are not looked at.
 */
final class HarmlessCode {
  /** Deeply nested code is given up on as "can throw", never walked without bound. */
  private static final int MAX_DEPTH = 400;

  private final Predicate<Expr.Call> vouchedFor;
  private final Predicate<Expr.Invocation> vouchedForWithArguments;
  /** Whether a method or constructor of the unit cannot throw ({@link CannotThrow}). */
  private final Function<MethodDecl, Boolean> summary;
  /** Judging a summarised method's body, whose {@code return}s leave only that method. */
  private final boolean returnsAllowed;
  /** {@code throw} statements that land in a catch within the judged code's path (its expression is still judged). */
  private final Predicate<Stmt.Jump> caughtThrows;

  /** @param vouchedFor calls the caller knows cannot fail here, such as calls on the span being judged */
  HarmlessCode(Predicate<Expr.Call> vouchedFor) {
    this(vouchedFor, call -> false);
  }

  /**
   * @param vouchedFor calls the caller knows cannot fail here (their receiver and arguments are still judged)
   * @param vouchedForWithArguments calls and object creations the caller knows cannot fail here, arguments included
   */
  HarmlessCode(Predicate<Expr.Call> vouchedFor, Predicate<Expr.Invocation> vouchedForWithArguments) {
    this(vouchedFor, vouchedForWithArguments, thrown -> false);
  }

  /** @param caughtThrows {@code throw} statements the caller knows a catch of the walked {@code try} takes */
  HarmlessCode(Predicate<Expr.Call> vouchedFor, Predicate<Expr.Invocation> vouchedForWithArguments,
      Predicate<Stmt.Jump> caughtThrows) {
    this(vouchedFor, vouchedForWithArguments, CannotThrow::summarised, false, caughtThrows);
  }

  private HarmlessCode(Predicate<Expr.Call> vouchedFor, Predicate<Expr.Invocation> vouchedForWithArguments,
      Function<MethodDecl, Boolean> summary, boolean returnsAllowed, Predicate<Stmt.Jump> caughtThrows) {
    this.vouchedFor = vouchedFor;
    this.vouchedForWithArguments = vouchedForWithArguments;
    this.summary = summary;
    this.returnsAllowed = returnsAllowed;
    this.caughtThrows = caughtThrows;
  }

  /**
   * The model for a method body being summarised ({@link CannotThrow}): nothing vouched for, a {@code return} allowed,
   * and the unit's methods as {@code summary} (the callees' summaries, one level less deep) says.
   */
  static HarmlessCode inSummary(Function<MethodDecl, Boolean> summary) {
    return new HarmlessCode(call -> false, invocation -> false, summary, true, thrown -> false);
  }

  /**
   * The model for the body of a same-class helper a traced value is lent to ({@link UnclosedTraceHelpers}): the calls
   * {@code vouchedFor} names cannot fail (their receiver and arguments are still judged), a {@code return} leaves only
   * the helper, and the unit's methods are as their summaries say.
   */
  static HarmlessCode inHelper(Predicate<Expr.Call> vouchedFor) {
    return new HarmlessCode(vouchedFor, invocation -> false, CannotThrow::summarised, true, thrown -> false);
  }

  boolean isHarmless(Node judged) {
    return isHarmless(judged, 0);
  }

  /**
   * @param enclosingLoops how many loops around {@code judged} are part of the judged code too: their unlabeled
   *     {@code break} and {@code continue} do not leave it
   */
  boolean isHarmless(Node judged, int enclosingLoops) {
    return judged == null || new Scan(enclosingLoops).harmless(judged, 0);
  }

  /**
   * A call on a bare simple name that the catalogue deems harmless (its arguments are judged separately); judged on the
   * written shape only, so that every engine, with or without types, gives the same verdict.
   */
  static boolean isHarmlessCall(Expr.Call call) {
    String receiver = Nodes.bareName(call.receiver());
    boolean shape = (receiver != null && HarmlessCalls.isHarmless(receiver, call.name(), call.arguments().size()))
        || (call.receiver() != null && HarmlessCalls.isValueConversion(call.name(), call.arguments().size()))
        || (call.receiver() != null && HarmlessCalls.isEqualityTest(call.name(), call.arguments().size()))
        || (isCallOrFieldAccess(call.receiver()) && HarmlessCalls.isSizeQuery(call.name(), call.arguments().size()))
        || isBuild(call) || isAnnotationElementRead(call) || isConsolePrint(call) || isTextRead(call);
    return shape && !declaresCheckedException(call);
  }

  /** A receiver that is judged on its own: a call or a field access ({@code query.text()}, {@code this.items}). */
  private static boolean isCallOrFieldAccess(Expr receiver) {
    return receiver != null && (receiver.kind() == Node.Kind.CALL || receiver.kind() == Node.Kind.FIELD_ACCESS);
  }

  /**
   * {@code prompt.trim()}, {@code name.toLowerCase(Locale.ROOT)}: a method of {@code java.lang.String} that only reads
   * or reshapes the text ({@link HarmlessCalls#isTextRead}), as the engine resolved it. The JDK's methods resolve in
   * every engine, so the verdict does not depend on an auxclasspath.
   */
  private static boolean isTextRead(Expr.Call call) {
    return call.receiver() != null && call.method().isResolved() && call.method().declaringType().is(STRING)
        && HarmlessCalls.isTextRead(call.name(), call.arguments().size());
  }

  private static final String STRING = "java.lang.String";

  /**
   * {@code System.out.println(..)}, {@code System.err.printf(..)}: a {@code PrintStream} never throws an
   * {@code IOException}, it only sets its error flag; a malformed {@code printf} pattern fails the same on every run,
   * like a builder's {@code build()}. Command-line mains print their usage before they exit.
   */
  private static boolean isConsolePrint(Expr.Call call) {
    return LoggingSinks.isSink(LoggingSinks.PRINT_STREAM, call.name()) && LoggingCalls.isConsole(call.receiver());
  }

  /**
   * {@code builder.build()}: no argument, on a receiver whose type's simple name ends in {@code Builder} (the engine's
   * type, or without one the variable's declared type). It fails only on a programming error, the same on every run.
   */
  private static boolean isBuild(Expr.Call call) {
    if (!HarmlessCalls.isBuild(call.name(), call.arguments().size()) || call.receiver() == null) {
      return false;
    }
    return TypeEvidence.simpleTypeName(call.receiver()).endsWith("Builder");
  }

  /**
   * An element read on an annotation ({@code traced.value()}, {@code traced.description()}): no argument, on a value
   * that is an annotation ({@link TypeEvidence#isAnnotationValue}). It returns what the class file holds.
   */
  private static boolean isAnnotationElementRead(Expr.Call call) {
    return call.arguments().isEmpty() && call.receiver() != null && call.receiver().kind() != Node.Kind.THIS
        && call.receiver().kind() != Node.Kind.SUPER && TypeEvidence.isAnnotationValue(call.receiver());
  }

  /**
   * Whether the engine resolved the method and it declares a checked exception ({@code Connection#setAutoCommit}
   * throws {@code SQLException}): a call that says it can fail is never harmless, whatever its shape. A thrown type
   * the engine cannot place counts as checked. Without types nothing is known, and the shape alone decides.
   */
  static boolean declaresCheckedException(Expr.Invocation invocation) {
    List<TypeRef> thrown = invocation.method().isResolved() ? invocation.method().thrownTypes() : null;
    if (thrown == null) {
      return false;
    }
    for (TypeRef type : thrown) {
      if (type.isSubtypeOf("java.lang.RuntimeException") != Tri.YES && type.isSubtypeOf("java.lang.Error") != Tri.YES) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code new ArrayList<>()}, {@code new StringBuilder(64)}, {@code new AtomicReference<>(value)}: a JDK collection,
   * builder, atomic or lock that the catalogue says cannot fail with these arguments (which are judged separately).
   * The engine names the created type when it resolved it; otherwise the unit's imports do ({@link TypeEvidence}).
   */
  static boolean isHarmlessCreation(Expr.New creation) {
    if (creation.anonymousBody() != null || creation.outer() != null) {
      return false;
    }
    List<Expr> arguments = creation.arguments();
    Object constant = arguments.size() == 1 ? arguments.get(0).constant() : null;
    Integer intConstant = constant instanceof Integer ? (Integer) constant : null;
    for (String type : HARMLESS_CREATION_TYPES) {
      if (TypeEvidence.simpleNameOf(type).equals(creation.writtenSimpleName())
          && HarmlessCalls.isHarmlessCreation(type, arguments.size(), intConstant)
          && TypeEvidence.isExactly(creation.type(), creation.writtenType(), type, creation.unit())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> HARMLESS_CREATION_TYPES = HarmlessCalls.harmlessCreationTypes();

  /** One judgment: tracks the loops, switches and labels entered, which contain the jumps that target them. */
  private final class Scan {
    private int loops;
    private int switches;
    private final Set<String> labels = new HashSet<>();

    Scan(int enclosingLoops) {
      this.loops = enclosingLoops;
    }

    boolean harmless(Node node, int depth) {
      if (depth > MAX_DEPTH) {
        return false;
      }
      switch (node.kind()) {
        case CALL:
          Expr.Call call = (Expr.Call) node;
          if (vouchedForWithArguments.test(call)) {
            return true;
          }
          if (!vouchedFor.test(call) && !isHarmlessCall(call)
              && (declaresCheckedException(call) || !CannotThrow.runsSummarised(call, summary))) {
            return false;
          }
          return children(node, depth);
        case NEW:
          Expr.New creation = (Expr.New) node;
          if (vouchedForWithArguments.test(creation)) {
            return true;
          }
          return (isHarmlessCreation(creation)
              || (!declaresCheckedException(creation) && CannotThrow.runsSummarised(creation, summary)))
              && children(node, depth);
        case RETURN:
          return returnsAllowed && children(node, depth);
        case THROW:
          return caughtThrows.test((Stmt.Jump) node) && children(node, depth);
        case ASSERT:
          return false;
        case YIELD:
          return switches > 0;
        case BREAK:
          String breakLabel = ((Stmt.Branch) node).label();
          return breakLabel == null ? loops > 0 || switches > 0 : labels.contains(breakLabel);
        case CONTINUE:
          String continueLabel = ((Stmt.Branch) node).label();
          return continueLabel == null ? loops > 0 : labels.contains(continueLabel);
        case LAMBDA:
        case TYPE:
          return true;
        case LABELED:
          String label = ((Stmt.Labeled) node).label();
          boolean added = labels.add(label);
          try {
            return children(node, depth);
          } finally {
            if (added) {
              labels.remove(label);
            }
          }
        case LOOP:
          loops++;
          try {
            return children(node, depth);
          } finally {
            loops--;
          }
        case SWITCH:
        case SWITCH_EXPRESSION:
          switches++;
          try {
            return children(node, depth);
          } finally {
            switches--;
          }
        default:
          return children(node, depth);
      }
    }

    private boolean children(Node node, int depth) {
      List<Node> children = node.children();
      for (Node child : children) {
        if (!harmless(child, depth + 1)) {
          return false;
        }
      }
      return true;
    }
  }
}
