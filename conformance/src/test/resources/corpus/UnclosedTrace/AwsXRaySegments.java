package corpus.unclosedtrace;

import com.amazonaws.xray.AWSXRay;
import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.entities.Segment;
import com.amazonaws.xray.entities.Subsegment;

/** AWS X-Ray: segments are ended through the recorder (static AWSXRay or an instance), or closed. */
public class AwsXRaySegments {

  public void staticEndOnNormalPathOnly() {
    AWSXRay.beginSegment("agent"); // tracelint-expect: UnclosedTrace
    callTool();
    AWSXRay.endSegment();
  }

  public void subsegmentEndOnNormalPathOnly() {
    Subsegment subsegment = AWSXRay.beginSubsegment("tool"); // tracelint-expect: UnclosedTrace
    subsegment.putAnnotation("tool", "search");
    callTool();
    AWSXRay.endSubsegment();
  }

  public void recorderEndOnNormalPathOnly(AWSXRayRecorder recorder) {
    recorder.beginSegment("agent"); // tracelint-expect: UnclosedTrace
    callTool();
    recorder.endSegment();
  }

  public void neverEnded() {
    AWSXRay.beginSubsegment("tool"); // tracelint-expect: UnclosedTrace
  }

  public void staticEndInFinally() {
    AWSXRay.beginSegment("agent");
    try {
      callTool();
    } finally {
      AWSXRay.endSegment();
    }
  }

  public void recorderEndInFinally(AWSXRayRecorder recorder) {
    Segment segment = recorder.beginSegment("agent");
    try {
      segment.putAnnotation("agent", "planner");
      callTool();
    } finally {
      recorder.endSegment();
    }
  }

  public void closedInFinally() {
    Subsegment subsegment = AWSXRay.beginSubsegment("tool");
    try {
      callTool();
    } finally {
      subsegment.close();
    }
  }

  private void callTool() {}
}
