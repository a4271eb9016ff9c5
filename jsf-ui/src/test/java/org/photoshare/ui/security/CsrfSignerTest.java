package org.photoshare.ui.security;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsrfSignerTest {

    private static final String VIEW_KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void aTokenMatchesOnlyItsOwnBinding() {
        CsrfSigner signer = CsrfSigner.fromViewKey(VIEW_KEY);
        String token = signer.token("user:jti-1");
        assertThat(signer.matches("user:jti-1", token)).isTrue();
        assertThat(signer.matches("user:jti-2", token)).isFalse();
        assertThat(signer.matches("user:jti-1", token + "x")).isFalse();
        assertThat(signer.matches("user:jti-1", null)).isFalse();
        assertThat(signer.matches(null, token)).isFalse();
    }

    @Test
    void replicasWithTheSameKeyAgree_andOtherKeysDoNot() {
        String token = CsrfSigner.fromViewKey(VIEW_KEY).token("anonymous:abc");
        assertThat(CsrfSigner.fromViewKey(VIEW_KEY).matches("anonymous:abc", token)).isTrue();
        byte[] other = new byte[32];
        other[0] = 1;
        assertThat(CsrfSigner.fromViewKey(Base64.getEncoder().encodeToString(other)).matches("anonymous:abc", token))
                .isFalse();
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new CsrfSigner(new byte[8])).isInstanceOf(IllegalArgumentException.class);
    }
}
