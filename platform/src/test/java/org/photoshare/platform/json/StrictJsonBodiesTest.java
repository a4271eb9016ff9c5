package org.photoshare.platform.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.photoshare.platform.problem.ProblemException;
import org.photoshare.platform.problem.ProblemMapper;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictJsonBodiesTest {

    /** A body as the services declare them: public fields. */
    public static class Vote {
        public Integer value;
    }

    public static class Comment {
        public String text;
        public boolean pinned;
    }

    public record Named(String name, long id) {
    }

    private final Jsonb jsonb = JsonbBuilder.create();

    /** What a resource gets: the body checked, then read by JSON-B. */
    private Object read(Class<?> type, String json) {
        StrictJsonBodies.check(type, json.getBytes(StandardCharsets.UTF_8));
        return jsonb.fromJson(json, type);
    }

    @Test
    void wellTypedBodiesAreRead() {
        assertThat(((Vote) read(Vote.class, "{\"value\": -1}")).value).isEqualTo(-1);
        Comment comment = (Comment) read(Comment.class, "{\"text\": \"12345\", \"pinned\": true, \"unknown\": [1]}");
        assertThat(comment.text).isEqualTo("12345");
        assertThat(comment.pinned).isTrue();
        assertThat(((Vote) read(Vote.class, "{\"value\": null}")).value).isNull();
        assertThat((Named) read(Named.class, "{\"name\": \"x\", \"id\": 9007199254740993}"))
                .isEqualTo(new Named("x", 9007199254740993L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1\"", "1.9", "[1]", "4294967297", "1e400", "-1.5", "1.0", "true", "{}"})
    void aVoteThatIsNotAWholeNumberIsRefusedNamingTheField(String value) {
        assertThatThrownBy(() -> read(Vote.class, "{\"value\": " + value + "}"))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.fieldErrors()).containsOnlyKeys("value");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "true", "[\"a\",\"b\"]", "{\"a\":1}"})
    void aTextThatIsNotAStringIsRefusedNamingTheField(String text) {
        assertThatThrownBy(() -> read(Comment.class, "{\"text\": " + text + "}"))
                .isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.fieldErrors()).containsEntry("text", "must be a string"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"text\"", "1", "null", "{", ""})
    void aBodyThatIsNotAnObjectIsA400(String body) {
        assertThatThrownBy(() -> read(Vote.class, body))
                .satisfies(failure -> assertThat(ProblemMapper.toResponse(failure).getStatus()).isEqualTo(400));
    }

    @Test
    void onlyTheProjectsOwnTypesInJsonAreChecked() {
        assertThat(StrictJsonBodies.applies(Vote.class, MediaType.APPLICATION_JSON_TYPE)).isTrue();
        assertThat(StrictJsonBodies.applies(Vote.class, MediaType.valueOf("application/merge-patch+json"))).isTrue();
        assertThat(StrictJsonBodies.applies(Vote.class, MediaType.TEXT_PLAIN_TYPE)).isFalse();
        assertThat(StrictJsonBodies.applies(String.class, MediaType.APPLICATION_JSON_TYPE)).isFalse();
        assertThat(StrictJsonBodies.applies(jakarta.json.JsonObject.class, MediaType.APPLICATION_JSON_TYPE)).isFalse();
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedUnread() {
        assertThat(StrictJsonBodies.declaredTooLarge(null)).isFalse();
        assertThat(StrictJsonBodies.declaredTooLarge("12")).isFalse();
        assertThat(StrictJsonBodies.declaredTooLarge(String.valueOf(StrictJsonBodies.MAX_BYTES))).isFalse();
        assertThat(StrictJsonBodies.declaredTooLarge(String.valueOf(StrictJsonBodies.MAX_BYTES + 1))).isTrue();
        assertThat(StrictJsonBodies.declaredTooLarge("1073741824")).isTrue();
        assertThat(StrictJsonBodies.declaredTooLarge("99999999999999999999999")).isTrue();
    }
}
