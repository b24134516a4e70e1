package corpus.blockingingestonrequestpath;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.TimeUnit;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The flush a Lambda handler needs before it returns. */
final class AgentTraceFlusher {
  private final SdkTracerProvider tracerProvider;

  AgentTraceFlusher(SdkTracerProvider tracerProvider) {
    this.tracerProvider = tracerProvider;
  }

  void flushBeforeFreeze() {
    tracerProvider.forceFlush().join(5, TimeUnit.SECONDS);
  }
}

/** The agent as an AWS Lambda function: flushing before the return is required there. */
class AgentLambdaFunction implements RequestHandler<String, String> {
  private final AgentTraceFlusher flusher;

  AgentLambdaFunction(AgentTraceFlusher flusher) {
    this.flusher = flusher;
  }

  @Override
  public String handleRequest(String goal, Context context) {
    try {
      return "done: " + goal;
    } finally {
      flusher.flushBeforeFreeze();
    }
  }
}

/** The same agent behind a Spring controller, where the Lambda-style flush now blocks every request. */
@RestController
public class RealisticAgentLambdaSharedFlusher {
  private final SdkTracerProvider tracerProvider;

  RealisticAgentLambdaSharedFlusher(SdkTracerProvider tracerProvider) {
    this.tracerProvider = tracerProvider;
  }

  @PostMapping("/agent")
  public String run(@RequestBody String goal) {
    try {
      return "done: " + goal;
    } finally {
      new AgentTraceFlusher(tracerProvider).flushBeforeFreeze(); // tracelint-expect: BlockingIngestOnRequestPath
    }
  }
}
