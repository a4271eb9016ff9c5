package org.photoshare.galera.jdbc;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WriterNodeTest {

    private static final GaleraNode DB1 = new GaleraNode("db1", "127.0.0.1", 3311, "Synced", 9);
    private static final GaleraNode DB2 = new GaleraNode("db2", "127.0.0.1", 3312, "Synced", 9);
    private static final GaleraNode DB3 = new GaleraNode("db3", "127.0.0.1", 3313, "Synced", 9);

    private final WriterNode writer = new WriterNode();

    @Test
    void beforeAnyConnectionTheNodesAreTriedInNameOrder() {
        assertThat(writer.order(List.of(DB3, DB1, DB2))).containsExactly(DB1, DB2, DB3);
    }

    @Test
    void theNodeConnectedToComesFirstWhileItIsSynced_evenWhenALowerNameRejoins() {
        writer.connected(DB2);

        assertThat(writer.order(List.of(DB1, DB2, DB3))).containsExactly(DB2, DB1, DB3);
        assertThat(writer.is("db2")).isTrue();
        assertThat(writer.is("db1")).isFalse();
    }

    @Test
    void whenItIsGoneTheNextByNameTakesOver_andConnectionsToTheOldOneAreRetired() {
        writer.connected(DB1);
        assertThat(writer.order(List.of(DB2, DB3))).containsExactly(DB2, DB3);

        writer.connected(DB2);

        assertThat(writer.is("db1")).isFalse();
        assertThat(writer.order(List.of(DB1, DB2, DB3))).containsExactly(DB2, DB1, DB3);
    }
}
