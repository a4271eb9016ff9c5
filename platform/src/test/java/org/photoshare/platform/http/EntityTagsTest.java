package org.photoshare.platform.http;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class EntityTagsTest {

    @ParameterizedTest(name = "If-None-Match: {0} against {1} matches: {2}")
    @CsvSource(delimiter = '|', value = {
            "\"abc\"|\"abc\"|true",
            "W/\"abc\"|\"abc\"|true",
            "\"x\", \"abc\"|\"abc\"|true",
            "*|\"abc\"|true",
            "\"abd\"|\"abc\"|false",
            "abc|\"abc\"|false",
            "W/abc|\"abc\"|false",
            "\"|\"abc\"|false",
            "''|\"abc\"|false",
            ",,,|\"abc\"|false"})
    void comparesWeakly_andAnythingMalformedMatchesNothing(String ifNoneMatch, String etag, boolean matches) {
        assertThat(EntityTags.anyMatches(ifNoneMatch, etag)).isEqualTo(matches);
    }
}
