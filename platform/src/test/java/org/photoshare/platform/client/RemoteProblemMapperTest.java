package org.photoshare.platform.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RemoteProblemMapperTest {

    @Test
    void aServicesOwnProblemIsARefusal() {
        assertThat(RemoteProblemMapper.isRefusal(404, "application/problem+json")).isTrue();
        assertThat(RemoteProblemMapper.isRefusal(409, "application/problem+json;charset=UTF-8")).isTrue();
        assertThat(RemoteProblemMapper.isRefusal(429, "Application/Problem+JSON")).isTrue();
    }

    @Test
    void aBare4xxCameFromAServerWithoutTheApplication_andIsAFailure() {
        assertThat(RemoteProblemMapper.isRefusal(404, "text/html")).isFalse();
        assertThat(RemoteProblemMapper.isRefusal(404, null)).isFalse();
        assertThat(RemoteProblemMapper.isRefusal(400, "text/plain")).isFalse();
    }

    @Test
    void a5xxIsAlwaysAFailure() {
        assertThat(RemoteProblemMapper.isRefusal(503, "application/problem+json")).isFalse();
        assertThat(RemoteProblemMapper.isRefusal(500, null)).isFalse();
    }
}
