package org.photoshare.platform.batch;

import org.junit.jupiter.api.Test;
import org.photoshare.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchIdsTest {

    @Test
    void idsAreParsedInOrderWithoutDuplicatesOrBlanks() {
        assertThat(BatchIds.numeric(" 3, 1,,3 ,2", 100)).containsExactly(3L, 1L, 2L);
        assertThat(BatchIds.numeric(null, 100)).isEmpty();
        assertThat(BatchIds.numeric("  ", 100)).isEmpty();
    }

    @Test
    void nonNumbersAndTooManyIdsAreBadRequests() {
        assertThatThrownBy(() -> BatchIds.numeric("1,two", 100)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> BatchIds.numeric("1,2,3", 2)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("2");
        assertThat(BatchIds.numeric("1,1,1", 1)).containsExactly(1L);
    }
}
