package corpus.unclosedtrace;

import com.amazonaws.xray.AWSXRay;
import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.entities.Segment;
import com.amazonaws.xray.entities.Subsegment;

/** AWS X-Ray: segments are ended through the recorder (static AWSXRay or an instance), or closed. */
public class AwsXRaySegments {
  private Segment current;

  public void staticEndOnNormalPathOnly() {
    AWSXRay.beginSegment("agent"); // tracelint-expect: UnclosedTrace -- segment started by beginSegment() is not ended on every path: call AWSXRay.endSegment() in a finally block
    callTool();
    AWSXRay.endSegment();
  }

  public void subsegmentEndOnNormalPathOnly() {
    Subsegment subsegment = AWSXRay.beginSubsegment("tool"); // tracelint-expect: UnclosedTrace -- subsegment 'subsegment' is not ended on every path: call AWSXRay.endSubsegment() in a finally block
    subsegment.putAnnotation("tool", "search");
    callTool();
    AWSXRay.endSubsegment();
  }

  public void recorderEndOnNormalPathOnly(AWSXRayRecorder recorder) {
    recorder.beginSegment("agent"); // tracelint-expect: UnclosedTrace -- segment started by beginSegment() is not ended on every path: call AWSXRayRecorder.endSegment() in a finally block
    callTool();
    recorder.endSegment();
  }

  public void neverEnded() {
    AWSXRay.beginSubsegment("tool"); // tracelint-expect: UnclosedTrace -- subsegment started by beginSubsegment()
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

  public void flagsEndWithTheSubsegmentOnNormalPathOnly() {
    Subsegment subsegment = AWSXRay.beginSubsegment("tool"); // tracelint-expect: UnclosedTrace -- subsegment 'subsegment'
    callTool();
    AWSXRay.endSubsegment(subsegment);
  }

  public void acceptsEndWithTheSubsegmentInFinally() {
    Subsegment subsegment = AWSXRay.beginSubsegment("tool");
    try {
      callTool();
    } finally {
      AWSXRay.endSubsegment(subsegment);
    }
  }

  public void acceptsRecorderSubsegmentEndedInFinally(AWSXRayRecorder recorder) {
    Subsegment subsegment = recorder.beginSubsegment("tool");
    try {
      callTool();
    } finally {
      recorder.endSubsegment();
    }
  }

  public void acceptsChainedSubsegmentEndedRightAfter() {
    AWSXRay.beginSubsegment("tool").putAnnotation("k", "v");
    AWSXRay.endSubsegment();
  }

  public void ignoresSegmentStoredInAField() {
    current = AWSXRay.beginSegment("agent");
    callTool();
    AWSXRay.endSegment();
  }

  private void callTool() {
    Remote.call();
  }
}
