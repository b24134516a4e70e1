package dev.tracelint.docs;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithArguments;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.tracelint.docs.RuleFacts.BugPattern;
import dev.tracelint.docs.RuleFacts.Option;
import dev.tracelint.docs.RuleFacts.PmdProperty;
import dev.tracelint.docs.RuleFacts.PmdRule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the rules from the code, as the engines find them: the Error Prone checks are the classes of {@code checks/}
 * registered with {@code @AutoService(BugChecker.class)} (what becomes their {@code META-INF/services} entry), the PMD
 * rules the {@code <rule class=...>} entries of {@code rulesets/tracelint.xml}. A rule added in either place appears
 * here without a change to this class.
 */
final class RuleSources {
  static final String CHECKS = "checks/src/main/java";
  static final String PMD_RULES = "pmd-rules/src/main/java";
  static final String RULESET = "pmd-rules/src/main/resources/rulesets/tracelint.xml";
  private static final List<String> SOURCE_ROOTS =
      List.of(CHECKS, PMD_RULES, "catalog/src/main/java", "analysis/src/main/java");

  private final Path root;
  private final SourceIndex index;

  private RuleSources(Path root) {
    this.root = root;
    this.index = SourceIndex.of(SOURCE_ROOTS.stream().map(root::resolve).toList(), List.of(root.resolve(CHECKS)));
  }

  /** Every rule of the project under {@code root}, by name. */
  static List<RuleFacts> read(Path root) {
    return new RuleSources(root).rules();
  }

  private List<RuleFacts> rules() {
    Map<String, BugPattern> checks = errorProneChecks();
    Map<String, PmdRule> pmdRules = pmdRules();
    Set<String> names = new java.util.TreeSet<>(checks.keySet());
    names.addAll(pmdRules.keySet());
    List<RuleFacts> rules = new ArrayList<>();
    for (String name : names) {
      Optional<BugPattern> check = Optional.ofNullable(checks.get(name));
      Optional<PmdRule> pmd = Optional.ofNullable(pmdRules.get(name));
      rules.add(new RuleFacts(name, check, pmd, options(check, pmd)));
    }
    return rules;
  }

  /** PMD's properties in their order, each with the Error Prone key of the same name; then Error Prone's others. */
  private static List<Option> options(Optional<BugPattern> check, Optional<PmdRule> pmd) {
    List<String> keys = new ArrayList<>(check.map(BugPattern::optionKeys).orElse(List.of()));
    List<Option> options = new ArrayList<>();
    for (PmdProperty property : pmd.map(PmdRule::properties).orElse(List.of())) {
      Optional<String> key = keys.stream().filter(k -> lowerFirst(k).equals(property.name())).findFirst();
      key.ifPresent(keys::remove);
      options.add(new Option(key, Optional.of(property)));
    }
    keys.forEach(key -> options.add(new Option(Optional.of(key), Optional.empty())));
    return options;
  }

  static String lowerFirst(String key) {
    return key.isEmpty() ? key : key.substring(0, 1).toLowerCase(Locale.ROOT) + key.substring(1);
  }

  // Error Prone

  private Map<String, BugPattern> errorProneChecks() {
    Path checks = root.resolve(CHECKS);
    Map<String, BugPattern> found = new TreeMap<>();
    for (TypeDeclaration<?> type : index.types()) {
      boolean inChecks = type.findCompilationUnit().flatMap(u -> u.getStorage())
          .map(s -> s.getPath().startsWith(checks)).orElse(false);
      Optional<AnnotationExpr> autoService = type.getAnnotationByName("AutoService");
      Optional<AnnotationExpr> bugPattern = type.getAnnotationByName("BugPattern");
      if (!inChecks || bugPattern.isEmpty() || autoService.isEmpty()
          || !autoService.get().toString().contains("BugChecker.class")) {
        continue;
      }
      Map<String, Expression> attributes = attributes(bugPattern.get());
      String name = attributes.containsKey("name") ? index.constant(attributes.get("name")) : type.getNameAsString();
      Expression summary = attributes.get("summary");
      if (summary == null) {
        throw new DocsException("@BugPattern of " + type.getNameAsString() + " has no summary");
      }
      String severity = Optional.ofNullable(attributes.get("severity")).map(RuleSources::lastIdentifier)
          .orElseThrow(() -> new DocsException("@BugPattern of " + type.getNameAsString() + " has no severity"));
      found.put(name, new BugPattern(index.constant(summary), severity, optionKeys(type, name)));
    }
    return found;
  }

  private static Map<String, Expression> attributes(AnnotationExpr annotation) {
    Map<String, Expression> attributes = new LinkedHashMap<>();
    if (annotation instanceof NormalAnnotationExpr normal) {
      normal.getPairs().forEach(pair -> attributes.put(pair.getNameAsString(), pair.getValue()));
    } else if (annotation instanceof SingleMemberAnnotationExpr single) {
      attributes.put("value", single.getMemberValue());
    }
    return attributes;
  }

  private static String lastIdentifier(Expression expression) {
    if (expression instanceof FieldAccessExpr access) {
      return access.getNameAsString();
    }
    if (expression instanceof NameExpr name) {
      return name.getNameAsString();
    }
    throw new DocsException("not a constant name: " + SourceIndex.where(expression));
  }

  /**
   * The {@code -XepOpt:<Rule>:<Key>} keys the check reads: every {@code flags.get*(FLAG)} on the constructor's
   * {@code ErrorProneFlags}, and in the helpers of tracelint's own code the constructor hands the flags to.
   */
  private List<String> optionKeys(TypeDeclaration<?> check, String rule) {
    Set<String> keys = new LinkedHashSet<>();
    Set<CallableDeclaration<?>> visited = new HashSet<>();
    for (ConstructorDeclaration constructor : check.getConstructors()) {
      for (Parameter parameter : constructor.getParameters()) {
        if (parameter.getType().asString().endsWith("ErrorProneFlags")) {
          readFlags(constructor, parameter.getNameAsString(), rule, keys, visited);
        }
      }
    }
    return List.copyOf(keys);
  }

  private void readFlags(CallableDeclaration<?> callable, String flags, String rule, Set<String> keys,
      Set<CallableDeclaration<?>> visited) {
    if (!visited.add(callable)) {
      return;
    }
    for (Node node : callable.findAll(Node.class, n -> n instanceof MethodCallExpr || n instanceof ObjectCreationExpr)) {
      NodeWithArguments<?> call = (NodeWithArguments<?>) node;
      boolean onFlags = node instanceof MethodCallExpr method && method.getScope()
          .filter(scope -> scope instanceof NameExpr name && name.getNameAsString().equals(flags)).isPresent();
      if (onFlags && call.getArguments().isNonEmpty()) {
        keys.add(optionKey(index.partialConstant(call.getArgument(0)), rule, node));
        continue;
      }
      for (int i = 0; i < call.getArguments().size(); i++) {
        if (call.getArgument(i) instanceof NameExpr name && name.getNameAsString().equals(flags)) {
          CallableDeclaration<?> callee = callee(node).orElseThrow(() -> new DocsException(
              "the flags go to a method the generator cannot find in tracelint's sources: " + SourceIndex.where(node)));
          readFlags(callee, callee.getParameter(i).getNameAsString(), rule, keys, visited);
        }
      }
    }
  }

  /** {@code Rule:Key} (or {@code <unknown>:Key} in a helper shared by every check) gives {@code Key}. */
  private static String optionKey(String flag, String rule, Node at) {
    int colon = flag.lastIndexOf(':');
    String prefix = colon < 0 ? "" : flag.substring(0, colon);
    String key = flag.substring(colon + 1);
    boolean ruleOrAny = prefix.equals(rule) || prefix.equals(String.valueOf(SourceIndex.UNKNOWN));
    if (colon < 0 || !ruleOrAny || key.isEmpty() || key.indexOf(SourceIndex.UNKNOWN) >= 0) {
      throw new DocsException("an Error Prone flag of " + rule + " is not `" + rule + ":<Key>` with a constant key: "
          + SourceIndex.where(at));
    }
    return key;
  }

  private Optional<CallableDeclaration<?>> callee(Node call) {
    String name;
    Optional<Expression> scope;
    int arguments = ((NodeWithArguments<?>) call).getArguments().size();
    if (call instanceof MethodCallExpr method) {
      name = method.getNameAsString();
      scope = method.getScope();
    } else {
      ObjectCreationExpr creation = (ObjectCreationExpr) call;
      return index.resolveType(creation.getType().getNameWithScope(), call)
          .flatMap(type -> type.getConstructors().stream()
              .filter(c -> c.getParameters().size() == arguments).findFirst().map(c -> (CallableDeclaration<?>) c));
    }
    Optional<TypeDeclaration<?>> owner;
    if (scope.isEmpty() || scope.get() instanceof ThisExpr) {
      owner = call.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
    } else {
      owner = index.resolveType(scope.get().toString(), call);
    }
    return owner.flatMap(type -> type.getMethodsByName(name).stream()
        .filter(m -> m.getParameters().size() == arguments).findFirst().map(m -> (CallableDeclaration<?>) m));
  }

  // PMD

  private Map<String, PmdRule> pmdRules() {
    Document ruleset = xml(root.resolve(RULESET));
    NodeList elements = ruleset.getDocumentElement().getElementsByTagName("rule");
    Map<String, PmdRule> found = new TreeMap<>();
    for (int i = 0; i < elements.getLength(); i++) {
      Element rule = (Element) elements.item(i);
      String className = rule.getAttribute("class");
      if (className.isEmpty()) {
        continue; // a reference to another ruleset's rule, not one of ours
      }
      TypeDeclaration<?> type = index.type(className).orElseThrow(() -> new DocsException(
          RULESET + ": rule " + rule.getAttribute("name") + " names class " + className + ", not in " + PMD_RULES));
      int priority = Integer.parseInt(childText(rule, "priority").orElse("5").trim());
      found.put(rule.getAttribute("name"),
          new PmdRule(className, rule.getAttribute("message"), priority, properties(type, rule)));
    }
    return found;
  }

  /** The descriptors the rule's constructors define, with the defaults the ruleset's {@code <property>} sets. */
  private List<PmdProperty> properties(TypeDeclaration<?> type, Element rule) {
    Map<String, String> values = new LinkedHashMap<>();
    NodeList set = rule.getElementsByTagName("property");
    for (int i = 0; i < set.getLength(); i++) {
      Element property = (Element) set.item(i);
      if (property.hasAttribute("value")) {
        values.put(property.getAttribute("name"), property.getAttribute("value"));
      }
    }
    List<PmdProperty> properties = new ArrayList<>();
    for (ConstructorDeclaration constructor : constructorsInRunOrder(type)) {
      for (MethodCallExpr define : constructor.findAll(MethodCallExpr.class,
          call -> call.getNameAsString().equals("definePropertyDescriptor") && call.getArguments().size() == 1)) {
        PmdProperty property = descriptor(define.getArgument(0));
        properties.add(values.containsKey(property.name())
            ? new PmdProperty(property.name(), property.description(), values.get(property.name()))
            : property);
      }
    }
    return properties;
  }

  /**
   * The constructors of {@code type} and of its superclasses among the sources, the superclass's first (its
   * constructor runs first, so its properties are defined first): a shared base rule defines the properties every
   * rule takes.
   */
  private List<ConstructorDeclaration> constructorsInRunOrder(TypeDeclaration<?> type) {
    List<ConstructorDeclaration> constructors = new ArrayList<>();
    Set<TypeDeclaration<?>> seen = new HashSet<>();
    for (Optional<TypeDeclaration<?>> current = Optional.of(type);
        current.isPresent() && seen.add(current.get());
        current = superclassOf(current.get())) {
      constructors.addAll(0, current.get().getConstructors());
    }
    return constructors;
  }

  private Optional<TypeDeclaration<?>> superclassOf(TypeDeclaration<?> type) {
    if (!(type instanceof ClassOrInterfaceDeclaration declaration) || declaration.getExtendedTypes().isEmpty()) {
      return Optional.empty();
    }
    ClassOrInterfaceType superclass = declaration.getExtendedTypes(0);
    return index.resolveType(superclass.getNameAsString(), superclass);
  }

  /** A {@code PropertyFactory.xProperty(name).desc(..).defaultValue(..).build()} field, read from its initializer. */
  private PmdProperty descriptor(Expression reference) {
    Optional<VariableDeclarator> field;
    if (reference instanceof NameExpr name) {
      field = index.resolveField(name.getNameAsString(), reference);
    } else if (reference instanceof FieldAccessExpr access) {
      field = index.resolveType(access.getScope().toString(), access)
          .flatMap(owner -> SourceIndex.field(owner, access.getNameAsString()));
    } else {
      field = Optional.empty();
    }
    Expression chain = field.flatMap(VariableDeclarator::getInitializer).orElseThrow(() -> new DocsException(
        "a property descriptor that is not a field with an initializer: " + SourceIndex.where(reference)));
    String name = null;
    String description = "";
    String defaultValue = "";
    for (Expression link = chain; link instanceof MethodCallExpr call; link = call.getScope().orElse(null)) {
      String method = call.getNameAsString();
      if (method.equals("desc") && call.getArguments().size() == 1) {
        description = index.constant(call.getArgument(0));
      } else if (method.equals("defaultValue") && call.getArguments().size() == 1) {
        Expression value = call.getArgument(0);
        String constant = index.partialConstant(value);
        defaultValue = constant.indexOf(SourceIndex.UNKNOWN) < 0 ? constant : value.toString();
      } else if (method.endsWith("Property") && call.getArguments().size() == 1) {
        name = index.constant(call.getArgument(0));
      }
    }
    if (name == null) {
      throw new DocsException("not a PropertyFactory builder: " + SourceIndex.where(chain));
    }
    return new PmdProperty(name, description, defaultValue);
  }

  private static Document xml(Path file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(file.toFile());
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new DocsException(file + " cannot be read: " + e.getMessage());
    }
  }

  private static Optional<String> childText(Element parent, String tag) {
    for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && element.getTagName().equals(tag)) {
        return Optional.of(element.getTextContent());
      }
    }
    return Optional.empty();
  }
}
