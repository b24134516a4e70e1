package corpus.blockingingestonrequestpath.inhouse.sdk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The in-house web framework's request-handler annotation, a handler only through the HandlerAnnotations option
 * ({@code corpus.blockingingestonrequestpath.inhouse.sdk.AgentRoute}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AgentRoute {
  String value();

}
