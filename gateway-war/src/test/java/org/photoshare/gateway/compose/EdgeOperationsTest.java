package org.photoshare.gateway.compose;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EdgeOperationsTest {

    @Test
    void theServerRootDropsTheContextRoot() {
        assertThat(EdgeOperations.serverRoot("http://127.0.0.1:5002/photo")).isEqualTo("http://127.0.0.1:5002");
        assertThat(EdgeOperations.serverRoot("http://photo:8080/photo/")).isEqualTo("http://photo:8080");
    }

    @Test
    void aServiceHasAsManyReplicasAsItsNameHasAddresses() {
        assertThat(EdgeOperations.replicas("http://127.0.0.1:5002")).isEqualTo(1);
        assertThat(EdgeOperations.replicas("not a url")).isZero();
    }
}
