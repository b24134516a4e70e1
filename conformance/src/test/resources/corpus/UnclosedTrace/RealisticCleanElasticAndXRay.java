package corpus.unclosedtrace;

import co.elastic.apm.api.ElasticApm;
import co.elastic.apm.api.Scope;
import co.elastic.apm.api.Span;
import co.elastic.apm.api.Transaction;
import com.amazonaws.xray.AWSXRay;
import com.amazonaws.xray.entities.Subsegment;

/** Elastic APM and X-Ray used as their guides say: end in finally, static endSubsegment in finally. */
public class RealisticCleanElasticAndXRay {
  interface Billing {
    long charge(String account, long cents);
  }

  private final Billing billing;

  RealisticCleanElasticAndXRay(Billing billing) {
    this.billing = billing;
  }

  public long chargeWithApm(String account, long cents) {
    Transaction transaction = ElasticApm.startTransaction();
    try (Scope scope = transaction.activate()) {
      transaction.setName("charge");
      transaction.setType(Transaction.TYPE_REQUEST);
      Span span = transaction.startSpan("external", "billing", "charge");
      try {
        return billing.charge(account, cents);
      } catch (RuntimeException e) {
        span.captureException(e);
        throw e;
      } finally {
        span.end();
      }
    } catch (RuntimeException e) {
      transaction.captureException(e);
      throw e;
    } finally {
      transaction.end();
    }
  }

  public long chargeWithXRay(String account, long cents) {
    Subsegment subsegment = AWSXRay.beginSubsegment("billing.charge");
    try {
      subsegment.putAnnotation("account", account);
      return billing.charge(account, cents);
    } catch (RuntimeException e) {
      subsegment.addException(e);
      throw e;
    } finally {
      AWSXRay.endSubsegment();
    }
  }

  public long chargeWithXRayLambda(String account, long cents) {
    long[] charged = new long[1];
    AWSXRay.createSubsegment("billing.charge.lambda", subsegment -> {
      charged[0] = billing.charge(account, cents);
    });
    return charged[0];
  }
}
