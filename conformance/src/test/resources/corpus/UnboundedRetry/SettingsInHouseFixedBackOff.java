package corpus.unboundedretry;

import corpus.unboundedretry.sdk.FixedBackOff;
import corpus.unboundedretry.sdk.Redelivery;

/**
 * A class of another package with Spring's simple name is not Spring's backoff: its no-argument constructor sets
 * no attempt limit, so handing it on is no unlimited retry (docs/rules/UnboundedRetry.md, "Defaults left unlimited").
 */
class SettingsInHouseFixedBackOff {
  Redelivery acceptsInHouseFixedBackOffPassedOn() {
    return new Redelivery(new FixedBackOff(), 3);
  }

  Redelivery acceptsInHouseFixedBackOffKeptInAVariable() {
    FixedBackOff pause = new FixedBackOff();
    return new Redelivery(pause, 5);
  }
}
