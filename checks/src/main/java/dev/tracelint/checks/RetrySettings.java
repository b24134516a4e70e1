package dev.tracelint.checks;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import dev.tracelint.catalog.RetryBuilderDefault;
import dev.tracelint.catalog.RetryCatalog;
import dev.tracelint.catalog.RetryCatalog.TimeBound;
import dev.tracelint.catalog.RetryProblem;
import dev.tracelint.catalog.RetrySetting;
import dev.tracelint.catalog.RetrySetting.ArgumentValue;
import dev.tracelint.catalog.RetrySetting.Site;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the retry-library settings of {@link RetryCatalog} in Error Prone trees, for UnboundedRetry and
 * RetryWithoutBackoff: the owner by types, the value by constant folding. Anything that does not fold is unknown and
 * matches nothing.
 */
final class RetrySettings {
  private static final RetryCatalog CATALOG = RetryCatalog.defaults();
  private static final int MAX_CHAIN = 200;

  private RetrySettings() {}

  /** The setting {@code call} makes for {@code problem}, or {@code null}. */
  static RetrySetting ofCall(MethodInvocationTree call, RetryProblem problem, VisitorState state) {
    MethodSymbol symbol = ASTHelpers.getSymbol(call);
    if (symbol == null) {
      return null;
    }
    for (RetrySetting setting : CATALOG.settingsNamed(symbol.getSimpleName().toString())) {
      if (setting.site() == Site.METHOD_CALL && setting.problem() == problem
          && setting.acceptsArity(call.getArguments().size())
          && RetryLoops.isOwnedBy(symbol, setting.target(), state)
          && argumentMatches(setting, call.getArguments(), symbol, state)) {
        if (problem == RetryProblem.UNBOUNDED && boundedByTimeInChain(call, state)) {
          return null;
        }
        return setting;
      }
    }
    return null;
  }

  /**
   * The builder default {@code start} leaves in place for {@code problem}, or {@code null}: {@code start} creates a
   * catalogued builder with no arguments, the chain above it reaches the build call without a break, and no call in
   * between overrides the default.
   */
  static RetryBuilderDefault ofBuilderDefault(MethodInvocationTree start, RetryProblem problem, VisitorState state) {
    if (!start.getArguments().isEmpty()) {
      return null;
    }
    MethodSymbol symbol = ASTHelpers.getSymbol(start);
    if (symbol == null) {
      return null;
    }
    for (RetryBuilderDefault builder : RetryCatalog.builderDefaults()) {
      if (builder.problem() != problem || !symbol.getSimpleName().contentEquals(builder.start().method())
          || !RetryLoops.isOwnedBy(symbol, builder.start(), state)) {
        continue;
      }
      List<String> chain = new ArrayList<>();
      Tree current = start;
      int steps = 0;
      for (TreePath parent = state.getPath().getParentPath(); parent != null && steps++ < MAX_CHAIN;
          parent = parent.getParentPath()) {
        Tree leaf = parent.getLeaf();
        if (leaf instanceof MemberSelectTree && ((MemberSelectTree) leaf).getExpression() == current) {
          current = leaf;
          continue;
        }
        if (!(leaf instanceof MethodInvocationTree) || ((MethodInvocationTree) leaf).getMethodSelect() != current) {
          break;
        }
        MethodSymbol link = ASTHelpers.getSymbol((MethodInvocationTree) leaf);
        if (link == null) {
          break;
        }
        if (link.getSimpleName().contentEquals(builder.build().method())
            && RetryLoops.isOwnedBy(link, builder.build(), state)) {
          return builder.fixedBy(chain) ? null : builder;
        }
        chain.add(link.getSimpleName().toString());
        current = leaf;
      }
    }
    return null;
  }

  /** The setting {@code new OWNER(...)} makes for {@code problem}, or {@code null}. */
  static RetrySetting ofConstructor(NewClassTree creation, RetryProblem problem, VisitorState state) {
    if (creation.getClassBody() != null) {
      return null;
    }
    MethodSymbol constructor = ASTHelpers.getSymbol(creation);
    if (constructor == null || constructor.owner == null) {
      return null;
    }
    String owner = constructor.owner.getQualifiedName().toString();
    for (RetrySetting setting : CATALOG.settingsNamed(RetrySetting.CONSTRUCTOR)) {
      if (setting.site() == Site.CONSTRUCTOR_CALL && setting.problem() == problem
          && setting.target().owner().equals(owner)
          && setting.acceptsArity(creation.getArguments().size())
          && argumentMatches(setting, creation.getArguments(), constructor, state)) {
        return setting;
      }
    }
    return null;
  }

  /** The setting an annotation's elements make for {@code problem}, or {@code null}. */
  static RetrySetting ofAnnotation(AnnotationTree annotation, RetryProblem problem, VisitorState state) {
    Type type = ASTHelpers.getType(annotation.getAnnotationType());
    if (type == null || type.tsym == null) {
      return null;
    }
    String owner = type.tsym.getQualifiedName().toString();
    Map<String, ExpressionTree> elements = new LinkedHashMap<>();
    for (ExpressionTree argument : annotation.getArguments()) {
      if (argument instanceof AssignmentTree) {
        ExpressionTree name = ((AssignmentTree) argument).getVariable();
        if (name instanceof IdentifierTree) {
          elements.put(((IdentifierTree) name).getName().toString(), ((AssignmentTree) argument).getExpression());
        }
      } else {
        elements.put("value", argument);
      }
    }
    for (Map.Entry<String, ExpressionTree> element : elements.entrySet()) {
      for (RetrySetting setting : CATALOG.settingsNamed(element.getKey())) {
        if (setting.site() == Site.ANNOTATION_ELEMENT && setting.problem() == problem
            && setting.target().owner().equals(owner)
            && setting.value().matchesConstant(number(element.getValue()))
            && companionsAbsentOrZero(setting, elements)) {
          return setting;
        }
      }
    }
    return null;
  }

  private static boolean companionsAbsentOrZero(RetrySetting setting, Map<String, ExpressionTree> elements) {
    for (String companion : setting.absentOrZeroElements()) {
      ExpressionTree value = elements.get(companion);
      if (value != null && !ArgumentValue.ZERO.matchesConstant(number(value))) {
        return false;
      }
    }
    return true;
  }

  private static boolean argumentMatches(
      RetrySetting setting, List<? extends ExpressionTree> arguments, MethodSymbol symbol, VisitorState state) {
    if (setting.argument() == RetrySetting.NO_ARGUMENT) {
      return setting.value() == ArgumentValue.ANY;
    }
    if (setting.argument() >= arguments.size()) {
      return false;
    }
    ExpressionTree argument = ASTHelpers.stripParentheses(arguments.get(setting.argument()));
    switch (setting.value()) {
      case ZERO_DURATION:
        return isZeroDuration(argument);
      case ONE_PARAMETER_FUNCTION:
        if (argument instanceof LambdaExpressionTree) {
          return ((LambdaExpressionTree) argument).getParameters().size() == 1;
        }
        List<Symbol.VarSymbol> parameters = symbol.getParameters();
        return setting.argument() < parameters.size()
            && parameters.get(setting.argument()).type.tsym.getSimpleName().contentEquals("Predicate");
      default:
        return setting.value().matchesConstant(number(argument));
    }
  }

  private static Number number(ExpressionTree expression) {
    Object value = ASTHelpers.constValue(expression);
    return value instanceof Number ? (Number) value : null;
  }

  private static boolean isZeroDuration(ExpressionTree argument) {
    Symbol symbol = ASTHelpers.getSymbol(argument);
    if (symbol == null || symbol.owner == null) {
      return false;
    }
    String owner = symbol.owner.getQualifiedName().toString();
    if ((argument instanceof MemberSelectTree || argument instanceof IdentifierTree)
        && owner.equals(RetryCatalog.ZERO_DURATION_FIELD.owner())
        && symbol.getSimpleName().contentEquals(RetryCatalog.ZERO_DURATION_FIELD.method())) {
      return true;
    }
    if (argument instanceof MethodInvocationTree
        && RetryCatalog.isZeroDurationFactory(owner, symbol.getSimpleName().toString())) {
      List<? extends ExpressionTree> arguments = ((MethodInvocationTree) argument).getArguments();
      return !arguments.isEmpty() && ArgumentValue.ZERO.matchesConstant(number(arguments.get(0)));
    }
    return false;
  }

  /**
   * A call of the same fluent chain bounds the retry by time. The chain reaches up through receivers and through the
   * call a setting is passed to ({@code mono.retryWhen(Retry.backoff(...)).timeout(...)}); calls after the setting
   * count for every time bound, calls before it only where order does not matter.
   */
  private static boolean boundedByTimeInChain(MethodInvocationTree call, VisitorState state) {
    List<MethodInvocationTree> after = new ArrayList<>();
    Tree current = call;
    int steps = 0;
    for (TreePath parent = state.getPath().getParentPath(); parent != null && steps++ < MAX_CHAIN;
        parent = parent.getParentPath()) {
      Tree leaf = parent.getLeaf();
      if (leaf instanceof MemberSelectTree && ((MemberSelectTree) leaf).getExpression() == current) {
        current = leaf;
      } else if (leaf instanceof MethodInvocationTree
          && (((MethodInvocationTree) leaf).getMethodSelect() == current
              || ((MethodInvocationTree) leaf).getArguments().contains(current))) {
        after.add((MethodInvocationTree) leaf);
        current = leaf;
      } else {
        break;
      }
    }
    for (MethodInvocationTree outer : after) {
      if (isTimeBound(outer, true, state)) {
        return true;
      }
    }
    List<MethodInvocationTree> chain = new ArrayList<>(after);
    chain.add(call);
    for (MethodInvocationTree link : chain) {
      for (ExpressionTree receiver = ASTHelpers.getReceiver(link);
          receiver instanceof MethodInvocationTree && steps++ < MAX_CHAIN;
          receiver = ASTHelpers.getReceiver(receiver)) {
        if (!after.contains(receiver) && isTimeBound((MethodInvocationTree) receiver, false, state)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isTimeBound(MethodInvocationTree call, boolean follows, VisitorState state) {
    MethodSymbol symbol = ASTHelpers.getSymbol(call);
    if (symbol == null) {
      return false;
    }
    for (TimeBound bound : RetryCatalog.timeBounds()) {
      if ((follows || !bound.mustFollow())
          && symbol.getSimpleName().contentEquals(bound.method().method())
          && RetryLoops.isOwnedBy(symbol, bound.method(), state)) {
        return true;
      }
    }
    return false;
  }
}
