package corpus.unclosedtrace;

/**
 * Types that {@link EnumNamesBeforeTheEnd} reads from another file, so that PMD without an auxclasspath cannot load
 * them: a transaction's state (an enum), the context a hook is given, and a log that looks states up.
 */
final class TransactionTypesElsewhere {
  private TransactionTypesElsewhere() {}

  enum TransactionState {
    COMMIT,
    ROLLBACK,
    UNKNOWN
  }

  interface TransactionContext {
    TransactionState getState();

    String getTransactionId();
  }

  interface TransactionLog {
    TransactionState stateOf(String transactionId);
  }
}
