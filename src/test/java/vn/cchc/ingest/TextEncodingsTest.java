package vn.cchc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every encoding a Vietnamese text report reaches us in reads as the UTF-8 seed does, and is named in the evidence. */
class TextEncodingsTest {

    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    static String seedText(String seed) {
        return new String(SeedDocuments.text(seed), StandardCharsets.UTF_8);
    }

    static byte[] withBom(byte[] bom, byte[] text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(text);
        return out.toByteArray();
    }

    static byte[] utf16le(String text) {
        return withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
    }

    static byte[] utf16be(String text) {
        return withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
    }

    static byte[] utf8Bom(String text) {
        return withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] windows1258(String text) {
        return SeedDocuments.windows1258(text);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void unicodeWithAByteOrderMarkReadsAsTheSeed(String seed) {
        String text = seedText(seed);
        ParsedReport reference = SeedAssertions.seed(seed);
        assertThat(reference.encoding().value()).isEqualTo("UTF-8");
        for (var encoded : java.util.Map.of("UTF-16LE", utf16le(text), "UTF-16BE", utf16be(text), "UTF-8", utf8Bom(text)).entrySet()) {
            ParsedReport report = SeedAssertions.parse("r.txt", encoded.getValue());
            assertThat(SeedAssertions.values(report)).as(encoded.getKey()).containsExactlyElementsOf(SeedAssertions.values(reference));
            assertThat(report.encoding().value()).isEqualTo(encoded.getKey());
            assertThat(report.encoding().evidence()).contains("byte-order mark");
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void windows1258WithCombiningTonesReadsAsTheSeedInNfc(String seed) {
        byte[] bytes = windows1258(seedText(seed));
        assertThat(new String(bytes, WINDOWS_1258)).contains("\u0301");
        ParsedReport report = SeedAssertions.parse("r.txt", bytes);
        assertThat(SeedAssertions.values(report)).containsExactlyElementsOf(SeedAssertions.values(SeedAssertions.seed(seed)));
        assertThat(report.encoding().value()).isEqualTo("Windows-1258");
        assertThat(report.shape()).startsWith("text-windows-1258/");
        assertThat(report.metadata().agency().value()).isEqualTo(SeedAssertions.seed(seed).metadata().agency().value());
    }

    @Test
    void aNulByteInTheTextIsAFindingNotARefusal() {
        String text = seedText("004");
        String withNuls = text.replaceFirst("BÁO CÁO", "BÁO\0 CÁO").replace("\tVăn bản\t17\t", "\tVăn bản\t17\0\t");
        ParsedReport report = SeedAssertions.parse("r.txt", withNuls.getBytes(StandardCharsets.UTF_8));
        assertThat(SeedAssertions.values(report)).containsExactlyElementsOf(SeedAssertions.values(SeedAssertions.seed("004")));
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("nul_in_text")).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("2 NUL character(s)"));
    }

    @Test
    void aFileOfManyNulBytesIsStillBinary() {
        byte[] bytes = new byte[4096];
        bytes[0] = 'B';
        assertThat(new PlainTextFormat().accepts(bytes)).isFalse();
    }
}
