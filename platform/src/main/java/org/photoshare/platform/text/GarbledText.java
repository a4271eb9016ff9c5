package org.photoshare.platform.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Text that was sent as UTF-8 but decoded as ISO-8859-1 ("José" stored as "JosÃ©"), as the pages' form
 * posts were until the gateway declared its request encoding. {@link #repaired} undoes that; it is what
 * the services' repair migrations run on every stored text.
 *
 * <p>The test is strict: only text whose every character is ISO-8859-1, with at least one outside ASCII,
 * and whose ISO-8859-1 bytes are valid UTF-8, is changed. Text typed in any other way practically never
 * passes it: a real "Ã" is followed by a letter, not by one of the symbols U+0080–U+00BF that UTF-8's
 * continuation bytes become. Text garbled twice (saved again through a page) is repaired twice.
 */
public final class GarbledText {

    /** More rounds would mean text saved through a broken page more than this often; none is. */
    private static final int MAX_ROUNDS = 3;

    private GarbledText() {
    }

    /** The text as typed, when {@code stored} is garbled; empty when it is not. */
    public static Optional<String> repaired(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        String text = stored;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Optional<String> once = repairedOnce(text);
            if (once.isEmpty()) {
                break;
            }
            text = once.get();
        }
        return text.equals(stored) ? Optional.empty() : Optional.of(text);
    }

    /** What the broken decoding made of a text: its UTF-8 bytes read as ISO-8859-1. */
    public static String garbled(String typed) {
        return new String(typed.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private static Optional<String> repairedOnce(String text) {
        boolean beyondAscii = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                return Optional.empty();
            }
            beyondAscii |= c > 0x7F;
        }
        if (!beyondAscii) {
            return Optional.empty();
        }
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(strict.decode(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1))).toString());
        } catch (CharacterCodingException notGarbled) {
            return Optional.empty();
        }
    }
}
