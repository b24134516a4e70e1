package corpus.retrywithoutbackoff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Retry loops whose attempt opens its own result or reader and reads it with a call named like intake
 * ({@code rows.next()}, {@code reply.readLine()}; docs/rules/UnboundedRetry.md, point 2): declared in the same pass,
 * often among the attempt's try resources, it is this attempt's answer, not a source whose next item each turn takes,
 * so a loop that runs the attempt again at once retries without a pause. Waiting between attempts is the fix; a loop
 * over the rows of one result opened before it handles each row in turn and retries nothing.
 */
class AttemptsReadingTheirOwnRows {
  private final DataSource dataSource;

  AttemptsReadingTheirOwnRows(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  long flagsRowCountQueriedAgainAtOnce() throws SQLException {
    SQLException lastFailure = null;
    for (int attempt = 0; attempt < 4; attempt++) { // tracelint-expect: RetryWithoutBackoff -- tries again immediately
      try (Connection connection = dataSource.getConnection();
          PreparedStatement count = connection.prepareStatement("select count(*) from invoices");
          ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      } catch (SQLException e) {
        lastFailure = e;
      }
    }
    throw lastFailure;
  }

  String flagsGreetingAskedAgainAtOnce(String host, int port) throws IOException {
    for (int attempt = 1; ; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try (Socket socket = new Socket(host, port)) {
        BufferedReader reply = new BufferedReader(new InputStreamReader(socket.getInputStream()));
        return reply.readLine();
      } catch (IOException e) {
        if (attempt >= 3) {
          throw e;
        }
      }
    }
  }

  long acceptsRowCountQueriedAgainAfterAPause() throws SQLException, InterruptedException {
    SQLException lastFailure = null;
    for (int attempt = 0; attempt < 4; attempt++) {
      try (Connection connection = dataSource.getConnection();
          PreparedStatement count = connection.prepareStatement("select count(*) from invoices");
          ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      } catch (SQLException e) {
        lastFailure = e;
        Thread.sleep(100L << attempt);
      }
    }
    throw lastFailure;
  }

  void acceptsLoopOverTheRowsOfOneResult(ResultSet invoices) throws SQLException {
    while (invoices.next()) {
      try {
        archive(invoices.getString("id"));
      } catch (IOException e) {
        System.err.println("invoice not archived: " + e);
      }
    }
  }

  void acceptsLoopReadingTheNextLineOfAReaderOpenedBefore(Socket socket) throws IOException {
    BufferedReader requests = new BufferedReader(new InputStreamReader(socket.getInputStream()));
    String request;
    while ((request = requests.readLine()) != null) {
      try {
        archive(request);
      } catch (IOException e) {
        System.err.println("request not archived: " + e);
      }
    }
  }

  private void archive(String id) throws IOException {}
}
