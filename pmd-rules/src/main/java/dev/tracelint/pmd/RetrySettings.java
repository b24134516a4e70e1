package dev.tracelint.pmd;

import dev.tracelint.catalog.MethodRef;
import dev.tracelint.catalog.RetryBuilderDefault;
import dev.tracelint.catalog.RetryCatalog;
import dev.tracelint.catalog.RetryCatalog.TimeBound;
import dev.tracelint.catalog.RetryCatalog.WaitCall;
import dev.tracelint.catalog.RetryProblem;
import dev.tracelint.catalog.RetrySetting;
import dev.tracelint.catalog.RetrySetting.ArgumentValue;
import dev.tracelint.catalog.RetrySetting.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import net.sourceforge.pmd.lang.java.ast.ASTAnnotation;
import net.sourceforge.pmd.lang.java.ast.ASTArgumentList;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.ast.ASTConstructorCall;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTFieldAccess;
import net.sourceforge.pmd.lang.java.ast.ASTImportDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTLambdaExpression;
import net.sourceforge.pmd.lang.java.ast.ASTMemberValue;
import net.sourceforge.pmd.lang.java.ast.ASTMemberValuePair;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.ast.TypeNode;
import net.sourceforge.pmd.lang.java.types.JMethodSig;
import net.sourceforge.pmd.lang.java.types.JTypeMirror;
import net.sourceforge.pmd.lang.java.types.OverloadSelectionResult;
import net.sourceforge.pmd.lang.java.types.TypeTestUtil;

/**
 * Matches calls, constructor calls and annotations against the catalogue's retry-library settings and wait calls, with
 * resolved types when PMD has an auxclasspath and by name plus imports of the library's package when it has not.
 */
final class RetrySettings {
  private static final int MAX_CHAIN = 200;

  private RetrySettings() {}

  /**
   * The wait calls of RetryWithoutBackoff.md, kinds 1 to 3: a catalogued wait (with enough arguments, on the owner or a
   * subtype), or a call whose name reads as a backoff helper. Same-class helpers (kind 4) are followed by
   * {@link RetryLoops#containsWait}.
   */
  static Predicate<ASTMethodCall> waitCalls(RetryCatalog catalog) {
    return call -> {
      if (RetryCatalog.isBackoffHelperName(call.getMethodName())) {
        return true;
      }
      int arguments = call.getArguments().size();
      for (WaitCall wait : catalog.waitCallsNamed(call.getMethodName())) {
        if (arguments >= wait.minArguments() && isCallTo(call, wait.method())) {
          return true;
        }
      }
      return false;
    };
  }

  /** The setting of {@code problem} that this call makes, if its arguments are constants that mean it. */
  static Optional<RetrySetting> settingOf(ASTMethodCall call, RetryCatalog catalog, RetryProblem problem) {
    for (RetrySetting setting : catalog.settingsNamed(call.getMethodName())) {
      if (setting.problem() == problem && setting.site() == Site.METHOD_CALL
          && setting.acceptsArity(call.getArguments().size())
          && isCallTo(call, setting.target())
          && argumentMatches(call.getArguments(), setting, call.getOverloadSelectionInfo())) {
        if (problem == RetryProblem.UNBOUNDED && boundedByTimeInChain(call)) {
          return Optional.empty();
        }
        return Optional.of(setting);
      }
    }
    return Optional.empty();
  }

  /**
   * A call of the same fluent chain bounds the retry by time. The chain reaches up through receivers and through the
   * call a setting is passed to ({@code mono.retryWhen(Retry.backoff(...)).timeout(...)}); calls after the setting
   * count for every time bound, calls before it only where order does not matter.
   */
  private static boolean boundedByTimeInChain(ASTMethodCall call) {
    List<ASTMethodCall> after = new ArrayList<>();
    JavaNode current = call;
    int steps = 0;
    for (JavaNode parent = call.getParent(); parent != null && steps++ < MAX_CHAIN; parent = current.getParent()) {
      if (parent instanceof ASTMethodCall && ((ASTMethodCall) parent).getQualifier() == current) {
        current = parent;
      } else if (parent instanceof ASTArgumentList && parent.getParent() instanceof ASTMethodCall) {
        current = parent.getParent();
      } else {
        break;
      }
      after.add((ASTMethodCall) current);
    }
    for (ASTMethodCall outer : after) {
      if (isTimeBound(outer, true)) {
        return true;
      }
    }
    List<ASTMethodCall> chain = new ArrayList<>(after);
    chain.add(call);
    for (ASTMethodCall link : chain) {
      for (JavaNode receiver = link.getQualifier(); receiver instanceof ASTMethodCall && steps++ < MAX_CHAIN;
          receiver = ((ASTMethodCall) receiver).getQualifier()) {
        if (!after.contains(receiver) && isTimeBound((ASTMethodCall) receiver, false)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The builder default that {@code start} leaves in place for {@code problem}: {@code start} creates a catalogued
   * builder with no arguments, the chain above it reaches the build call without a break, and no call in between
   * overrides the default. A builder kept in a variable is unknown.
   */
  static Optional<RetryBuilderDefault> builderDefaultOf(ASTMethodCall start, RetryProblem problem) {
    if (start.getArguments().size() != 0) {
      return Optional.empty();
    }
    for (RetryBuilderDefault builder : RetryCatalog.builderDefaults()) {
      if (builder.problem() != problem || !isCallTo(start, builder.start())) {
        continue;
      }
      List<String> chain = new ArrayList<>();
      JavaNode current = start;
      int steps = 0;
      for (JavaNode link = start.getParent();
          link instanceof ASTMethodCall && ((ASTMethodCall) link).getQualifier() == current && steps++ < MAX_CHAIN;
          link = link.getParent()) {
        ASTMethodCall call = (ASTMethodCall) link;
        if (isCallTo(call, builder.build())) {
          return builder.fixedBy(chain) ? Optional.empty() : Optional.of(builder);
        }
        chain.add(call.getMethodName());
        current = link;
      }
    }
    return Optional.empty();
  }

  private static boolean isTimeBound(ASTMethodCall call, boolean follows) {
    for (TimeBound bound : RetryCatalog.timeBounds()) {
      if ((follows || !bound.mustFollow()) && isCallTo(call, bound.method())) {
        return true;
      }
    }
    return false;
  }

  /** The setting of {@code problem} that this constructor call makes. */
  static Optional<RetrySetting> settingOf(ASTConstructorCall call, RetryCatalog catalog, RetryProblem problem) {
    for (RetrySetting setting : catalog.settingsNamed(RetrySetting.CONSTRUCTOR)) {
      if (setting.problem() == problem && setting.site() == Site.CONSTRUCTOR_CALL
          && !call.isAnonymousClass()
          && setting.acceptsArity(call.getArguments().size())
          && isExactly(call.getTypeNode(), setting.target().owner())
          && argumentMatches(call.getArguments(), setting, call.getOverloadSelectionInfo())) {
        return Optional.of(setting);
      }
    }
    return Optional.empty();
  }

  /** The setting of {@code problem} that this annotation makes through one of its elements. */
  static Optional<RetrySetting> settingOf(ASTAnnotation annotation, RetryCatalog catalog, RetryProblem problem) {
    for (ASTMemberValuePair pair : annotation.getMembers()) {
      for (RetrySetting setting : catalog.settingsNamed(pair.getName())) {
        if (setting.problem() == problem && setting.site() == Site.ANNOTATION_ELEMENT
            && isExactly(annotation, setting.target().owner())
            && valueMatches(pair.getValue(), setting.value())
            && otherElementsAbsentOrZero(annotation, setting)) {
          return Optional.of(setting);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean otherElementsAbsentOrZero(ASTAnnotation annotation, RetrySetting setting) {
    for (ASTMemberValuePair pair : annotation.getMembers()) {
      if (setting.absentOrZeroElements().contains(pair.getName())
          && !valueMatches(pair.getValue(), ArgumentValue.ZERO)) {
        return false;
      }
    }
    return true;
  }

  private static boolean valueMatches(ASTMemberValue value, ArgumentValue expected) {
    return value instanceof ASTExpression && constantMatches((ASTExpression) value, expected);
  }

  private static boolean argumentMatches(
      ASTArgumentList arguments, RetrySetting setting, OverloadSelectionResult overload) {
    if (setting.argument() == RetrySetting.NO_ARGUMENT) {
      return setting.value() == ArgumentValue.ANY;
    }
    if (setting.argument() >= arguments.size()) {
      return false;
    }
    ASTExpression argument = arguments.get(setting.argument());
    if (setting.value() == ArgumentValue.ONE_PARAMETER_FUNCTION) {
      return isOneParameterFunction(argument, overload, setting.argument());
    }
    return constantMatches(argument, setting.value());
  }

  private static boolean constantMatches(ASTExpression expression, ArgumentValue expected) {
    if (expected == ArgumentValue.ZERO_DURATION) {
      return isZeroDuration(expression);
    }
    Object constant = expression.getConstValue();
    if (constant == null) {
      constant = unresolvedLibraryConstant(expression);
    }
    return constant instanceof Number && expected.matchesConstant((Number) constant);
  }

  /**
   * Without an auxclasspath a library constant does not fold: its value comes from the catalogue
   * ({@link RetryCatalog#LIBRARY_CONSTANTS}), and only when the owner type is unresolved, so that resolved code folds
   * it the normal way.
   */
  private static Object unresolvedLibraryConstant(ASTExpression expression) {
    if (!(expression instanceof ASTFieldAccess)) {
      return null;
    }
    ASTFieldAccess field = (ASTFieldAccess) expression;
    ASTExpression owner = field.getQualifier();
    if (!(owner instanceof TypeNode) || !isUnknown(owner.getTypeMirror())) {
      return null;
    }
    for (RetryCatalog.LibraryConstant constant : RetryCatalog.LIBRARY_CONSTANTS) {
      MethodRef ref = constant.field();
      if (ref.method().equals(field.getName()) && TypeTestUtil.isExactlyA(ref.owner(), (TypeNode) owner)) {
        return constant.value();
      }
    }
    return null;
  }

  /** {@code Duration.ZERO}, or {@code Duration.ofMillis(0)} and the other factories with a zero amount. */
  private static boolean isZeroDuration(ASTExpression expression) {
    if (expression instanceof ASTFieldAccess) {
      ASTFieldAccess field = (ASTFieldAccess) expression;
      return RetryCatalog.ZERO_DURATION_FIELD.method().equals(field.getName())
          && isType(field.getQualifier(), RetryCatalog.ZERO_DURATION_FIELD.owner());
    }
    if (expression instanceof ASTMethodCall) {
      ASTMethodCall factory = (ASTMethodCall) expression;
      if (factory.getArguments().size() == 0
          || !RetryCatalog.isZeroDurationFactory("java.time.Duration", factory.getMethodName())
          || !isType(factory.getQualifier(), "java.time.Duration")) {
        return false;
      }
      Object amount = factory.getArguments().get(0).getConstValue();
      return amount instanceof Number && ((Number) amount).doubleValue() == 0.0d;
    }
    return false;
  }

  /** RxJava's {@code retry(Predicate)}: a one-parameter lambda, or an argument of the selected Predicate overload. */
  private static boolean isOneParameterFunction(ASTExpression argument, OverloadSelectionResult overload, int index) {
    if (argument instanceof ASTLambdaExpression) {
      return ((ASTLambdaExpression) argument).getParameters().size() == 1;
    }
    if (overload.isFailed()) {
      return false;
    }
    List<JTypeMirror> formals = overload.getMethodType().getFormalParameters();
    return index < formals.size() && formals.get(index).getSymbol() != null
        && "Predicate".equals(formals.get(index).getSymbol().getSimpleName());
  }

  /**
   * Whether {@code call} calls {@code ref}. With types, the resolved method's declaring type must be the owner or a
   * subtype, as in Error Prone. Without them, a receiver whose type has a name (an imported type, a declared variable)
   * decides by that name; a receiver of no type at all (the middle of a fluent chain) falls back to an import from the
   * owner's package, so that a library's builder chain still matches.
   */
  static boolean isCallTo(ASTMethodCall call, MethodRef ref) {
    if (!ref.method().equals(call.getMethodName())) {
      return false;
    }
    OverloadSelectionResult overload = call.getOverloadSelectionInfo();
    if (!overload.isFailed()) {
      JMethodSig method = overload.getMethodType();
      if (!isUnknown(method.getDeclaringType())) {
        return isA(ref.owner(), method.getDeclaringType());
      }
    }
    ASTExpression qualifier = call.getQualifier();
    if (qualifier != null && isType(qualifier, ref.owner())) {
      return true;
    }
    if (qualifier != null && hasNamedType(qualifier.getTypeMirror())) {
      // a receiver of a known or at least named type (RetryTemplate.builder(), a variable declared as Flux) decides
      return false;
    }
    return importsFrom(call, ref);
  }

  /** Whether the type has a name, even one PMD could not load: only a receiver of no type at all needs the imports. */
  private static boolean hasNamedType(JTypeMirror type) {
    return type != null && type != type.getTypeSystem().UNKNOWN && type != type.getTypeSystem().ERROR
        && type.getSymbol() != null;
  }

  /** A type PMD could not resolve: no auxclasspath, or a class missing from it. */
  private static boolean isUnknown(JTypeMirror type) {
    return type == null || type == type.getTypeSystem().UNKNOWN || type == type.getTypeSystem().ERROR
        || type.getSymbol() != null && type.getSymbol().isUnresolved();
  }

  private static boolean isType(JavaNode node, String owner) {
    if (!(node instanceof TypeNode)) {
      return false;
    }
    TypeNode typed = (TypeNode) node;
    return TypeTestUtil.isA(owner, typed) || TypeTestUtil.isA(binaryName(owner), typed);
  }

  private static boolean isExactly(TypeNode node, String owner) {
    return TypeTestUtil.isExactlyA(owner, node) || TypeTestUtil.isExactlyA(binaryName(owner), node);
  }

  private static boolean isA(String owner, JTypeMirror type) {
    return TypeTestUtil.isA(owner, type) || TypeTestUtil.isA(binaryName(owner), type);
  }

  private static String binaryName(String owner) {
    return new MethodRef(owner, "x").ownerBinaryName();
  }

  /** Whether the file imports the owner's type, or anything from its package. */
  private static boolean importsFrom(JavaNode node, MethodRef ref) {
    ASTCompilationUnit file = node.getRoot();
    String pkg = ref.ownerPackage();
    String topLevel = ref.ownerTopLevelType();
    for (ASTImportDeclaration declaration : file.children(ASTImportDeclaration.class)) {
      String imported = declaration.getImportedName();
      if (imported.equals(topLevel) || imported.startsWith(topLevel + ".")) {
        return true;
      }
      if (declaration.isImportOnDemand() && !declaration.isStatic() && imported.equals(pkg)) {
        return true;
      }
      if (!declaration.isImportOnDemand() && packageOf(imported).equals(pkg)) {
        return true;
      }
    }
    return false;
  }

  private static String packageOf(String importedType) {
    int dot = importedType.lastIndexOf('.');
    return dot < 0 ? "" : importedType.substring(0, dot);
  }
}
