package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.FieldDecl;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Modifier;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.SourceUnit;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.TypeDecl;
import dev.tracelint.analysis.model.TypeRef;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.LoggingSinks;
import dev.tracelint.catalog.MethodRef;
import dev.tracelint.catalog.SecretCatalog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Follows one logging call's arguments back to a secret source, naming the first one found: the "sources of a secret
 * value" and "how the value travels" of {@code docs/rules/FullSecretLogged.md}. A local is followed through what it
 * was given earlier in the code it is declared in (initializer, {@code =}, {@code +=}, {@code append}/{@code insert});
 * any call the catalogue does not know to pass text through stops the flow.
 */
final class SecretFlow {
  /** Deep enough for any realistic message expression; deeper shapes are given up on, never crashed on. */
  private static final int MAX_DEPTH = 24;

  private final SecretCatalog catalog;
  private final UnitIndex index;
  private final Expr.Call sink;
  /** Where the value is judged: the sink, or an assignment to a field or a {@code toString} return of the unit. */
  /** Two words of a message: a blank between other characters ({@code "Unknown authorization token kind '"}). */
  private static final Pattern PHRASE = Pattern.compile("\\S\\s+\\S");

  private final Node point;
  private final int horizon;
  /** Whether the sink prints a command-line program's own output ({@link ProgramOutput}), not a log. */
  private final boolean programOutput;
  /**
   * The secret terms that mean something else in this unit, which works with a library whose vocabulary gives them
   * another meaning and with no source of credentials they name ({@link #meaningsIn}).
   */
  private final List<SecretCatalog.LibraryMeaning> meanings;
  /**
   * The locals and fields being followed and the types whose text is being judged, shared with the flows this one
   * starts, so that {@code a = b; b = a;} and two records that print each other end.
   */
  private final Set<Object> visiting;

  SecretFlow(SecretCatalog catalog, UnitIndex index, Expr.Call sink) {
    this.catalog = catalog;
    this.index = index;
    this.sink = sink;
    this.point = sink;
    this.horizon = sink.span().start();
    this.programOutput = ProgramOutput.isProgramOutput(sink);
    this.meanings = meaningsIn(sink.unit());
    this.visiting = Collections.newSetFromMap(new IdentityHashMap<>());
  }

  /** A flow judging a value of the unit where it is given or returned: at {@code point}. */
  private SecretFlow(SecretFlow from, Node point) {
    this.catalog = from.catalog;
    this.index = from.index;
    this.sink = null;
    this.point = point;
    this.horizon = point.span().start();
    this.programOutput = false;
    this.meanings = from.meanings;
    this.visiting = from.visiting;
  }

  /** The message subject of the first argument of the sink that carries a secret, or {@code null}. */
  String firstSecretArgument() {
    List<Expr> printed = SecretMasks.printedInFull(sink);
    for (Expr argument : printed != null ? printed : sink.arguments()) {
      String subject = secretIn(argument, 0);
      if (subject != null && !ProgramOutput.printsBesideAConversion(sink, argument, catalog)) {
        return subject;
      }
    }
    return null;
  }

  /** The message subject of the first secret among the telemetry attribute values the sink records, or null. */
  String firstSecretAttributeValue(LoggingSinks.AttributeValues values) {
    List<Expr> arguments = sink.arguments();
    if (values == LoggingSinks.AttributeValues.MAP) {
      return secretInRecordedMap(arguments.get(arguments.size() - 1));
    }
    if (values == LoggingSinks.AttributeValues.FIRST) {
      return secretIn(arguments.get(0), 0);
    }
    int first = values == LoggingSinks.AttributeValues.PAIRS_AFTER_NAME ? 2 : 1;
    int step = values == LoggingSinks.AttributeValues.AFTER_NAME ? 1 : 2;
    for (int i = first; i < arguments.size(); i += step) {
      String subject = secretIn(arguments.get(i), 0);
      if (subject != null) {
        return subject;
      }
    }
    return null;
  }

  /**
   * A map recorded whole by a telemetry sink ({@code span.log(fields)}, {@code llmObsSpan.setTags(tags)}) is judged by
   * its values, as each attribute is, never by its keys: the values of a {@code Map.of(..)} written in place, or of
   * the local or parameter given one, and the values the code it is recorded from put into it before the sink
   * ({@code fields.put("auth", token)}). Any other map (a field, a method's result) is not followed.
   */
  private String secretInRecordedMap(Expr map) {
    if (map instanceof Expr.Call) {
      return secretInMapOf((Expr.Call) map);
    }
    Variable holder = Nodes.variableOf(map);
    MethodDecl code = Nodes.enclosing(point, MethodDecl.class);
    if (holder == null || code == null || holder.kind() == Variable.VarKind.FIELD) {
      return null;
    }
    List<Expr> values = new ArrayList<>();
    Node declaration = holder.declaration();
    if (declaration instanceof Stmt.LocalVar && ((Stmt.LocalVar) declaration).initializer() instanceof Expr.Call) {
      String subject = secretInMapOf((Expr.Call) ((Stmt.LocalVar) declaration).initializer());
      if (subject != null) {
        return SecretCatalog.holderSubject(holder.name(), subject);
      }
    }
    for (Expr.Name use : index.namesOf(holder)) {
      if (use.span().start() >= horizon || !(use.parent() instanceof Expr.Call)
          || Nodes.enclosing(use, MethodDecl.class) != code) {
        continue;
      }
      Expr.Call put = (Expr.Call) use.parent();
      if (put.receiver() == use && SecretCatalog.isEntryPut(put.name()) && put.arguments().size() == 2) {
        values.add(put.arguments().get(1));
      }
    }
    String subject = firstOf(0, values);
    return subject == null ? null : SecretCatalog.holderSubject(holder.name(), subject);
  }

  /**
   * The first secret among the values of {@code Map.of(k1, v1, ..)} or {@code Map.ofEntries(Map.entry(k1, v1), ..)},
   * or {@code null} (also for any other call).
   */
  private String secretInMapOf(Expr.Call call) {
    List<Expr> entries = entriesOf(call);
    if (entries == null) {
      return null;
    }
    for (int value = 1; value < entries.size(); value += 2) {
      String subject = secretIn(entries.get(value), 1);
      if (subject != null) {
        return subject;
      }
    }
    return null;
  }

  /**
   * The keys and values, in turn, of a map a static factory makes: {@code Map.of(k1, v1, ..)}, and
   * {@code Map.ofEntries(..)} of the entries written in place with {@code Map.entry(k, v)} (an entry made elsewhere is
   * not followed); {@code null} for any other call.
   */
  private static List<Expr> entriesOf(Expr.Call call) {
    if (TypeEvidence.isCallTo(call, SecretCatalog.mapOf())) {
      return call.arguments();
    }
    if (!TypeEvidence.isCallTo(call, SecretCatalog.mapOfEntries())) {
      return null;
    }
    List<Expr> entries = new ArrayList<>();
    for (Expr argument : call.arguments()) {
      if (argument instanceof Expr.Call && ((Expr.Call) argument).arguments().size() == 2
          && TypeEvidence.isCallTo((Expr.Call) argument, SecretCatalog.mapEntry())) {
        entries.addAll(((Expr.Call) argument).arguments());
      }
    }
    return entries;
  }

  /** The message subject of the secret {@code expression} carries, or {@code null} when it carries none. */
  private String secretIn(Expr expression, int depth) {
    if (expression == null || depth > MAX_DEPTH) {
      return null;
    }
    switch (expression.kind()) {
      case CAST:
        return secretIn(((Expr.Cast) expression).expression(), depth + 1);
      case CONDITIONAL:
        Expr.Conditional conditional = (Expr.Conditional) expression;
        // key.length() > 8 ? key.substring(0, 8) : key prints at most 8 characters, as Math.min(8, key.length()) does
        List<Expr> arms = new ArrayList<>(2);
        if (!SecretMasks.isShortUnderGuard(conditional.condition(), true, conditional.ifTrue())) {
          arms.add(conditional.ifTrue());
        }
        if (!SecretMasks.isShortUnderGuard(conditional.condition(), false, conditional.ifFalse())) {
          arms.add(conditional.ifFalse());
        }
        return firstOf(depth, arms);
      case SWITCH_EXPRESSION:
        // switch (verbosity) { case DEBUG -> apiKey; default -> mask(apiKey); } is the key in one arm, as a ?: is
        return firstOf(depth, Nodes.valuesOf((Expr.SwitchExpr) expression));
      case BINARY:
        Expr.Binary binary = (Expr.Binary) expression;
        return binary.operator() == Expr.Binary.Op.PLUS ? firstOf(depth, List.of(binary.left(), binary.right())) : null;
      case LAMBDA:
        // A Log4j Supplier: () -> apiKey. A block body is not followed.
        Node body = ((Expr.Lambda) expression).body();
        return body instanceof Expr ? secretIn((Expr) body, depth + 1) : null;
      case METHOD_REFERENCE:
        // A Log4j or SLF4J Supplier given as a method reference: props::apiKey, config::getApiKey
        Expr.MethodRef reference = (Expr.MethodRef) expression;
        return reference.receiver() != null && catalog.isSecretGetterName(reference.name(), meanings)
            ? SecretCatalog.getterSubject(reference.name())
            : null;
      case NAME:
      case FIELD_ACCESS:
        return secretInVariable(expression, depth);
      case CALL:
        return secretInCall((Expr.Call) expression, depth);
      case NEW_ARRAY:
        // JUL's log(Level, String, Object[]) and explicit varargs arrays: new Object[] {baseUrl, apiKey}
        return firstOf(depth, ((Expr.NewArray) expression).initializers());
      case NEW:
        Expr.New creation = (Expr.New) expression;
        String messageType = logMessageType(creation);
        if (messageType != null) {
          // LOG.info(new ParameterizedMessage("key {}", apiKey)) prints what LOG.info("key {}", apiKey) prints, and
          // new StringFormattedMessage("key %.4s", apiKey) a prefix
          List<Expr> printed = SecretCatalog.isPrintfLogMessageType(messageType)
              ? SecretMasks.printedInFullAfterPattern(creation.arguments())
              : null;
          return firstOf(depth, printed != null ? printed : creation.arguments());
        }
        // new StringBuilder(key) copies the text; new IllegalStateException("key " + key, e) makes it the message
        // a logger prints with the stack trace (and a cause's message its "Caused by")
        return SecretCatalog.isPassThroughConstructor(creation.writtenSimpleName())
                || SecretCatalog.isAddressConstructor(creation.type().qualifiedName())
                || SecretCatalog.isNamedLikeAThrowable(creation.writtenSimpleName())
                || creation.type().isSubtypeOf(SecretCatalog.THROWABLE_TYPE).isYes()
            ? firstOf(depth, creation.arguments())
            : null;
      default:
        return null;
    }
  }

  /** The canonical name of the log message type {@code creation} makes, or {@code null} for any other type. */
  private String logMessageType(Expr.New creation) {
    for (String type : SecretCatalog.logMessageTypes()) {
      if (TypeEvidence.isExactly(creation.type(), creation.writtenType(), type, point.unit())) {
        return type;
      }
    }
    return null;
  }

  private String firstOf(int depth, List<Expr> expressions) {
    for (Expr expression : expressions) {
      String subject = secretIn(expression, depth + 1);
      if (subject != null) {
        return subject;
      }
    }
    return null;
  }

  /**
   * A field, parameter or local that holds text is a secret when its name marks one, or when a framework injects one
   * into it; a parameter called {@code token} of a streaming callback, and a local named like a secret that was only
   * given values known not to be one, are not. Any other local is a secret when it was given one.
   */
  private String secretInVariable(Expr reference, int depth) {
    if (reference.constant() != null) {
      // A compile-time constant is a name (an environment variable's, a header's), not a value read at runtime.
      return null;
    }
    if (GeneratedSecretGuards.holdsAKnownLiteral(reference, index)) {
      // if ("changeme".equals(password)) log.warn("default password {} in use", password): the source prints it too
      return null;
    }
    Variable variable = Nodes.variableOf(reference);
    TypeRef type = TypeEvidence.knownType(reference);
    if (!mayHoldSecretText(type) && !isOptionalOfText(variable)) {
      if (variable != null && printsItsHeaders(reference, type)) {
        // log.debug("--> {}", request): an OkHttp request prints its headers, Authorization included
        return SecretCatalog.requestHeadersSubject(variable.name());
      }
      return variable == null ? null : secretInObject(variable, type, depth);
    }
    if (variable == null) {
      // A name the engine could not resolve (PMD without an auxclasspath): its name is all there is.
      String name = Nodes.referencedName(reference);
      return namesSecret(name) && !typedElsewhereAsNoText(reference)
          && !TypeEvidence.namedAsConstantOfANamesHolder(reference)
          ? SecretCatalog.variableSubject(name)
          : null;
    }
    if (variable.constantValue() != null) {
      return null;
    }
    String name = variable.name();
    switch (variable.kind()) {
      case FIELD:
        // A field declared outside the unit has no annotations here: its name decides.
        return namesSecret(name) || InjectedSecrets.property(variable, catalog)
                || fieldGivenSecret(variable, depth)
            ? SecretCatalog.variableSubject(name)
            : null;
      case PARAMETER:
      case LAMBDA_PARAMETER:
        boolean secretByName = namesSecret(name)
            && !(SecretCatalog.isBareToken(name) && isStreamedTokenSite(variable) && !isElementOfSecrets(variable));
        return secretByName || InjectedSecrets.property(variable, catalog) || InjectedSecrets.header(variable)
                || InjectedSecrets.requestParameter(variable, catalog) || isElementOfSecrets(variable)
            ? SecretCatalog.variableSubject(name)
            : secretEntryPut(variable);
      case LOCAL:
      case RESOURCE:
      case EXCEPTION_PARAMETER:
      case FOREACH:
      case PATTERN:
        if (namesSecret(name)) {
          boolean vouched = (SecretCatalog.isBareToken(name) && isStreamedTokenSite(variable)
                  && !isElementOfSecrets(variable))
              || onlyNonSecretValues(variable, depth);
          if (!vouched && SecretCatalog.isBareToken(name) && isModelOutputSite(variable)) {
            // a piece of model output unless it was given a secret: String token = System.getenv("API_TOKEN")
            return localCarriesSecret(variable, depth) || isElementOfSecrets(variable)
                ? SecretCatalog.variableSubject(name) : null;
          }
          return vouched ? null : SecretCatalog.variableSubject(name);
        }
        return localCarriesSecret(variable, depth) || isElementOfSecrets(variable)
            ? SecretCatalog.variableSubject(name)
            : secretEntryPut(variable);
      default:
        return null;
    }
  }

  /**
   * A variable declared {@code Optional<String>} (or {@code Optional<CharSequence>}), which prints its value
   * ({@code Optional[sk-...]}) and so is judged as the text it holds. The model keeps no type arguments, so they are
   * read from the declaration as written; an {@code Optional} of anything else, or a {@code var}, is not text.
   */
  private static boolean isOptionalOfText(Variable variable) {
    if (variable == null || variable.declaration() == null || variable.writtenType() == null
        || !SecretCatalog.OPTIONAL_TYPE_NAME.equals(TypeEvidence.simpleNameOfWritten(variable.writtenType()))) {
      return false;
    }
    String declared = variable.declaration().unit().textOf(variable.declaration());
    return declared != null && SecretCatalog.declaresOptionalOfText(declared, variable.name());
  }

  /**
   * A value that is not text but prints a secret when logged whole: a record or class of the unit whose
   * {@code toString} prints a secret component or field, a map, {@code Properties} or header collection given a
   * secret entry before the sink, a parameter injected with every header of the request, or a local given a request's
   * header collection.
   */
  private String secretInObject(Variable variable, TypeRef type, int depth) {
    if (variable.kind() == Variable.VarKind.PARAMETER && InjectedSecrets.everyHeader(variable, point.unit())) {
      return SecretCatalog.injectedHeadersSubject(variable.name());
    }
    String printed = secretPrintedBy(type, depth);
    if (printed != null) {
      return SecretCatalog.printedFieldSubject(variable.name(), printed);
    }
    String entry = secretEntryPut(variable);
    if (entry != null) {
      return entry;
    }
    return variable.isLocal() && localCarriesSecret(variable, depth)
        ? SecretCatalog.variableSubject(variable.name())
        : null;
  }

  /**
   * The secret a record or class declared in the unit prints as its text: a record's component named like a secret
   * that holds text (not an array), unless the record writes its own {@code toString}; the secret a class's or
   * record's own {@code toString} returns. A class that writes none prints its name and hash; one declared outside
   * the unit is not seen.
   */
  private String secretPrintedBy(TypeRef type, int depth) {
    TypeDecl declaration = declarationOf(type);
    if (declaration == null || depth > MAX_DEPTH || !visiting.add(declaration)) {
      return null;
    }
    try {
      MethodDecl toString = null;
      for (MethodDecl method : declaration.methods()) {
        if (SecretCatalog.isToString(method.name()) && method.parameters().isEmpty() && method.body() != null) {
          toString = method;
        }
      }
      if (toString != null) {
        for (Node node : Nodes.all(toString.body())) {
          if (node.kind() == Node.Kind.RETURN && Nodes.enclosing(node, MethodDecl.class) == toString) {
            String subject = new SecretFlow(this, node).secretIn(((Stmt.Jump) node).expression(), depth + 1);
            if (subject != null) {
              return subject;
            }
          }
        }
        return null;
      }
      if (declaration.typeKind() != TypeDecl.TypeKind.RECORD) {
        return null;
      }
      for (Variable component : declaration.recordComponents()) {
        // A record prints an array component as its identity ([C@1b6d3586), never its characters.
        if (namesSecret(component.name()) && mayHoldSecretText(component.type())
            && !component.type().isArray()) {
          return SecretCatalog.variableSubject(component.name());
        }
      }
      return null;
    } finally {
      visiting.remove(declaration);
    }
  }

  /**
   * What JSON of {@code value} carries: for a record or class of the unit, a property it exposes
   * ({@link #secretSerializedBy}), whatever its {@code toString} says; otherwise a secret the value holds as text or in
   * its entries ({@link #secretIn}).
   */
  private String secretRenderedAsJson(Expr value, int depth) {
    Variable variable = Nodes.variableOf(value);
    TypeRef type = variable != null ? variable.type() : TypeEvidence.knownType(value);
    if (type == null || declarationOf(type) == null) {
      return secretIn(value, depth);
    }
    String property = secretSerializedBy(type);
    if (property == null) {
      return null;
    }
    String named = variable != null ? variable.name() : Nodes.memberName(value);
    return SecretCatalog.serializedFieldSubject(named != null ? named : type.simpleName(), property);
  }

  /**
   * The secret property JSON of a record or class declared in the unit carries: a record component, or a class field
   * with a getter of the class ({@code getApiKey()} or {@code apiKey()}: a bean property) or declared public (both
   * Jackson's default visibility and Gson serialize it), named like a secret, that
   * holds text and carries no ignore annotation ({@code @JsonIgnore}). A class declared elsewhere is not seen.
   */
  private String secretSerializedBy(TypeRef type) {
    TypeDecl declaration = declarationOf(type);
    if (declaration == null) {
      return null;
    }
    List<Variable> properties = new ArrayList<>(declaration.recordComponents());
    for (FieldDecl field : declaration.fields()) {
      Variable variable = field.variable();
      // a bean property, or a public field (Jackson and Gson serialize those without a getter)
      if (!variable.is(Modifier.STATIC)
          && (variable.is(Modifier.PUBLIC) || hasGetter(declaration, variable.name()))) {
        properties.add(variable);
      }
    }
    for (Variable property : properties) {
      if (namesSecret(property.name()) && mayHoldSecretText(property.type())
          && property.annotations().stream().noneMatch(annotation -> SecretCatalog.isJsonIgnore(annotation.simpleName()))) {
        return SecretCatalog.variableSubject(property.name());
      }
    }
    return null;
  }

  /** Whether the type declares a no-argument getter of the property: {@code getApiKey()} or {@code apiKey()}. */
  private static boolean hasGetter(TypeDecl declaration, String property) {
    String bean = "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
    return declaration.methods().stream().anyMatch(method -> method.parameters().isEmpty()
        && (method.name().equals(bean) || method.name().equals(property)));
  }

  /** The record or class declared in the unit that a resolved type names, or {@code null}. */
  private TypeDecl declarationOf(TypeRef type) {
    String name = type.isResolved() ? type.qualifiedName() : null;
    if (name == null) {
      return null;
    }
    for (TypeDecl declaration : index.<TypeDecl>all(Node.Kind.TYPE)) {
      if (name.equals(declaration.type().qualifiedName())) {
        return declaration;
      }
    }
    return null;
  }

  /**
   * A map, {@code Properties} or header collection given, before the sink and in the code it is logged from, an entry
   * whose key names a secret or a credential header with a value that is neither a constant nor a mask
   * ({@code props.put("sasl.jaas.config", jaas)}, {@code headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + token)},
   * {@code headers.setBearerAuth(token)}); the subject names the holder and the entry.
   */
  private String secretEntryPut(Variable holder) {
    MethodDecl code = Nodes.enclosing(point, MethodDecl.class);
    if (code == null) {
      return null;
    }
    for (Expr.Name use : index.namesOf(holder)) {
      if (use.span().start() >= horizon || !(use.parent() instanceof Expr.Call)
          || Nodes.enclosing(use, MethodDecl.class) != code) {
        continue;
      }
      Expr.Call put = (Expr.Call) use.parent();
      if (put.receiver() != use) {
        continue;
      }
      List<Expr> arguments = put.arguments();
      if (SecretCatalog.isAuthorizationPut(put.name()) && !arguments.isEmpty()
          && arguments.stream().anyMatch(SecretFlow::isGivenValue)) {
        return SecretCatalog.holderSubject(holder.name(), SecretCatalog.headerSubject("Authorization"));
      }
      if (SecretCatalog.isEntryPut(put.name()) && arguments.size() == 2 && isGivenValue(arguments.get(1))
          && !isMintedTokenOfAPayload(arguments.get(0), arguments.get(1))) {
        String entry = secretEntryKey(arguments.get(0));
        if (entry != null) {
          return SecretCatalog.holderSubject(holder.name(), entry);
        }
      }
    }
    return null;
  }

  /** How messages name a key that marks its entry as secret: a credential header, a secret's key, a JAAS line. */
  private String secretEntryKey(Expr key) {
    String header = InjectedSecrets.headerNamedBy(key);
    if (header != null) {
      return SecretCatalog.headerSubject(header);
    }
    String text = Nodes.stringConstant(key);
    if (text == null && key.constant() == null) {
      // A constant the engine cannot read (PMD without an auxclasspath): its name, SaslConfigs.SASL_JAAS_CONFIG
      text = Nodes.referencedName(key);
      return SecretCatalog.carriesCredentials(text) ? SecretCatalog.keySubject(text) : null;
    }
    return catalog.isSecretKey(text) ? SecretCatalog.keySubject(text) : null;
  }

  /** A value put at runtime: not a constant, not {@code null}, not a mask of a secret. */
  private static boolean isGivenValue(Expr value) {
    return value.constant() == null && !Nodes.isNull(value)
        && !(value instanceof Expr.Call && SecretCatalog.isMaskingMethodName(((Expr.Call) value).name()));
  }

  /**
   * A text field of the unit, named neutrally, that the unit gives a secret somewhere ({@code this.value =
   * tokenClient.getAccessToken()}, {@code private final String key = System.getenv("OPENAI_API_KEY")}): each value
   * judged where it is given.
   */
  private boolean fieldGivenSecret(Variable field, int depth) {
    if (!(field.declaration() instanceof FieldDecl) || depth > MAX_DEPTH || !visiting.add(field)) {
      return false;
    }
    try {
      FieldDecl declaration = (FieldDecl) field.declaration();
      if (declaration.initializer() != null
          && new SecretFlow(this, declaration).secretIn(declaration.initializer(), depth + 1) != null) {
        return true;
      }
      for (Expr.Assign assignment : index.<Expr.Assign>all(Node.Kind.ASSIGN)) {
        if (Nodes.variableOf(assignment.target()) == field
            && (assignment.operator().equals("=") || assignment.operator().equals("+="))
            && new SecretFlow(this, assignment).secretIn(assignment.value(), depth + 1) != null) {
          return true;
        }
      }
      return false;
    } finally {
      visiting.remove(field);
    }
  }

  /**
   * A call reads a secret (a getter named like one, a credential header, a value by a secret key, the value of a holder
   * named like one) or passes one on from its receiver or arguments; a mask, a short window and any other call stop
   * the flow.
   */
  private String secretInCall(Expr.Call call, int depth) {
    if (SecretMasks.masks(call, catalog)) {
      return null;
    }
    String name = call.name();
    List<Expr> arguments = call.arguments();
    TypeRef result = TypeEvidence.knownType(call);
    String request = requestOfHeaders(call);
    if (request != null) {
      return SecretCatalog.requestHeadersSubject(request);
    }
    String tokenResponse = tokenEndpointResponse(call, depth);
    if (tokenResponse != null) {
      return SecretCatalog.tokenResponseSubject(tokenResponse);
    }
    for (MethodRef encoder : SecretCatalog.credentialEncoders()) {
      if (TypeEvidence.isCallTo(call, encoder)) {
        // Base64 and Basic authorization values are reversible: the encoded text carries what it encodes
        return firstOf(depth, arguments);
      }
    }
    String inAddress = secretInAddress(call, depth);
    if (inAddress != null) {
      return inAddress;
    }
    for (MethodRef renderer : SecretCatalog.jsonRenderers()) {
      if (arguments.size() == 1 && TypeEvidence.isCallTo(call, renderer)) {
        return secretRenderedAsJson(arguments.get(0), depth + 1);
      }
    }
    List<Expr> entries = entriesOf(call);
    if (entries != null) {
      for (int key = 0; key + 1 < entries.size(); key += 2) {
        Expr value = entries.get(key + 1);
        String entry = isGivenValue(value) && !isMintedTokenOfAPayload(entries.get(key), value)
            ? secretEntryKey(entries.get(key))
            : null;
        if (entry != null) {
          return entry;
        }
      }
      return null;
    }
    if (!mayHoldSecretText(result) && call.receiver() != null && printsItsHeaders(call, result)) {
      // log.error("{} failed", call.request(), e): an OkHttp request prints its headers, Authorization included
      return SecretCatalog.requestHeadersSubject(name + "()");
    }
    if (!mayHoldSecretText(result)) {
      String printed = secretPrintedBy(result, depth);
      if (printed != null) {
        return SecretCatalog.printedFieldSubject(name + "()", printed);
      }
    }
    if (arguments.isEmpty() && isSecretGetter(call)) {
      return mayHoldSecretText(result) && !typedElsewhereAsNoText(call) && !readsNoTextOfALibrary(call)
          ? SecretCatalog.getterSubject(name)
          : null;
    }
    if (SecretCatalog.isHeaderRead(name) && arguments.size() == 1) {
      String header = InjectedSecrets.headerNamedBy(arguments.get(0));
      if (header != null) {
        return mayHoldSecretText(result) ? SecretCatalog.headerSubject(header) : null;
      }
    }
    if (SecretCatalog.isKeyedRead(name) && !arguments.isEmpty()) {
      String key = Nodes.stringConstant(arguments.get(0));
      if (key == null && TypeEvidence.namedAsConstantOfANamesHolder(arguments.get(0))) {
        // props.getProperty(IdentifyConstants.SECRET_KEY) without an auxclasspath: the constant's name names the key
        key = Nodes.referencedName(arguments.get(0));
      }
      if (catalog.isSecretKey(key) && mayHoldSecretText(result)) {
        return SecretCatalog.keySubject(key);
      }
    }
    if (arguments.isEmpty() && TypeEvidence.isCallTo(call, SecretCatalog.wholeEnvironment())) {
      return SecretCatalog.wholeEnvironmentSubject();
    }
    String jsonKey = secretJsonMemberRead(call);
    if (jsonKey != null) {
      return SecretCatalog.keySubject(jsonKey);
    }
    for (MethodRef factory : SecretCatalog.optionalFactories()) {
      if (arguments.size() == 1 && TypeEvidence.isCallTo(call, factory)) {
        // Optional.ofNullable(System.getenv("MISTRAL_API_KEY")) holds the key: its accessors give it back, and its
        // own text prints it (Optional[sk-..])
        return secretIn(arguments.get(0), depth + 1);
      }
    }
    Expr receiver = call.receiver();
    if (SecretCatalog.isValueAccessor(name, arguments.size())) {
      String holder = secretHolderName(receiver);
      if (holder != null) {
        return mayHoldSecretText(result) ? SecretCatalog.variableSubject(holder) : null;
      }
      if (receiver instanceof Expr.Call && isOptionalMade((Expr.Call) receiver)) {
        // Optional.ofNullable(System.getenv("MISTRAL_API_KEY")).orElse(""): the key, or the fallback
        String held = secretIn(receiver, depth + 1);
        return held != null || arguments.isEmpty() ? held : firstOf(depth, arguments);
      }
    }
    if (SecretCatalog.isWindowCut(name)) {
      return SecretMasks.keepsOnlyAShortWindow(call) ? null : secretIn(receiver, depth + 1);
    }
    if (SecretMasks.replacesAllButAShortWindow(call)) {
      // new StringBuilder(apiKey).replace(4, apiKey.length(), "****") keeps four characters and the text put in
      return secretIn(arguments.get(2), depth + 1);
    }
    if (!SecretCatalog.isPassThroughCall(name) && !TypeEvidence.isCallTo(call, SecretCatalog.joinerAdd())) {
      return null;
    }
    List<Expr> printed = SecretMasks.printedInFull(call);
    if (printed != null) {
      // String.format("%.6s", apiKey), "%s".formatted(apiKey): only what the pattern prints whole carries a secret
      return firstOf(depth, printed);
    }
    String inReceiver = secretIn(receiver, depth + 1);
    return inReceiver != null ? inReceiver : firstOf(depth, arguments);
  }

  /**
   * The secret an address carries, which prints its text whole: one made of text ({@code URI.create(baseUrl +
   * "?key=" + apiKey)}, {@code HttpUrl.parse(..)}, {@code UriComponentsBuilder.fromUriString(..)}), a step of an
   * address builder that adds its arguments to what the address held ({@code .newBuilder().addQueryParameter("key",
   * apiKey).build()}, Spring's {@code queryParam}, Apache's {@code addParameter}) or replaces a parameter (only its
   * arguments then: {@code setQueryParameter("key", "REDACTED")} makes a redacted copy), and a request's address
   * ({@link #secretInRequestAddress}). {@code null} for any other call, and for an address that carries none.
   */
  private String secretInAddress(Expr.Call call, int depth) {
    for (MethodRef factory : SecretCatalog.addressFactories()) {
      if (TypeEvidence.isCallTo(call, factory)) {
        return firstOf(depth, call.arguments());
      }
    }
    if (call.receiver() == null) {
      return null;
    }
    SecretCatalog.AddressBuilder builder = SecretCatalog.isAddressStepName(call.name()) ? addressBuilderOf(call) : null;
    boolean addition = builder != null && builder.adds(call.name(), call.arguments().size());
    if (!addition && (builder == null || !builder.replaces(call.name()))) {
      return secretInRequestAddress(call, depth);
    }
    String inArguments = firstOf(depth, call.arguments());
    return inArguments != null || !addition ? inArguments : secretIn(call.receiver(), depth + 1);
  }

  /** {@code Optional.of(v)} or {@code Optional.ofNullable(v)}. */
  private static boolean isOptionalMade(Expr.Call call) {
    return call.arguments().size() == 1
        && SecretCatalog.optionalFactories().stream().anyMatch(factory -> TypeEvidence.isCallTo(call, factory));
  }

  /** A step of an address builder that keeps what the address held and adds its arguments. */
  private static boolean addsToAddress(Expr.Call call) {
    SecretCatalog.AddressBuilder builder = SecretCatalog.isAddressStepName(call.name()) ? addressBuilderOf(call) : null;
    return builder != null && builder.adds(call.name(), call.arguments().size());
  }

  /**
   * The address builder whose step {@code call} is (OkHttp's {@code HttpUrl} and its builder, Spring's
   * {@code UriComponentsBuilder}, Apache's {@code URIBuilder}), or {@code null}.
   */
  private static SecretCatalog.AddressBuilder addressBuilderOf(Expr.Call call) {
    for (SecretCatalog.AddressBuilder builder : SecretCatalog.addressBuilders()) {
      // the builder's own steps only: without types, a file that imports two builders names both
      if (builder.hasStep(call.name()) && TypeEvidence.isCallTo(call, new MethodRef(builder.type(), call.name()))) {
        return builder;
      }
    }
    return null;
  }

  /**
   * The secret in the address of a request local that {@code call} reads ({@code request.url()} of OkHttp,
   * {@code request.uri()} of the JDK): the address its building chain was given ({@code new Request.Builder()
   * .url(url).header(..).build()}, {@code HttpRequest.newBuilder(uri)}). A key sent in a header is not in the address.
   */
  private String secretInRequestAddress(Expr.Call call, int depth) {
    String requestType = SecretCatalog.requestTypeOfAddressRead(call.name());
    Variable request = requestType == null || !call.arguments().isEmpty() ? null : Nodes.variableOf(call.receiver());
    if (request == null || !request.isLocal() || !TypeEvidence.isA(request.type(), requestType, call.unit()).isYes()
        || depth > MAX_DEPTH || !visiting.add(request)) {
      return null;
    }
    try {
      for (Expr value : valuesOf(request)) {
        Expr step = value;
        for (int steps = 0; step instanceof Expr.Call && steps < MAX_DEPTH; steps++) {
          Expr.Call building = (Expr.Call) step;
          if (SecretCatalog.isRequestAddressStep(building.name()) && building.arguments().size() == 1) {
            String subject = secretIn(building.arguments().get(0), depth + 1);
            if (subject != null) {
              return subject;
            }
          }
          step = building.receiver();
        }
      }
      return null;
    } finally {
      visiting.remove(request);
    }
  }

  /**
   * The name of the response local whose whole body {@code call} reads ({@code response.body()},
   * {@code response.body().string()}) when the response came from a request to an OAuth or token endpoint: an address
   * or a variable named like one ({@code tokenUrl}) in what the local was given, followed through the locals it was
   * built from. {@code null} otherwise.
   */
  private String tokenEndpointResponse(Expr.Call call, int depth) {
    if (!call.arguments().isEmpty() || !SecretCatalog.isResponseBody(call.name())) {
      return null;
    }
    Expr receiver = call.receiver();
    if (call.name().equals("string")) {
      // OkHttp: response.body().string()
      if (!(receiver instanceof Expr.Call) || !SecretCatalog.isResponseBody(((Expr.Call) receiver).name())
          || !((Expr.Call) receiver).arguments().isEmpty()) {
        return null;
      }
      receiver = ((Expr.Call) receiver).receiver();
    }
    Variable response = receiver == null ? null : Nodes.variableOf(receiver);
    if (response == null || !response.isLocal() || mayHoldSecretText(response.type())) {
      return null;
    }
    return reachesTokenEndpoint(response, depth) ? response.name() : null;
  }

  /** Whether a local was built from a token endpoint's address, through the locals its values name. */
  private boolean reachesTokenEndpoint(Variable local, int depth) {
    if (depth > MAX_DEPTH || !visiting.add(local)) {
      return false;
    }
    try {
      for (Expr value : valuesOf(local)) {
        for (Node node : Nodes.all(value)) {
          if (node instanceof Expr && SecretCatalog.isTokenEndpointAddress(Nodes.stringConstant((Expr) node))) {
            return true;
          }
          Variable named = node instanceof Expr ? Nodes.variableOf((Expr) node) : null;
          if (named == null) {
            continue;
          }
          if (SecretCatalog.namesTokenEndpoint(named.name())
              || (named.isLocal() && reachesTokenEndpoint(named, depth + 1))) {
            return true;
          }
        }
      }
      return false;
    } finally {
      visiting.remove(local);
    }
  }

  /** Whether a value of {@code type} is a request whose text prints every header with its value. */
  private static boolean printsItsHeaders(Expr reference, TypeRef type) {
    for (String request : SecretCatalog.requestTypesPrintingHeaders()) {
      if (TypeEvidence.isA(type, request, reference.unit()).isYes()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The secret key of a JSON member {@code call} reads as text, or {@code null}:
   * {@code json.get("access_token").asText()}, {@code body.getAsJsonPrimitive("client_secret").getAsString()}. The key
   * decides, as for a map or the environment.
   */
  private String secretJsonMemberRead(Expr.Call call) {
    if (!call.arguments().isEmpty() || !SecretCatalog.isJsonTextRead(call.name())
        || !(call.receiver() instanceof Expr.Call)) {
      return null;
    }
    Expr.Call member = (Expr.Call) call.receiver();
    String key = SecretCatalog.isJsonMemberRead(member.name()) && member.arguments().size() == 1
        ? Nodes.stringConstant(member.arguments().get(0)) : null;
    return catalog.isSecretKey(key) ? key : null;
  }

  /**
   * The name of the request whose whole header collection {@code call} returns ({@code request.headers()},
   * {@code request.getHeaders()}, also as a map: {@code request.headers().map()}), or {@code null}: a response's
   * headers, one header's value, the header names and filtered copies are not.
   */
  private static String requestOfHeaders(Expr.Call call) {
    if (!call.arguments().isEmpty() || call.receiver() == null) {
      return null;
    }
    if (SecretCatalog.isWholeHeaderView(call.name()) && call.receiver() instanceof Expr.Call) {
      return requestOfHeaders((Expr.Call) call.receiver());
    }
    if (!SecretCatalog.isHeaderCollection(call.name())) {
      return null;
    }
    TypeRef type = TypeEvidence.knownType(call.receiver());
    for (String request : SecretCatalog.credentialRequestTypes()) {
      if (TypeEvidence.isA(type, request, call.unit()).isYes()) {
        String name = Nodes.referencedName(call.receiver());
        return name != null ? name : Nodes.memberName(call.receiver()) + "()";
      }
    }
    return null;
  }

  /**
   * The name of a variable, field or parameter named like a secret whose value a call unwraps
   * ({@code retrievedSecret.getValue()}, {@code apiKey.get()}), whatever its type; a bare {@code token} (a lexer's or
   * a stream's) or {@code cookie} (any one cookie of a request: a locale's, a theme's) is too ambiguous to count.
   */
  private String secretHolderName(Expr receiver) {
    String name = receiver == null ? null : Nodes.referencedName(receiver);
    return namesSecret(name) && !SecretCatalog.isAmbiguousHolderName(name) ? name : null;
  }

  /** A local given, before the sink, a value that carries a secret. */
  private boolean localCarriesSecret(Variable local, int depth) {
    if (!visiting.add(local)) {
      return false;
    }
    try {
      for (Expr value : valuesOf(local)) {
        if (carriesSecret(value, local, depth)) {
          return true;
        }
      }
      return false;
    } finally {
      visiting.remove(local);
    }
  }

  /**
   * Whether a value given to {@code local} carries a secret. A value that reads the local itself
   * ({@code key = key.trim()}) reads what the local held before that assignment: judged there, by a flow whose point
   * is the assignment, so that an overwrite keeps the secret it was made from.
   */
  private boolean carriesSecret(Expr value, Variable local, int depth) {
    if (!(value.parent() instanceof Expr.Assign) || !Nodes.anyInline(value, node -> node instanceof Expr
        && Nodes.isName((Expr) node, local))) {
      return secretIn(value, depth + 1) != null;
    }
    visiting.remove(local);
    try {
      return new SecretFlow(this, value.parent()).secretIn(value, depth + 1) != null;
    } finally {
      visiting.add(local);
    }
  }

  /**
   * A local named like a secret but only ever given values known not to be one: a mask or short prefix
   * ({@code String token = mask(raw)}), a result that only describes a secret ({@code tokenizer.nextToken()}), a
   * literal, or a read of a key that names no secret ({@code String pwd = System.getProperty("user.dir")}).
   */
  private boolean onlyNonSecretValues(Variable local, int depth) {
    List<Expr> values = valuesOf(local);
    if (values.isEmpty()) {
      return false;
    }
    boolean bareToken = SecretCatalog.isBareToken(local.name());
    for (Expr value : values) {
      if (!isKnownNonSecret(value, bareToken, depth)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code bareToken}: the local is called {@code token}, so a piece of content ({@code delta.getContent()}) or a
   * piece cut from a variable that carries no secret ({@code line.substring(6)}) is streamed model output rather
   * than a credential.
   */
  private boolean isKnownNonSecret(Expr value, boolean bareToken, int depth) {
    if (Nodes.isNull(value) || value.constant() != null) {
      return true;
    }
    if (isMessageText(value, depth)) {
      return true;
    }
    if (!(value instanceof Expr.Call)) {
      return false;
    }
    Expr.Call call = (Expr.Call) value;
    String name = call.name();
    List<Expr> arguments = call.arguments();
    if (SecretCatalog.isKeyedRead(name) && !arguments.isEmpty()) {
      String key = Nodes.stringConstant(arguments.get(0));
      return key != null && !catalog.isSecretKey(key);
    }
    return SecretMasks.masks(call, catalog)
        || (programOutput && ProgramOutput.mintsToken(call))
        || (bareToken && arguments.isEmpty() && SecretCatalog.isContentAccessor(name))
        || (bareToken && SecretCatalog.isTextCut(name) && isPlainTextVariable(call.receiver(), depth))
        || catalog.describesSecretWithoutHoldingIt(name) || isFileLocation(call)
        || (SecretCatalog.isWindowCut(name) && SecretMasks.keepsOnlyAShortWindow(call));
  }

  /**
   * Where a file is ({@link SecretCatalog#isPathAccessor}): {@code file.getAbsolutePath()}, also as text,
   * {@code path.toAbsolutePath().toString()}.
   */
  private static boolean isFileLocation(Expr.Call call) {
    return SecretCatalog.isPathAccessor(call.name()) || (call.name().equals("toString") && call.arguments().isEmpty()
        && call.receiver() instanceof Expr.Call && SecretCatalog.isPathAccessor(((Expr.Call) call.receiver()).name()));
  }

  /**
   * An entry of the payload a program prints as its output holding the token it minted ({@code json.put("token",
   * token)}); under a credential header's name ({@code headers.put("Authorization", token)}) the token is being used
   * to call something, not issued.
   */
  private boolean isMintedTokenOfAPayload(Expr key, Expr value) {
    return isTokenMintedForOutput(value) && InjectedSecrets.headerNamedBy(key) == null;
  }

  /**
   * A token the program mints and prints as its output ({@link ProgramOutput}): at a sink that prints the program's
   * output, a signing call, or a local given only signing calls ({@code String token = accessToken.toJwt()}).
   */
  private boolean isTokenMintedForOutput(Expr value) {
    if (!programOutput) {
      return false;
    }
    if (value instanceof Expr.Call) {
      return ProgramOutput.mintsToken((Expr.Call) value);
    }
    Variable local = Nodes.variableOf(value);
    if (local == null || !local.isLocal()) {
      return false;
    }
    List<Expr> values = valuesOf(local);
    return !values.isEmpty()
        && values.stream().allMatch(given -> given instanceof Expr.Call && ProgramOutput.mintsToken((Expr.Call) given));
  }

  /**
   * A message written around values that carry no secret ({@code "Unknown authorization token kind '" + kind + "'"}):
   * a concatenation with a phrase among its literals (words separated by a blank, not an authorization scheme's
   * {@code "Bearer "}) and no operand that carries a secret. A local named like a secret given only such text is the
   * message about it, not the secret.
   */
  private boolean isMessageText(Expr value, int depth) {
    List<Expr> operands = Nodes.operands(value, Expr.Binary.Op.PLUS);
    if (operands.size() < 2 || operands.stream().noneMatch(SecretFlow::isPhrase)) {
      return false;
    }
    for (Expr operand : operands) {
      if (operand.constant() == null && secretIn(operand, depth + 1) != null) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPhrase(Expr operand) {
    String text = Nodes.stringConstant(operand);
    return text != null && PHRASE.matcher(text).find();
  }

  /**
   * A local or parameter whose name mentions no secret and that carries none ({@code line} read from a stream), also
   * after further cuts ({@code line.substring(6).trim()}).
   */
  private boolean isPlainTextVariable(Expr receiver, int depth) {
    Expr cut = receiver;
    for (int cuts = 0; cut instanceof Expr.Call && cuts < MAX_DEPTH; cuts++) {
      if (!SecretCatalog.isTextCut(((Expr.Call) cut).name())) {
        return false;
      }
      cut = ((Expr.Call) cut).receiver();
    }
    String name = cut instanceof Expr.Name ? Nodes.referencedName(cut) : null;
    return name != null && !catalog.mentionsSecret(name) && secretIn(cut, depth + 1) == null;
  }

  /**
   * What a local was given before the sink: its initializer, the values of {@code =} and {@code +=}, and the
   * arguments of {@code append}/{@code insert} calls on it ({@code sb.append(a).append(b)}, a joiner's {@code add}),
   * wherever the local is
   * visible, a lambda or a class that captures it included.
   */
  private List<Expr> valuesOf(Variable local) {
    List<Expr> values = new ArrayList<>();
    Expr.Assign overwrite = lastOverwriteOnEveryPath(local);
    int reachingFrom = overwrite == null ? Integer.MIN_VALUE : overwrite.span().start();
    Node declaration = local.declaration();
    if (overwrite == null && declaration instanceof Stmt.LocalVar
        && ((Stmt.LocalVar) declaration).initializer() != null) {
      values.add(((Stmt.LocalVar) declaration).initializer());
    }
    for (Expr.Name use : index.namesOf(local)) {
      if (use.span().start() >= horizon || use.span().start() < reachingFrom) {
        continue;
      }
      if (use.parent() instanceof Expr.Assign) {
        Expr.Assign assignment = (Expr.Assign) use.parent();
        if (assignment.target() == use && (assignment.operator().equals("=") || assignment.operator().equals("+="))) {
          values.add(assignment.value());
        }
      }
      Expr appendedTo = use;
      for (int appends = 0; appends < MAX_DEPTH && appendedTo.parent() instanceof Expr.Call; appends++) {
        Expr.Call append = (Expr.Call) appendedTo.parent();
        if (append.receiver() != appendedTo || !(SecretCatalog.isTextAppend(append.name())
            || TypeEvidence.isCallTo(append, SecretCatalog.joinerAdd()) || addsToAddress(append))) {
          break;
        }
        values.addAll(append.arguments());
        appendedTo = append;
      }
    }
    return values;
  }

  /**
   * The last plain assignment of {@code local} before the point that runs on every path to it, or {@code null}: an
   * expression statement {@code local = ..;} of a block that holds the point, or the only statement that an
   * {@code if (local != null)} with no {@code else} of such a block runs (the local is then null or the new value).
   * What the local held before does not reach the point ({@code key = key.substring(0, 6) + "..."; log.info(.., key)}).
   * A loop that goes round to an earlier assignment is not seen, as with every value given after the point.
   */
  private Expr.Assign lastOverwriteOnEveryPath(Variable local) {
    Expr.Assign last = null;
    for (Expr.Name use : index.namesOf(local)) {
      if (use.span().start() >= horizon || !(use.parent() instanceof Expr.Assign)
          || ((Expr.Assign) use.parent()).target() != use || !((Expr.Assign) use.parent()).operator().equals("=")
          || !(use.parent().parent() instanceof Stmt.ExprStmt)) {
        continue;
      }
      Node statement = use.parent().parent();
      Node guard = nullGuardRunningOnly(statement, local);
      Node anchor = guard != null ? guard : statement;
      if (anchor.parent() instanceof Stmt.Block && Nodes.isWithin(point, anchor.parent())
          && anchor.span().end() <= horizon && (last == null || use.span().start() > last.span().start())) {
        last = (Expr.Assign) use.parent();
      }
    }
    return last;
  }

  /** The {@code if (local != null)} with no {@code else} whose only statement is {@code statement}, or null. */
  private static Node nullGuardRunningOnly(Node statement, Variable local) {
    Node branch = statement.parent() instanceof Stmt.Block && ((Stmt.Block) statement.parent()).statements().size() == 1
        ? statement.parent() : statement;
    if (!(branch.parent() instanceof Stmt.If)) {
      return null;
    }
    Stmt.If guard = (Stmt.If) branch.parent();
    if (guard.thenStatement() != branch || guard.elseStatement() != null
        || !(guard.condition() instanceof Expr.Binary)) {
      return null;
    }
    Expr.Binary test = (Expr.Binary) guard.condition();
    return test.operator() == Expr.Binary.Op.NE
        && (Nodes.isName(test.left(), local) && Nodes.isNull(test.right())
            || Nodes.isNull(test.left()) && Nodes.isName(test.right(), local))
        ? guard : null;
  }

  /**
   * A for-each variable over a collection named for its elements' secrets ({@code for (String key : apiKeys)},
   * {@code for (String pw : config.getPasswords())}): each element is one. The names of secrets ({@code apiKeyNames}),
   * a map's {@code keySet()} and bare {@code tokens} are not.
   */
  private boolean isElementOfSecrets(Variable variable) {
    if (variable.kind() == Variable.VarKind.LAMBDA_PARAMETER) {
      return isLambdaOverSecrets(variable);
    }
    if (variable.kind() != Variable.VarKind.FOREACH || !(variable.declaration() instanceof Stmt.Loop)) {
      return false;
    }
    return isSecretCollection(((Stmt.Loop) variable.declaration()).iterable());
  }

  /**
   * The only parameter of a lambda given to a step that hands it each element ({@code forEach}, {@code filter},
   * {@code anyMatch}), on a chain of steps that keep the elements ({@code stream()}, {@code filter(..)},
   * {@code sorted()}) from a collection named for its secrets: {@code apiKeys.forEach(k -> log.info(.., k))},
   * {@code openaiKeys.stream().filter(..).forEach(k -> ..)}. A {@code map(..)} before the step changes the elements.
   */
  private boolean isLambdaOverSecrets(Variable parameter) {
    Node lambda = parameter.declaration();
    if (!(lambda instanceof Expr.Lambda) || ((Expr.Lambda) lambda).parameters().size() != 1
        || !(lambda.parent() instanceof Expr.Call)) {
      return false;
    }
    Expr.Call step = (Expr.Call) lambda.parent();
    if (!step.arguments().contains(lambda) || !SecretCatalog.isElementConsumer(step.name())) {
      return false;
    }
    Expr source = step.receiver();
    for (int steps = 0; source instanceof Expr.Call && steps < MAX_DEPTH; steps++) {
      Expr.Call keeping = (Expr.Call) source;
      if (!SecretCatalog.isElementKeepingStep(keeping.name())) {
        break;
      }
      source = keeping.receiver();
    }
    return source != null && isSecretCollection(source);
  }

  /** A collection named for its elements' secrets, or read by a getter so named ({@code config.getPasswords()}). */
  private boolean isSecretCollection(Expr iterable) {
    if (iterable instanceof Expr.Call) {
      Expr.Call getter = (Expr.Call) iterable;
      return getter.arguments().isEmpty() && catalog.isSecretCollectionGetterName(getter.name(), meanings);
    }
    return catalog.isSecretCollectionName(Nodes.referencedName(iterable), meanings);
  }

  /**
   * A lambda parameter, a parameter of an {@code on...} callback or of {@code accept}, or a for-each variable: where
   * a bare {@code token} is a streamed piece of model output ({@code onNext(String token)}) rather than a credential.
   * Judged by where the variable is declared, so that a buffer filled inside the loop and logged after it is judged
   * the same way as a log line inside the loop. A constructor is no callback.
   */
  private static boolean isStreamedTokenSite(Variable variable) {
    switch (variable.kind()) {
      case LAMBDA_PARAMETER:
      case FOREACH:
        return true;
      case PARAMETER:
        Node declaration = variable.declaration();
        return declaration instanceof MethodDecl
            && !((MethodDecl) declaration).isConstructor()
            && (SecretCatalog.isCallbackMethodName(((MethodDecl) declaration).name())
                || isModelOutputSite(variable));
      default:
        return false;
    }
  }

  /**
   * A variable of a method that handles model output, by the words around it ({@link SecretCatalog#speaksOfModelOutput}):
   * the method's name ({@code handleStreamedToken}, {@code appendDelta}), its other parameters' names
   * ({@code record(String token, int tokenCount)}), or the supertypes its class names ({@code implements
   * StreamingResponseHandler}, also an anonymous class's). A constructor handles none.
   */
  private static boolean isModelOutputSite(Variable variable) {
    Node declaration = variable.declaration();
    MethodDecl method = declaration instanceof MethodDecl
        ? (MethodDecl) declaration
        : Nodes.enclosing(declaration, MethodDecl.class);
    if (method == null || method.isConstructor()) {
      return false;
    }
    if (SecretCatalog.speaksOfModelOutput(method.name())) {
      return true;
    }
    for (Variable parameter : method.parameters()) {
      if (parameter != variable && SecretCatalog.speaksOfModelOutput(parameter.name())) {
        return true;
      }
    }
    TypeDecl owner = method.owner();
    if (owner == null) {
      return false;
    }
    for (String supertype : owner.writtenSupertypes()) {
      if (SecretCatalog.speaksOfModelOutput(supertype)) {
        return true;
      }
    }
    return owner.parent() instanceof Expr.New
        && SecretCatalog.speaksOfModelOutput(((Expr.New) owner.parent()).writtenSimpleName());
  }

  /**
   * A read the engine could not type (PMD without an auxclasspath) that the unit's own text gives elsewhere to a
   * variable or parameter declared with a type that holds no text: {@code isTelemetryApi(header.apiKey())} with
   * {@code isTelemetryApi(ApiKeys apiKey)}, {@code method == AuthenticationMethod.TOKEN} with {@code method} declared
   * {@code AuthenticationMethod}. With types the read is that type, so this only brings the no-types verdict to theirs.
   */
  private boolean typedElsewhereAsNoText(Expr read) {
    for (TypeRef given : TypeEvidence.typesGivenToTheSameRead(read, index)) {
      if (!mayHoldSecretText(given)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a name marks a secret in this unit: by the catalogue, where the unit's library meanings hold. */
  private boolean namesSecret(String name) {
    return catalog.isSecretName(name, meanings);
  }

  /**
   * Whether a call with no arguments reads a secret by its name ({@code getApiKey()}, {@code sessionToken()}). The
   * type it is called on decides first, as the unit names it ({@link TypeEvidence#isCallOnTypeIn}): a type of a library
   * whose vocabulary gives the name another meaning reads that ({@code response.getSessionToken()} of Cosmos DB), a
   * type from code where the words name a credential reads one ({@code AwsSessionCredentials#sessionToken}); any
   * other is judged by the name where the unit's meanings hold.
   */
  private boolean isSecretGetter(Expr.Call call) {
    String name = call.name();
    if (!catalog.isSecretGetterName(name)) {
      return false;
    }
    Expr receiver = call.receiver();
    if (receiver == null || Nodes.chainRoot(receiver) != receiver) {
      // the root of a chain is not the type read: response.getItem().getSessionToken() reads the item's
      return catalog.isSecretGetterName(name, meanings);
    }
    for (SecretCatalog.LibraryMeaning meaning : SecretCatalog.libraryMeanings()) {
      if (TypeEvidence.isCallOnTypeIn(call, meaning::isCredentialType)) {
        return true;
      }
    }
    return !TypeEvidence.isCallOnTypeIn(call, type -> catalog.readsLibraryMeaning(type, name))
        && catalog.isSecretGetterName(name, meanings);
  }

  /**
   * The library meanings that hold in a unit: it works with the library ({@link TypeEvidence#worksWithPackageUnder})
   * and with no package whose code means a credential by the same words.
   */
  private static List<SecretCatalog.LibraryMeaning> meaningsIn(SourceUnit unit) {
    List<SecretCatalog.LibraryMeaning> holding = new ArrayList<>();
    for (SecretCatalog.LibraryMeaning meaning : SecretCatalog.libraryMeanings()) {
      if (meaning.vendorPackages().stream().anyMatch(pkg -> TypeEvidence.worksWithPackageUnder(unit, pkg))
          && meaning.credentialPackages().stream().noneMatch(pkg -> TypeEvidence.worksWithPackageUnder(unit, pkg))) {
        holding.add(meaning);
      }
    }
    return holding;
  }

  /**
   * A call the catalogue knows returns no text ({@code SecretCatalog.readsNoText}): Kafka's {@code apiKey()} on
   * {@code AbstractRequest.Builder<?> requestBuilder}, the {@code ApiKeys} enum, which PMD without an auxclasspath can
   * only judge by its name. The receiver's own type as the unit names it decides ({@link TypeEvidence#isCallOnTypeIn}),
   * never the root of a chain: {@code record.value().apiKey()} on a Kafka {@code ConsumerRecord} reads the value's
   * type, which may well be text.
   */
  private static boolean readsNoTextOfALibrary(Expr.Call call) {
    Expr receiver = call.receiver();
    return receiver != null && Nodes.chainRoot(receiver) == receiver
        && TypeEvidence.isCallOnTypeIn(call, type -> SecretCatalog.readsNoText(type, call.name()));
  }

  /**
   * With types, only text can hold a secret: a number, boolean, date, duration, {@code Optional} or credentials object
   * never does. Without them, a value of unknown type may, unless it is declared with a class the engine could not
   * load: that is none of the JDK's text types, which always resolve.
   */
  private static boolean mayHoldSecretText(TypeRef type) {
    if (type.isArray()) {
      return SecretCatalog.isTextArrayElement(type.componentType().qualifiedName());
    }
    if (type.isPrimitive()) {
      return false;
    }
    if (!type.isResolved()) {
      return !TypeEvidence.isUnresolvedClass(type);
    }
    return type.is(SecretCatalog.ANY_VALUE_TYPE) || type.isSubtypeOf(SecretCatalog.TEXT_SUPERTYPE).isYes();
  }
}
