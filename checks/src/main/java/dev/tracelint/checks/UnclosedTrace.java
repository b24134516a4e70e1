package dev.tracelint.checks;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.fixes.Fix;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import dev.tracelint.catalog.TraceCatalog;
import dev.tracelint.catalog.TraceLifecycle;
import dev.tracelint.catalog.TraceLifecycle.EndStyle;
import javax.lang.model.element.ElementKind;

/**
 * Flags a span, trace, transaction, segment or observation that is not ended, or a scope that is not closed, on every
 * path out of the method. The decision procedure is the one written down in {@code docs/rules/UnclosedTrace.md},
 * which the PMD rule implements too.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "End every started span, trace or observation in a finally block, and close every scope",
    severity = WARNING,
    linkType = CUSTOM,
    link = "https://github.com/tracelint/tracelint/blob/main/docs/rules/UnclosedTrace.md")
public final class UnclosedTrace extends BugChecker
    implements CompilationUnitTreeMatcher, MethodInvocationTreeMatcher {
  private static final long serialVersionUID = 1L;

  /** The flag as the user spells it: {@code -XepOpt:UnclosedTrace:StartMethods=...}. */
  static final String START_METHODS_FLAG = "UnclosedTrace:" + TraceCatalog.START_METHODS_OPTION;

  /** {@code null} inside when an entry is malformed: see {@link ParsedOption}. */
  private final transient ParsedOption<TraceCatalog> catalog;

  /** For ServiceLoader: the default catalogue only. */
  public UnclosedTrace() {
    this(ErrorProneFlags.empty());
  }

  /** Reads {@code -XepOpt:UnclosedTrace:StartMethods}, extending the default catalogue. */
  public UnclosedTrace(ErrorProneFlags flags) {
    this.catalog = ParsedOption.parse(
        () -> TraceCatalog.withUserEntries(START_METHODS_FLAG, flags.get(START_METHODS_FLAG).orElse(null)));
  }

  @Override
  public Description matchCompilationUnit(CompilationUnitTree tree, VisitorState state) {
    return catalog.reportErrorOnce(buildDescription(tree));
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    TraceCatalog catalog = this.catalog.value();
    if (catalog == null) {
      return Description.NO_MATCH;
    }
    TraceLifecycle lifecycle = startedLifecycle(catalog, tree, state);
    if (lifecycle == null) {
      return Description.NO_MATCH;
    }
    Obligation obligation = Obligation.of(catalog, lifecycle, state.getPath(), state);
    if (obligation == null) {
      return Description.NO_MATCH;
    }
    if (obligation.neverClosable()) {
      return report(tree, lifecycle, null, null);
    }
    if (new UnclosedTraceFlow(obligation, state).verdict() != UnclosedTraceFlow.Flow.LEAKS) {
      return Description.NO_MATCH;
    }
    String name = obligation.holder() == null ? null : obligation.holder().getSimpleName().toString();
    return report(tree, lifecycle, name, UnclosedTraceFix.suggest(obligation, state));
  }

  private Description report(MethodInvocationTree tree, TraceLifecycle lifecycle, String variable, Fix fix) {
    Description.Builder description = buildDescription(tree).setMessage(lifecycle.message(variable));
    if (fix != null) {
      description.addFix(fix);
    }
    return description.build();
  }

  /** The catalogue lifecycle this call starts, or {@code null}: name first (cheap), then the owner by types. */
  static TraceLifecycle startedLifecycle(TraceCatalog catalog, MethodInvocationTree call, VisitorState state) {
    String name = methodName(call);
    if (name == null || catalog.startsNamed(name).isEmpty()) {
      return null;
    }
    Symbol symbol = ASTHelpers.getSymbol(call);
    if (!(symbol instanceof MethodSymbol)) {
      return null;
    }
    for (TraceLifecycle lifecycle : catalog.startsNamed(name)) {
      String owner = lifecycle.start().owner();
      if (symbol.isStatic()) {
        if (symbol.owner != null && symbol.owner.getQualifiedName().contentEquals(owner)) {
          return lifecycle;
        }
      } else if (isSubtypeOf(ASTHelpers.getReceiverType(call), owner, state)
          || (symbol.owner != null && isSubtypeOf(symbol.owner.type, owner, state))) {
        return lifecycle;
      }
    }
    return null;
  }

  /** Compares canonical names along the supertype closure, so nested owners need no class lookup. */
  private static boolean isSubtypeOf(Type type, String canonicalName, VisitorState state) {
    if (type == null || type.isErroneous() || type.tsym == null) {
      return false;
    }
    for (Type supertype : state.getTypes().closure(type)) {
      if (supertype.tsym != null && supertype.tsym.getQualifiedName().contentEquals(canonicalName)) {
        return true;
      }
    }
    return false;
  }

  static String methodName(MethodInvocationTree call) {
    ExpressionTree select = call.getMethodSelect();
    if (select instanceof MemberSelectTree) {
      return ((MemberSelectTree) select).getIdentifier().toString();
    }
    if (select instanceof IdentifierTree) {
      return ((IdentifierTree) select).getName().toString();
    }
    return null;
  }

  /**
   * What a start call obliges: the local that holds the started value (or none, for an X-Ray segment ended through
   * its recorder), the statement {@code S} that holds the start call, and the body {@code M} it is analysed in.
   */
  record Obligation(
      TraceCatalog catalog,
      TraceLifecycle lifecycle,
      VarSymbol holder,
      TreePath statement,
      TreePath bodyPath,
      boolean neverClosable) {

    /** Step 2 of the decision procedure; {@code null} for positions that give no finding. */
    static Obligation of(TraceCatalog catalog, TraceLifecycle lifecycle, TreePath callPath, VisitorState state) {
      TreePath child = callPath;
      TreePath parent = callPath.getParentPath();
      while (parent != null && parent.getLeaf() instanceof ParenthesizedTree) {
        child = parent;
        parent = parent.getParentPath();
      }
      if (parent == null) {
        return null;
      }
      Tree parentTree = parent.getLeaf();
      MethodInvocationTree call = (MethodInvocationTree) callPath.getLeaf();
      VarSymbol holder;
      TreePath statement;
      if (parentTree instanceof VariableTree && ((VariableTree) parentTree).getInitializer() == child.getLeaf()) {
        Tree grandParent = parent.getParentPath().getLeaf();
        if (grandParent instanceof TryTree && ((TryTree) grandParent).getResources().contains(parentTree)) {
          return null;
        }
        holder = localVariable(ASTHelpers.getSymbol((VariableTree) parentTree));
        statement = parent;
        if (holder == null) {
          return null;
        }
      } else if (parentTree instanceof AssignmentTree
          && ((AssignmentTree) parentTree).getExpression() == child.getLeaf()
          && parent.getParentPath().getLeaf() instanceof ExpressionStatementTree) {
        // A field (even of an X-Ray segment) is a hand-off: only locals are followed.
        holder = localVariable(ASTHelpers.getSymbol(((AssignmentTree) parentTree).getVariable()));
        statement = parent.getParentPath();
        if (holder == null) {
          return null;
        }
      } else if (parentTree instanceof ExpressionStatementTree && child == callPath) {
        statement = parent;
        if (lifecycle.style() == EndStyle.CLOSE_SCOPE) {
          return new Obligation(catalog, lifecycle, null, statement, null, true);
        }
        holder = lifecycle.style() == EndStyle.END_ON_OWNER ? null : startedReceiver(call, state);
        if (holder == null && lifecycle.style() != EndStyle.END_ON_OWNER) {
          return null;
        }
      } else {
        return null;
      }
      Tree list = statement.getParentPath().getLeaf();
      if (!(list instanceof BlockTree) && !(list instanceof CaseTree)) {
        return null;
      }
      TreePath bodyPath = enclosingBody(statement);
      if (bodyPath == null) {
        return null;
      }
      return new Obligation(catalog, lifecycle, holder, statement, bodyPath, false);
    }

    /** {@code span.start();} on a local: Brave, Micrometer and micrometer-tracing {@code start()} return {@code this}. */
    private static VarSymbol startedReceiver(MethodInvocationTree call, VisitorState state) {
      if (!"start".equals(methodName(call))) {
        return null;
      }
      ExpressionTree receiver = ASTHelpers.getReceiver(call);
      Type receiverType = ASTHelpers.getType(receiver);
      Type resultType = ASTHelpers.getType(call);
      // OpenTracing's SpanBuilder#start returns a new Span, not the builder: its receiver holds nothing.
      if (!(receiver instanceof IdentifierTree)
          || receiverType == null
          || resultType == null
          || !state.getTypes().isSubtype(state.getTypes().erasure(receiverType), state.getTypes().erasure(resultType))) {
        return null;
      }
      return localVariable(ASTHelpers.getSymbol(receiver));
    }

    private static VarSymbol localVariable(Symbol symbol) {
      if (symbol instanceof VarSymbol && symbol.getKind() == ElementKind.LOCAL_VARIABLE) {
        return (VarSymbol) symbol;
      }
      return null;
    }

    /** Step 3: the nearest method, constructor, initializer or lambda body. */
    private static TreePath enclosingBody(TreePath path) {
      TreePath below = null;
      for (TreePath current = path; current != null; current = current.getParentPath()) {
        Tree leaf = current.getLeaf();
        if (leaf instanceof LambdaExpressionTree || leaf instanceof MethodTree || leaf instanceof ClassTree) {
          return below != null && below.getLeaf() instanceof BlockTree ? below : null;
        }
        below = current;
      }
      return null;
    }

    Tree body() {
      return bodyPath.getLeaf();
    }

    boolean isDeclaration() {
      return statement.getLeaf() instanceof VariableTree;
    }
  }
}
