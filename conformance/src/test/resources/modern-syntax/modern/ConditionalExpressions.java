package modern;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** Conditional expressions whose type javac infers by lub, boxing or the target: both adapters must agree or say unknown. */
public class ConditionalExpressions {

  Object mixedReferenceAndPrimitive(String name) {
    Object label = name == null ? "text" : 1;
    return label;
  }

  Serializable unrelatedReferences(boolean flag, Integer count, String name) {
    return flag ? count : name;
  }

  long numericPromotion(boolean flag, int small, long large) {
    return flag ? small : large;
  }

  Integer boxedAndNull(boolean flag) {
    return flag ? 1 : null;
  }

  Supplier<Object> conditionalReturnedFromLambda(String name) {
    return () -> name == null ? "none" : name.length();
  }

  Function<String, Object> conditionalInLambdaBody() {
    return value -> {
      return value.isEmpty() ? Optional.empty() : List.of(value);
    };
  }

  Object conditionalAsArgument(boolean flag, String name) {
    return String.valueOf(flag ? name : 0);
  }

  List<Object> conditionalInGenericCall(boolean flag, String name) {
    return List.of(flag ? name : 2L);
  }

  Supplier<String> nestedConditionalInLambda(int code) {
    return () -> code < 300 ? "ok" : (code < 500 ? "client" : "server");
  }

  Function<Integer, Number> primitivesInLambda() {
    return code -> code > 0 ? code : 0L;
  }

  Optional<Object> conditionalInMap(Optional<String> name) {
    return name.map(value -> value.isEmpty() ? (Object) 0 : value);
  }

  String nestedConditional(int code) {
    return code < 300 ? "ok" : code < 500 ? "client" : "server";
  }
}
