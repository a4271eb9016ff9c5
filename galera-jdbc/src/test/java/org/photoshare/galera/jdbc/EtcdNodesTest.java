package org.photoshare.galera.jdbc;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class EtcdNodesTest {

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rangeRequestCoversEveryKeyUnderThePrefix() {
        assertThat(EtcdNodes.rangeRequest("/a/"))
                .isEqualTo("{\"key\":\"" + b64("/a/") + "\",\"range_end\":\"" + b64("/a0") + "\"}");
    }

    @Test
    void parsesTheRegistrationsOfARangeResponseInNameOrder() {
        String json = "{\"header\":{\"cluster_id\":\"1\",\"revision\":\"9\"},\"kvs\":["
                + "{\"key\":\"" + b64("/photoshare/galera/photoshare/nodes/db2") + "\",\"create_revision\":\"5\","
                + "\"mod_revision\":\"8\",\"version\":\"3\",\"value\":\""
                + b64("name=db2 host=127.0.0.1 port=3312 gcomm=4580 state=Joining seqno=-1 uuid=- size=0")
                + "\",\"lease\":\"7587\"},"
                + "{\"key\":\"" + b64("/photoshare/galera/photoshare/nodes/db1") + "\",\"create_revision\":\"4\","
                + "\"mod_revision\":\"9\",\"version\":\"7\",\"value\":\""
                + b64("name=db1 host=127.0.0.1 port=3311 gcomm=4570 state=Synced seqno=42 uuid=u size=2")
                + "\",\"lease\":\"7586\"},"
                + "{\"key\":\"" + b64("/photoshare/galera/photoshare/nodes/junk") + "\",\"value\":\"" + b64("garbage") + "\"}"
                + "],\"count\":\"3\"}";

        assertThat(EtcdNodes.parseRangeResponse(json)).containsExactly(
                new GaleraNode("db1", "127.0.0.1", 3311, "Synced", 42),
                new GaleraNode("db2", "127.0.0.1", 3312, "Joining", -1));
    }

    @Test
    void anEmptyRangeHasNoNodes() {
        assertThat(EtcdNodes.parseRangeResponse("{\"header\":{\"revision\":\"3\"}}")).isEmpty();
    }

    @Test
    void onlySyncedNodesAreUsable() {
        assertThat(GaleraNode.parse("name=db3 host=h port=1 state=Donor/Desynced seqno=3").synced()).isFalse();
        assertThat(GaleraNode.parse("name=db3 host=h port=1 state=Synced seqno=3").synced()).isTrue();
    }
}
