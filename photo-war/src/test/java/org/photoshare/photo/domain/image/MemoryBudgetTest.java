package org.photoshare.photo.domain.image;

import org.junit.jupiter.api.Test;
import org.photoshare.platform.problem.ProblemException;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MemoryBudgetTest {

    @Test
    void reservationsBeyondTheBudgetWaitAndThenAreRefusedAsBusy() {
        MemoryBudget budget = new MemoryBudget(100L << 20, Duration.ofMillis(50));
        try (MemoryBudget.Reservation first = budget.reserve(60L << 20)) {
            assertThatThrownBy(() -> budget.reserve(60L << 20))
                    .isInstanceOfSatisfying(ProblemException.class, p -> {
                        assertThat(p.status()).isEqualTo(503);
                        assertThat(p.headers()).containsKey("Retry-After");
                    });
        }
        budget.reserve(60L << 20).close();
    }

    @Test
    void anImageLargerThanTheWholeBudgetRunsAlone() {
        MemoryBudget budget = new MemoryBudget(10L << 20, Duration.ofMillis(50));
        MemoryBudget.Reservation huge = budget.reserve(1L << 40);
        assertThatThrownBy(() -> budget.reserve(1)).isInstanceOf(ProblemException.class);
        huge.close();
        huge.close(); // releasing twice gives back nothing more
        try (MemoryBudget.Reservation all = budget.reserve(10L << 20)) {
            assertThatThrownBy(() -> budget.reserve(1)).isInstanceOf(ProblemException.class);
        }
    }
}
