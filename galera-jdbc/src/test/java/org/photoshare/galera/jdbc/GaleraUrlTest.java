package org.photoshare.galera.jdbc;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GaleraUrlTest {

    @Test
    void parsesEndpointsClusterSchemaAndOptions() {
        GaleraUrl url = GaleraUrl.parse(
                "jdbc:photoshare-galera://127.0.0.1:2379,etcd:12379/photoshare/photoshare_vote?connectTimeout=3000&sessionVariables=wsrep_sync_wait=1");

        assertThat(url.etcdEndpoints()).containsExactly(URI.create("http://127.0.0.1:2379"), URI.create("http://etcd:12379"));
        assertThat(url.cluster()).isEqualTo("photoshare");
        assertThat(url.schema()).isEqualTo("photoshare_vote");
        assertThat(url.options()).isEqualTo("connectTimeout=3000&sessionVariables=wsrep_sync_wait=1");
        assertThat(url.nodesPrefix()).isEqualTo("/photoshare/galera/photoshare/nodes/");
    }

    @Test
    void buildsTheMariadbUrlOfOneNode() {
        GaleraUrl url = GaleraUrl.parse("jdbc:photoshare-galera://127.0.0.1:2379/photoshare/photoshare_vote?connectTimeout=3000");

        assertThat(url.mariadbUrl(new GaleraNode("db2", "10.0.0.2", 3306, "Synced", 4)))
                .isEqualTo("jdbc:mariadb://10.0.0.2:3306/photoshare_vote?connectTimeout=3000");
        assertThat(url.mariadbUrl(new GaleraNode("db3", "fd00::3", 3306, "Synced", 4)))
                .isEqualTo("jdbc:mariadb://[fd00::3]:3306/photoshare_vote?connectTimeout=3000");
    }

    @Test
    void withoutOptionsTheMariadbUrlEndsWithTheSchema() {
        GaleraUrl url = GaleraUrl.parse("jdbc:photoshare-galera://localhost:2379/c/s");

        assertThat(url.mariadbUrl(new GaleraNode("a", "h", 1, "Synced", 0))).isEqualTo("jdbc:mariadb://h:1/s");
    }

    @Test
    void rejectsMalformedUrls() {
        assertThat(GaleraUrl.accepts("jdbc:mariadb://127.0.0.1:3306/x")).isFalse();
        assertThatThrownBy(() -> GaleraUrl.parse("jdbc:photoshare-galera://127.0.0.1:2379/only-cluster"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GaleraUrl.parse("jdbc:photoshare-galera://127.0.0.1/c/s"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GaleraUrl.parse("jdbc:photoshare-galera:///c/s"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
