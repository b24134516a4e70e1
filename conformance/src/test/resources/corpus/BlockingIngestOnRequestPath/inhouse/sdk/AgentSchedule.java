package corpus.blockingingestonrequestpath.inhouse.sdk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The same framework's timer annotation: a method carrying it runs on a scheduler thread, not for a request. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AgentSchedule {
  String every();
}
