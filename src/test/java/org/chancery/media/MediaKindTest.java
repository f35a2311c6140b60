package org.chancery.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Files are told apart by their first bytes. */
class MediaKindTest {
    private static MediaKind kindOf(String ascii) {
        return MediaKind.of(ascii.getBytes(StandardCharsets.ISO_8859_1)).orElse(null);
    }

    @Test
    void each_kind_is_recognised_by_its_magic_number() {
        assertThat(kindOf("\u00FF\u00D8\u00FF\u00E0rest")).isEqualTo(MediaKind.JPEG);
        assertThat(kindOf("\u0089PNG\r\n\u001A\nrest")).isEqualTo(MediaKind.PNG);
        assertThat(kindOf("GIF87a...")).isEqualTo(MediaKind.GIF);
        assertThat(kindOf("GIF89a...")).isEqualTo(MediaKind.GIF);
        assertThat(kindOf("RIFF\u0000\u0000\u0000\u0000WEBPVP8 ")).isEqualTo(MediaKind.WEBP);
        assertThat(kindOf("%PDF-1.4")).isEqualTo(MediaKind.PDF);
    }

    @Test
    void anything_else_is_no_kind_whatever_it_resembles() {
        assertThat(kindOf("<svg xmlns=\"http://www.w3.org/2000/svg\">")).isNull();
        assertThat(kindOf("<html><script>")).isNull();
        assertThat(kindOf("RIFF\u0000\u0000\u0000\u0000WAVEfmt ")).isNull();
        assertThat(kindOf("GIF8")).isNull();
        assertThat(kindOf("")).isNull();
    }

    @Test
    void stored_names_are_safe_ascii_made_from_the_uploaded_name() {
        assertThat(MediaStore.safeName("Фото посольства.JPG")).isEqualTo("foto-posolstva");
        assertThat(MediaStore.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(MediaStore.safeName("C:\\Users\\ann\\Visa form (2020).pdf")).isEqualTo("visa-form-2020");
        assertThat(MediaStore.safeName(".png")).isEqualTo("png");
        assertThat(MediaStore.safeName("a".repeat(100) + ".png")).hasSize(60);
    }
}
