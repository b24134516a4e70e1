package corpus.unclosedtrace;

import io.sentry.ISpan;
import io.sentry.ITransaction;
import io.sentry.Sentry;
import io.sentry.SpanStatus;
import java.math.BigDecimal;
import java.util.List;

/**
 * A checkout service instrumented with Sentry's custom-instrumentation idiom, written with records and a sealed
 * result: the transaction and its child spans are finished in finally blocks, failures recorded in the catch.
 */
public class RealisticModernSentryCheckout {
  record LineItem(String sku, int quantity, BigDecimal price) {}

  record Order(String id, List<LineItem> items) {
    BigDecimal total() {
      return items.stream().map(i -> i.price().multiply(BigDecimal.valueOf(i.quantity()))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  sealed interface Outcome permits Paid, Declined {}

  record Paid(String receipt) implements Outcome {}

  record Declined(String reason) implements Outcome {}

  interface Payments {
    Outcome charge(String orderId, BigDecimal amount);
  }

  interface Inventory {
    void reserve(List<LineItem> items);
  }

  private final Payments payments;
  private final Inventory inventory;

  public RealisticModernSentryCheckout(Payments payments, Inventory inventory) {
    this.payments = payments;
    this.inventory = inventory;
  }

  public Outcome checkout(Order order) {
    ITransaction transaction = Sentry.startTransaction("checkout", "http.server");
    try {
      ISpan reserve = transaction.startChild("inventory.reserve");
      try {
        inventory.reserve(order.items());
      } finally {
        reserve.finish();
      }
      ISpan charge = transaction.startChild("payment.charge", "order " + order.id());
      try {
        Outcome outcome = payments.charge(order.id(), order.total());
        charge.setStatus(outcome instanceof Paid ? SpanStatus.OK : SpanStatus.FAILED_PRECONDITION);
        return outcome;
      } finally {
        charge.finish();
      }
    } catch (RuntimeException e) {
      transaction.setThrowable(e);
      transaction.setStatus(SpanStatus.INTERNAL_ERROR);
      throw e;
    } finally {
      transaction.finish();
    }
  }
}
