package corpus.unclosedtrace;

import com.amazonaws.xray.AWSXRay;
import com.amazonaws.xray.entities.Subsegment;
import dev.langchain4j.model.chat.listener.ChatModelErrorContext;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelRequestContext;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;

/**
 * X-Ray keeps the current subsegment on the thread: a LangChain4j listener of a blocking model begins it in
 * {@code onRequest} and the paired {@code onResponse} / {@code onError} end it through the recorder, which finds it
 * again on the same thread.
 */
class RealisticPairedXRayListenerSubsegments {
  /** Begins the subsegment by a statement of its own; the paired callbacks end the thread's current subsegment. */
  static class ThreadBoundSubsegments implements ChatModelListener {
    @Override
    public void onRequest(ChatModelRequestContext context) {
      AWSXRay.beginSubsegment("chat " + context.chatRequest().parameters().modelName());
      AWSXRay.getCurrentSubsegmentOptional().ifPresent(s -> s.putAnnotation("provider",
          String.valueOf(context.modelProvider())));
    }

    @Override
    public void onResponse(ChatModelResponseContext context) {
      AWSXRay.endSubsegment();
    }

    @Override
    public void onError(ChatModelErrorContext context) {
      AWSXRay.getCurrentSubsegmentOptional().ifPresent(s -> s.addException(context.error()));
      AWSXRay.endSubsegment();
    }
  }

  /** Keeps the subsegment in the call's attributes and ends exactly that one. */
  static class SubsegmentInAttributes implements ChatModelListener {
    @Override
    public void onRequest(ChatModelRequestContext context) {
      Subsegment subsegment = AWSXRay.beginSubsegment("chat");
      context.attributes().put(Subsegment.class, subsegment);
    }

    @Override
    public void onResponse(ChatModelResponseContext context) {
      Object subsegment = context.attributes().get(Subsegment.class);
      if (subsegment instanceof Subsegment) {
        AWSXRay.endSubsegment((Subsegment) subsegment);
      }
    }

    @Override
    public void onError(ChatModelErrorContext context) {
      Object subsegment = context.attributes().get(Subsegment.class);
      if (subsegment instanceof Subsegment) {
        ((Subsegment) subsegment).addException(context.error());
        AWSXRay.endSubsegment((Subsegment) subsegment);
      }
    }
  }

  /** Nothing in the class ends what {@code onRequest} began: the subsegment stays open on the thread. */
  static class NeverEnded implements ChatModelListener {
    @Override
    public void onRequest(ChatModelRequestContext context) {
      AWSXRay.beginSubsegment("chat"); // tracelint-expect: UnclosedTrace
    }

    @Override
    public void onResponse(ChatModelResponseContext context) {
      AWSXRay.getCurrentSubsegmentOptional().ifPresent(s -> s.putMetadata("finish", "stop"));
    }
  }
}
