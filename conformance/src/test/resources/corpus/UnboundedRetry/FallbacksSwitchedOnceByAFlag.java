package corpus.unboundedretry;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

/**
 * A method that calls itself after its catch switched a field the method branches on (docs/rules/UnboundedRetry.md,
 * "Methods that call themselves to retry"): the nested call takes the other way, a user view instead of the admin
 * one, the plain protocol instead of the compressed one. An {@code if} before the switch leaves when the field is
 * already switched, and nothing sets it back, so the fallback happens once: no retry. A switch with no such guard, a
 * guard that may let the second failure through, or a flag that another method sets back repeats the same request.
 */
class FallbacksSwitchedOnceByAFlag {
  interface Database {
    List<String> query(String sql) throws SQLException;
  }

  interface Channel {
    void send(byte[] payload, boolean compressed) throws IOException;

    void open() throws IOException;
  }

  private final Database database;
  private final Channel channel;
  private boolean useAdminView = true;
  private boolean plainProtocol;
  private boolean compress = true;
  private boolean strict;
  private boolean connected;

  FallbacksSwitchedOnceByAFlag(Database database, Channel channel) {
    this.database = database;
    this.channel = channel;
  }

  List<String> acceptsAViewSwitchedOnceAfterAMissingTable(String schema) throws SQLException {
    try {
      String view = useAdminView ? "ADMIN_DEPENDENCIES" : "USER_DEPENDENCIES";
      return database.query("select name from " + view + " where owner = '" + schema + "'");
    } catch (SQLException e) {
      if (!"42S02".equals(e.getSQLState()) || !useAdminView) {
        throw e;
      }
      System.err.println("no admin view, using the user's own");
      useAdminView = false;
      return acceptsAViewSwitchedOnceAfterAMissingTable(schema);
    }
  }

  void acceptsAProtocolSwitchedOnceToPlain(byte[] payload) throws IOException {
    try {
      channel.send(payload, !plainProtocol);
    } catch (IOException e) {
      if (plainProtocol) {
        throw e;
      }
      plainProtocol = true;
      acceptsAProtocolSwitchedOnceToPlain(payload);
    }
  }

  void acceptsACompressionSwitchedOffOnce(byte[] payload) throws IOException {
    try {
      channel.send(payload, compress);
    } catch (IOException e) {
      if (!compress) {
        System.err.println("uncompressed upload failed too");
        throw e;
      }
      compress = false;
      acceptsACompressionSwitchedOffOnce(payload);
    }
  }

  void flagsAFlagSwitchedWithoutAGuard(byte[] payload) throws IOException {
    try {
      channel.send(payload, strict);
    } catch (IOException e) {
      strict = false;
      flagsAFlagSwitchedWithoutAGuard(payload); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
    }
  }

  void flagsAGuardThatLetsTheSecondFailureThrough(byte[] payload, boolean urgent) throws IOException {
    try {
      channel.send(payload, strict);
    } catch (IOException e) {
      if (!strict && !urgent) {
        throw e;
      }
      strict = false;
      flagsAGuardThatLetsTheSecondFailureThrough(payload, urgent); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
    }
  }

  void flagsAReconnectFlagThatOpeningSetsBack(byte[] payload) throws IOException {
    try {
      if (!connected) {
        channel.open();
        connected = true;
      }
      channel.send(payload, false);
    } catch (IOException e) {
      if (!connected) {
        throw e;
      }
      connected = false;
      flagsAReconnectFlagThatOpeningSetsBack(payload); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
    }
  }
}
