package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.TimeUnit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mapped methods declared in a base class of the same file: Spring maps the methods a controller inherits, so a base
 * method that a controller does not declare again serves that controller's requests.
 */
public class InheritedBaseMappings {
  abstract static class TracedEndpoints {
    protected final SdkTracerProvider provider;

    TracedEndpoints(SdkTracerProvider provider) {
      this.provider = provider;
    }

    @GetMapping("/ping")
    public String ping() {
      provider.forceFlush().join(1, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
      return "pong";
    }

    @GetMapping("/version")
    public String version() {
      provider.forceFlush();
      return "1.4.2";
    }

    @GetMapping("/sessions/{id}")
    public String session(@PathVariable String id) {
      provider.forceFlush().join(1, TimeUnit.SECONDS);
      return id;
    }

    public void drain() {
      provider.forceFlush().join(10, TimeUnit.SECONDS);
    }
  }

  /** Two levels down: the mapping still reaches the controller. */
  abstract static class AgentEndpoints extends TracedEndpoints {
    AgentEndpoints(SdkTracerProvider provider) {
      super(provider);
    }
  }

  @RestController
  static class AgentController extends AgentEndpoints {
    AgentController(SdkTracerProvider provider) {
      super(provider);
    }

    /** Declared again: the base's body is not what serves /sessions/{id}. */
    @Override
    public String session(String id) {
      return id.strip();
    }
  }

  /** Not extended by any controller: a mapping in a plain class serves nothing. */
  static class ScratchEndpoints {
    private final SdkTracerProvider provider;

    ScratchEndpoints(SdkTracerProvider provider) {
      this.provider = provider;
    }

    @GetMapping("/scratch")
    public String scratch() {
      provider.forceFlush().join(1, TimeUnit.SECONDS);
      return "scratch";
    }
  }

  /** Extends a class with mappings, but is no controller. */
  static class ScratchTool extends ScratchEndpoints {
    ScratchTool(SdkTracerProvider provider) {
      super(provider);
    }
  }
}
