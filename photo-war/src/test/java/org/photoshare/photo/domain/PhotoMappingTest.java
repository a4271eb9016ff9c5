package org.photoshare.photo.domain;

import jakarta.persistence.Lob;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Listings read {@link Photo} only: it must never map image bytes, nor reach them through a relation. */
class PhotoMappingTest {

    @Test
    void thePhotoEntityHoldsNoBytesAndNoRelations() {
        for (Field field : Photo.class.getDeclaredFields()) {
            assertThat(field.isAnnotationPresent(Lob.class)).as(field.getName()).isFalse();
            assertThat(field.getType()).as(field.getName()).isNotEqualTo(byte[].class);
            assertThat(Arrays.stream(field.getAnnotations()).map(a -> a.annotationType().getSimpleName()))
                    .as(field.getName())
                    .doesNotContain("OneToMany", "OneToOne", "ManyToOne", "ManyToMany", "ElementCollection");
        }
    }
}
