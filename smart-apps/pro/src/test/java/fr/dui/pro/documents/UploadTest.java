package fr.dui.pro.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadTest {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};

    @Test
    void recognisesPdfAndImagesByTheirBytesNotTheirName() {
        assertThat(Upload.kind(PDF)).contains(Upload.PDF);
        assertThat(Upload.kind(PNG)).contains(Upload.PNG);
        assertThat(Upload.kind(JPEG)).contains(Upload.JPEG);
        assertThat(Upload.kind("<html>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void refusesInFrenchWhatIsNotAcceptedOrTooLarge() {
        assertThat(Upload.refusal(PDF, false)).isNull();
        assertThat(Upload.refusal(new byte[0], false)).isEqualTo("Choisissez un fichier.");
        assertThat(Upload.refusal("MZ".getBytes(StandardCharsets.US_ASCII), false))
                .isEqualTo("Seuls les documents PDF et les images JPEG ou PNG sont acceptés.");
        byte[] large = new byte[Upload.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        assertThat(Upload.refusal(large, false)).isEqualTo("Le fichier dépasse 5 Mo.");
        assertThat(Upload.refusal(PDF, true)).isEqualTo("La photo doit être une image JPEG ou PNG.");
        assertThat(Upload.refusal(PNG, true)).isNull();
        assertThat(Upload.size(1536)).isEqualTo("2 ko");
        assertThat(Upload.size(1_300_000)).isEqualTo("1,2 Mo");
    }
}
