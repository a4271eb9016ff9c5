package org.photoshare.platform.persistence;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConflictRetryTest {

    @Test
    void aDeadlockedTransactionRunsAgain() {
        AtomicInteger attempts = new AtomicInteger();
        String result = ConflictRetry.run(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException(new SQLTransactionRollbackException("Deadlock found", "40001", 1213));
            }
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> ConflictRetry.run(() -> {
            attempts.incrementAndGet();
            throw new IllegalStateException(new SQLException("Duplicate entry", "23000", 1062));
        })).isInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void aConflictThatPersistsGivesUpAfterFiveAttempts() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> ConflictRetry.run(() -> {
            attempts.incrementAndGet();
            throw new RuntimeException(new SQLException("Lock wait timeout exceeded", "HY000", 1205));
        })).isInstanceOf(RuntimeException.class);
        assertThat(attempts).hasValue(5);
    }
}
