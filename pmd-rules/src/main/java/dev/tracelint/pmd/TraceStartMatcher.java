package dev.tracelint.pmd;

import dev.tracelint.catalog.MethodRef;
import dev.tracelint.catalog.TraceCatalog;
import dev.tracelint.catalog.TraceLifecycle;
import java.util.List;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTImportDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTSuperExpression;
import net.sourceforge.pmd.lang.java.ast.ASTThisExpression;
import net.sourceforge.pmd.lang.java.symbols.JTypeDeclSymbol;
import net.sourceforge.pmd.lang.java.types.JClassType;
import net.sourceforge.pmd.lang.java.types.JMethodSig;
import net.sourceforge.pmd.lang.java.types.JTypeMirror;
import net.sourceforge.pmd.lang.java.types.OverloadSelectionResult;
import net.sourceforge.pmd.lang.java.types.TypeTestUtil;

/**
 * Decides which catalogue lifecycle, if any, a call starts. With an auxclasspath the call's resolved method decides;
 * without one, the method name must be backed by evidence of the owner written in the source (an imported type, a
 * static call on the imported owner), and a one-word name such as {@code start()} needs the owner's type itself, so
 * that {@code thread.start()} or {@code job.start()} are never taken for a span.
 */
final class TraceStartMatcher {
  private static final List<TraceLifecycle> LIBRARY_LIFECYCLES = TraceCatalog.defaults().lifecycles();

  private final TraceCatalog catalog;

  TraceStartMatcher(TraceCatalog catalog) {
    this.catalog = catalog;
  }

  /** The lifecycle {@code call} starts, or {@code null} when it starts none (or when the evidence is too weak). */
  TraceLifecycle match(ASTMethodCall call) {
    List<TraceLifecycle> candidates = catalog.startsNamed(call.getMethodName());
    if (candidates.isEmpty()) {
      return null;
    }
    OverloadSelectionResult selection = call.getOverloadSelectionInfo();
    JMethodSig method = selection.getMethodType();
    if (!selection.isFailed() && isResolved(method)) {
      return matchResolved(call, method, candidates);
    }
    return matchByNames(call, candidates);
  }

  private static boolean isResolved(JMethodSig method) {
    JTypeDeclSymbol owner = method.getDeclaringType().getSymbol();
    return owner != null && !owner.isUnresolved();
  }

  private static TraceLifecycle matchResolved(ASTMethodCall call, JMethodSig method, List<TraceLifecycle> candidates) {
    ASTExpression qualifier = call.getQualifier();
    for (TraceLifecycle lifecycle : candidates) {
      String owner = lifecycle.start().owner();
      if (TypeTestUtil.isA(owner, method.getDeclaringType())) {
        return lifecycle;
      }
      // Span#makeCurrent is declared in ImplicitContextKeyed: the receiver's type is what names the owner.
      if (!method.isStatic() && qualifier != null && TypeTestUtil.isA(owner, qualifier.getTypeMirror())) {
        return lifecycle;
      }
    }
    return null;
  }

  private static TraceLifecycle matchByNames(ASTMethodCall call, List<TraceLifecycle> candidates) {
    ASTExpression qualifier = call.getQualifier();
    ASTCompilationUnit unit = call.getRoot();
    for (TraceLifecycle lifecycle : candidates) {
      MethodRef start = lifecycle.start();
      if (qualifier == null) {
        if (isStaticallyImported(unit, start)) {
          return lifecycle;
        }
      } else if (!(qualifier instanceof ASTThisExpression) && !(qualifier instanceof ASTSuperExpression)) {
        JTypeMirror receiverType = qualifier.getTypeMirror();
        // A one-word name needs the owner's type, or, for a tracing library's own start, a receiver (or the root of a
        // call chain) whose type comes from the library's package: tracer.nextSpan().start() with a brave.Tracer.
        boolean ownPackageSuffices = isDistinctive(start.method()) || LIBRARY_LIFECYCLES.contains(lifecycle);
        if (receiverType instanceof JClassType) {
          if (namesOwner((JClassType) receiverType, start, unit)
              || ownPackageSuffices && isFromOwnerPackage(receiverType, start)) {
            return lifecycle;
          }
        } else if (isDistinctive(start.method()) && importsFromPackage(unit, start.ownerPackage())) {
          // A builder chain such as tracer.spanBuilder("x").startSpan(): the receiver's type is unknown, so the file
          // importing the owner's package is enough evidence for a distinctive name.
          return lifecycle;
        } else if (ownPackageSuffices && isFromOwnerPackage(chainRoot(qualifier).getTypeMirror(), start)) {
          return lifecycle;
        }
      }
    }
    return null;
  }

  /**
   * Whether an (unresolved) receiver type is the owner: named by a single-type import of the owner, or spelled with
   * the owner's simple name in a file that imports the owner's package on demand or lives in it.
   */
  private static boolean namesOwner(JClassType receiverType, MethodRef start, ASTCompilationUnit unit) {
    if (TypeTestUtil.isA(start.owner(), receiverType)) {
      return true;
    }
    JTypeDeclSymbol symbol = receiverType.getSymbol();
    if (symbol == null || !symbol.isUnresolved() || !symbol.getSimpleName().equals(start.ownerSimpleName())) {
      return false;
    }
    String ownerPackage = start.ownerPackage();
    return ownerPackage.equals(unit.getPackageName())
        || unit.children(ASTImportDeclaration.class)
            .any(imp -> !imp.isStatic() && imp.isImportOnDemand() && imp.getImportedName().equals(ownerPackage));
  }

  /**
   * An unresolved receiver type from the owner's own package, such as Sentry's {@code ITransaction} for
   * {@code ISpan#startChild} or Elastic's {@code Transaction} for {@code Span#startSpan}: most likely a subtype.
   */
  private static boolean isFromOwnerPackage(JTypeMirror receiverType, MethodRef start) {
    JTypeDeclSymbol symbol = receiverType.getSymbol();
    return receiverType instanceof JClassType && symbol != null && symbol.isUnresolved()
        && !start.ownerPackage().isEmpty() && start.ownerPackage().equals(symbol.getPackageName());
  }

  private static ASTExpression chainRoot(ASTExpression expression) {
    ASTExpression root = expression;
    while (root instanceof ASTMethodCall && ((ASTMethodCall) root).getQualifier() != null) {
      root = ((ASTMethodCall) root).getQualifier();
    }
    return root;
  }

  private static boolean isStaticallyImported(ASTCompilationUnit unit, MethodRef start) {
    return unit.children(ASTImportDeclaration.class)
        .filter(ASTImportDeclaration::isStatic)
        .any(imp -> imp.isImportOnDemand()
            ? imp.getImportedName().equals(start.owner())
            : imp.getImportedName().equals(start.owner() + "." + start.method()));
  }

  private static boolean importsFromPackage(ASTCompilationUnit unit, String ownerPackage) {
    if (ownerPackage.isEmpty()) {
      return false;
    }
    return unit.children(ASTImportDeclaration.class)
        .filter(imp -> !imp.isStatic())
        .any(imp -> imp.isImportOnDemand()
            ? imp.getImportedName().equals(ownerPackage)
            : isTypeOfPackage(imp.getImportedName(), ownerPackage));
  }

  private static boolean isTypeOfPackage(String typeName, String pkg) {
    return typeName.length() > pkg.length() + 1
        && typeName.startsWith(pkg + ".")
        && Character.isUpperCase(typeName.charAt(pkg.length() + 1));
  }

  /**
   * A compound name ({@code startSpan}, {@code makeCurrent}, {@code beginSegment}) says what it starts; a one-word
   * name ({@code start}, {@code activate}) is shared with threads, jobs, timers and needs the owner's type.
   */
  static boolean isDistinctive(String methodName) {
    return !methodName.chars().allMatch(Character::isLowerCase);
  }
}
