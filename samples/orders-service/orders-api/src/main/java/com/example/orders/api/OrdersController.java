package com.example.orders.api;

import com.example.orders.core.OrderRepository;
import lombok.extern.slf4j.Slf4j;

/** Serves orders to the shop front; logs through Lombok's {@code @Slf4j} logger. */
@Slf4j
public class OrdersController {
  private final OrderRepository repository;
  private final String paymentApiKey;

  public OrdersController(OrderRepository repository, String paymentApiKey) {
    this.repository = repository;
    this.paymentApiKey = paymentApiKey;
  }

  public void start() {
    log.info("payment gateway key {}", paymentApiKey); // tracelint-expect: FullSecretLogged
  }

  public void startFixed() {
    log.info("payment gateway key ending in {}", paymentApiKey.substring(paymentApiKey.length() - 4));
  }

  /** Retries the lookup at once and forever while the store is down. */
  public String order(String id) {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        return repository.load(id);
      } catch (RuntimeException e) {
        log.warn("lookup of {} failed, retrying", id, e);
      }
    }
  }

  /** Fixed: three attempts, with a growing pause in between. */
  public String orderFixed(String id) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        return repository.loadFixed(id);
      } catch (RuntimeException e) {
        if (attempt == 3) {
          throw e;
        }
        Thread.sleep(100L << attempt);
      }
    }
  }
}
