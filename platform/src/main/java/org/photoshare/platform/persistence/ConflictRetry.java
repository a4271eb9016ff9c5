package org.photoshare.platform.persistence;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Runs a whole transaction again when the database rolled it back for a conflict: an InnoDB
 * deadlock or lock wait timeout, or a Galera certification failure (reported as a deadlock). The
 * work must be one transaction that starts inside the supplier, so a retry repeats all of it.
 */
public final class ConflictRetry {

    private static final Logger LOG = Logger.getLogger(ConflictRetry.class.getName());
    private static final int ATTEMPTS = 5;
    private static final int ER_LOCK_WAIT_TIMEOUT = 1205;
    private static final int ER_LOCK_DEADLOCK = 1213;

    private ConflictRetry() {
    }

    public static <T> T run(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException failure) {
                if (attempt >= ATTEMPTS || !isConflict(failure)) {
                    throw failure;
                }
                int tried = attempt;
                LOG.fine(() -> "Transaction conflict, attempt " + tried + " of " + ATTEMPTS + "; retrying");
                pause(attempt);
            }
        }
    }

    public static void run(Runnable transaction) {
        run(() -> {
            transaction.run();
            return null;
        });
    }

    static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransactionRollbackException) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getErrorCode() == ER_LOCK_DEADLOCK
                    || sql.getErrorCode() == ER_LOCK_WAIT_TIMEOUT || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a transaction", e);
        }
    }
}
