package org.photoshare.platform.text;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class GarbledTextTest {

    @Test
    void theReportedExamplesAreRepaired() {
        assertThat(GarbledText.repaired("JosÃ© MÃ¼ller")).contains("José Müller");
        assertThat(GarbledText.repaired(GarbledText.garbled("Schön! Café ☕ 日本"))).contains("Schön! Café ☕ 日本");
        assertThat(GarbledText.repaired(GarbledText.garbled("שלום 📷 مرحبا"))).contains("שלום 📷 مرحبا");
    }

    @Test
    void textSavedThroughABrokenPageTwiceIsRepairedTwice() {
        String twice = GarbledText.garbled(GarbledText.garbled("Ærøskøbing ☕"));
        assertThat(GarbledText.repaired(twice)).contains("Ærøskøbing ☕");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain ASCII", "Café", "naïve façade", "Ærøskøbing", "Größe: 10 µm ±2", "日本",
            "José Müller ☕", "Ã ", "100 %"})
    void textAsTypedIsLeftAlone(String typed) {
        assertThat(GarbledText.repaired(typed)).isEmpty();
    }

    @Test
    void nothingIsNotRepaired() {
        assertThat(GarbledText.repaired(null)).isEmpty();
    }

    @Property
    void anyTextGarbledOnceOrTwiceComesBackAsTyped(@ForAll @StringLength(max = 60) String typed) {
        Assume.that(GarbledText.repaired(typed).isEmpty());
        Assume.that(!typed.chars().allMatch(c -> c < 0x80));
        assertThat(GarbledText.repaired(GarbledText.garbled(typed))).contains(typed);
        assertThat(GarbledText.repaired(GarbledText.garbled(GarbledText.garbled(typed)))).contains(typed);
    }

    @Property
    void textWithACharacterBeyondLatin1IsNeverChanged(@ForAll @StringLength(max = 40) String text,
                                                     @ForAll @CharRange(from = '\u0100', to = '\uD7FF') char beyond) {
        assertThat(GarbledText.repaired(text + beyond)).isEmpty();
    }

    @Property
    void asciiIsNeverChanged(@ForAll @CharRange(from = ' ', to = '~') @StringLength(max = 80) String ascii) {
        assertThat(GarbledText.repaired(ascii)).isEmpty();
    }
}
