package corpus.blockingingestonrequestpath.sdk;

import io.grpc.BindableService;
import io.grpc.ServerServiceDefinition;
import io.grpc.stub.StreamObserver;

/** What protoc generates for a service, in its own file: an abstract base implementing BindableService. */
public final class ChatGrpc {
  private ChatGrpc() {}

  /** The base a service implementation extends. */
  public abstract static class ChatImplBase implements BindableService {
    public void send(String message, StreamObserver<String> responseObserver) {}

    @Override
    public ServerServiceDefinition bindService() {
      return null;
    }
  }
}
