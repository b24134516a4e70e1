package corpus.blockingingestonrequestpath.sdk;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** An in-house annotation that shares its simple name with JAX-RS's {@code @Path}: it maps nothing to a request. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Path {
  String value();
}
