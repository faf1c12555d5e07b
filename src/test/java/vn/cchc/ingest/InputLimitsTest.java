package vn.cchc.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InputLimitsTest {

    @Test
    void withoutSettingsTheDocumentedDefaultsApply() {
        InputLimits limits = InputLimits.from(name -> null, Map.of());
        assertThat(limits).isEqualTo(InputLimits.DEFAULTS);
        assertThat(limits.maxLineChars()).isEqualTo(20_000);
        assertThat(limits.maxTextBytes()).isEqualTo(8L * 1024 * 1024);
        assertThat(limits.maxParseTime()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aSystemPropertyOrAnEnvironmentVariableOverridesADefaultAndThePropertyWins() {
        InputLimits fromEnvironment = InputLimits.from(name -> null,
                Map.of("CCHC_LIMITS_MAX_LINE_CHARS", "500", "CCHC_LIMITS_MAX_PDF_BYTES", "9000000000"));
        assertThat(fromEnvironment.maxLineChars()).isEqualTo(500);
        assertThat(fromEnvironment.maxPdfBytes()).isEqualTo(9_000_000_000L);

        InputLimits both = InputLimits.from(name -> name.equals("cchc.limits.max-line-chars") ? "700" : null,
                Map.of("CCHC_LIMITS_MAX_LINE_CHARS", "500"));
        assertThat(both.maxLineChars()).isEqualTo(700);
    }

    @Test
    void aValueThatIsNoPositiveWholeNumberIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> InputLimits.from(name -> name.equals("cchc.limits.max-findings") ? "many" : null, Map.of()))
                .hasMessageContaining("cchc.limits.max-findings=many");
        assertThatThrownBy(() -> InputLimits.from(name -> null, Map.of("CCHC_LIMITS_MAX_LINES", "0")))
                .hasMessageContaining("CCHC_LIMITS_MAX_LINES=0");
        assertThatThrownBy(() -> InputLimits.from(name -> null, Map.of("CCHC_LIMITS_MAX_LINES", "99999999999")))
                .hasMessageContaining("CCHC_LIMITS_MAX_LINES");
    }

    @Test
    void theSizeLimitFollowsTheFormatTheFirstBytesTell() {
        InputLimits limits = new InputLimits(10, 20, 30, 100, 1000, 100, 5, 10, 10, Duration.ofSeconds(1));
        assertThat(limits.sizeBound(new byte[] {'P', 'K', 3, 4}).bytes()).isEqualTo(20);
        assertThat(limits.sizeBound(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}).bytes()).isEqualTo(20);
        assertThat(limits.sizeBound("junk\n%PDF-1.7".getBytes()).bytes()).isEqualTo(30);
        assertThat(limits.sizeBound("BÁO CÁO".getBytes()).bytes()).isEqualTo(10);
        assertThat(limits.sizeBound(new byte[0]).setting()).isEqualTo("max-text-bytes");
    }
}
