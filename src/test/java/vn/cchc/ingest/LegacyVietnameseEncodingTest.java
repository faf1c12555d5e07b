package vn.cchc.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.ingest.LegacyVietnameseEncoding.Encoding.TCVN3;
import static vn.cchc.ingest.LegacyVietnameseEncoding.Encoding.VNI;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.ingest.LegacyVietnameseEncoding.Encoding;

/** TCVN3 and VNI text told from Unicode and converted, on sentences of the real seed reports. */
class LegacyVietnameseEncodingTest {

    /** Sentences of the seeds, in lower case but for capitals TCVN3 can write (T, S, Đ, Ô …). */
    private static final List<String> SENTENCES = List.of(
            "Tỷ lệ hồ sơ TTHC do các sở, ngành tiếp nhận được giải quyết đúng hạn",
            "Số nhiệm vụ đã hoàn thành đúng hạn",
            "Tổng số biên chế được giao trong năm",
            "Đơn vị tính: Hồ sơ; Số liệu: 45.700",
            "Tình hình thực hiện công tác cải cách hành chính Quý I, nhiệm vụ trọng tâm Quý II năm 2023",
            "Tổ chức đối thoại của lãnh đạo với người dân, cộng đồng doanh nghiệp",
            "Số lượng phiếu khảo sát; Hình thức khảo sát: Trực tuyến = 0 Phát phiếu = 1 Kết hợp = 2",
            "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
            "Triển khai xây dựng nền tảng chia sẻ, tích hợp dùng chung (LGSP) – địa chỉ: https://lgsp.thanhhoa.gov.vn",
            "nguồn vốn tín dụng, nguồn vốn hợp pháp khác thực hiện các chương trình mục tiêu quốc gia");

    @Test
    void seedSentencesRoundTripThroughBothEncodings() {
        for (String sentence : SENTENCES) {
            for (Encoding encoding : Encoding.values()) {
                String legacy = LegacyVietnameseEncoding.encode(sentence, encoding);
                assertThat(legacy).as("%s of %s", encoding, sentence).isNotEqualTo(sentence);
                assertThat(LegacyVietnameseEncoding.decode(legacy, encoding)).as(encoding.id()).isEqualTo(sentence);
            }
        }
    }

    @Test
    void legacyTextLooksLikeTheMojibakeOfOldDocuments() {
        assertThat(LegacyVietnameseEncoding.encode("Công tác cải cách hành chính", TCVN3)).isEqualTo("C«ng t¸c c¶i c¸ch hµnh chÝnh");
        assertThat(LegacyVietnameseEncoding.encode("Công tác cải cách hành chính", VNI)).isEqualTo("Coâng taùc caûi caùch haønh chính");
        assertThat(LegacyVietnameseEncoding.decode("B¸o c¸o", TCVN3)).isEqualTo("Báo cáo");
        assertThat(LegacyVietnameseEncoding.decode("Ninh B×nh", TCVN3)).isEqualTo("Ninh Bình");
        assertThat(LegacyVietnameseEncoding.decode("Vieät Nam", VNI)).isEqualTo("Việt Nam");
    }

    @Test
    void vniWritesEveryCapitalAndSoRoundTripsHeadings() {
        String heading = "THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH TỈNH THANH HÓA";
        assertThat(LegacyVietnameseEncoding.decode(LegacyVietnameseEncoding.encode(heading, VNI), VNI)).isEqualTo(heading);
        assertThat(LegacyVietnameseEncoding.decode(LegacyVietnameseEncoding.encode("Ủy ban nhân dân", VNI), VNI)).isEqualTo("Ủy ban nhân dân");
    }

    @Test
    void tcvn3WritesAccentedCapitalsInLowerCaseAndCapitalsAreRestoredWhereTheLineShowsThem() {
        String heading = "THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH TỈNH THANH HÓA";
        String legacy = LegacyVietnameseEncoding.encode(heading, TCVN3);
        assertThat(legacy).startsWith("THèNG K£ Sè LIÖU");
        assertThat(LegacyVietnameseEncoding.decode(legacy, TCVN3)).startsWith("THốNG KÊ Số LIệU");
        assertThat(LegacyVietnameseEncoding.decodeRestoringCapitals(legacy, TCVN3)).isEqualTo(heading);

        String mixed = "KT. CHỦ TỊCH\nSở Xây dựng\nSỞ XÂY DỰNG";
        assertThat(LegacyVietnameseEncoding.decodeRestoringCapitals(LegacyVietnameseEncoding.encode(mixed, TCVN3), TCVN3))
                .isEqualTo(mixed);
        // A sentence keeps its case: one capital letter is no capitals-only word.
        String sentence = "Số nhiệm vụ đã hoàn thành";
        assertThat(LegacyVietnameseEncoding.decodeRestoringCapitals(LegacyVietnameseEncoding.encode(sentence, TCVN3), TCVN3))
                .isEqualTo(sentence);
    }

    @Test
    void detectsEachEncodingOnAParagraphOfASeed() {
        String paragraph = String.join(" ", AppendixSeeds.lines("004").subList(0, 40));
        String unicode = VietnameseText.nfc(paragraph);
        for (Encoding encoding : Encoding.values()) {
            String legacy = SeedDocuments.encode(unicode, encoding);
            assertThat(LegacyVietnameseEncoding.detect(legacy)).as(encoding.id()).contains(encoding);
            assertThat(LegacyVietnameseEncoding.repair(legacy)).as(encoding.id())
                    .isEqualTo(LegacyVietnameseEncoding.decode(legacy, encoding));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void leavesUnicodeSeedsUntouched(String seed) {
        String text = String.join("\n", AppendixSeeds.lines(seed));
        assertThat(LegacyVietnameseEncoding.detect(text)).isEmpty();
        assertThat(LegacyVietnameseEncoding.repair(text)).isSameAs(text);
    }

    @Test
    void leavesAsciiAndOtherLatinTextUntouched() {
        List<String> texts = List.of(
                "STT\tChi tieu thong ke\tDon vi tinh\tSo lieu\nTTHC UBND HDND 45.700 96,6% https://dichvucong.gov.vn",
                "Café, résumé, naïve façade: élève à l'école — Müller & Søn, Ærø, ½ × ¾ ± 1°",
                "B\u00c1O C\u00c1O qu\u00fd I c\u00f4ng t\u00e1c", // Vietnamese words Latin-1 can hold
                "Báo cáo về việc đẩy mạnh cải cách hành chính",
                "");
        for (String text : texts) {
            assertThat(LegacyVietnameseEncoding.detect(text)).as(text).isEmpty();
        }
        assertThat(LegacyVietnameseEncoding.detect(null)).isEmpty();
    }

    @Test
    void tooShortToJudgeIsLeftAlone() {
        assertThat(LegacyVietnameseEncoding.detect("c¸c")).isEmpty();
    }

    @Test
    void readsLegacyBytesAsWordAndWindowsPresentThem() {
        // A Word run in a symbol font keeps each byte as U+F0xx; Windows-1252 shows 0x80–0x9F as punctuation.
        assertThat(LegacyVietnameseEncoding.decode("c\uF0B8c", TCVN3)).isEqualTo("các");
        assertThat(LegacyVietnameseEncoding.decode("– “c¸c” …", TCVN3)).isEqualTo("– “các” …");
        assertThat(new String(LegacyVietnameseEncoding.bytes("c¸c – x"), StandardCharsets.ISO_8859_1)).isEqualTo("c¸c \u0096 x");
    }

    @Test
    void unicodeNextToLegacyTextIsKept() {
        assertThat(LegacyVietnameseEncoding.decode("c¸c ạ", TCVN3)).isEqualTo("các ạ");
    }

    @Test
    void refusesToWriteWhatTheEncodingCannotHold() {
        assertThatThrownBy(() -> LegacyVietnameseEncoding.encode("VBQPPL¹", TCVN3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tcvn3");
        assertThatThrownBy(() -> LegacyVietnameseEncoding.encode("€ π", VNI)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fontsNameTheirEncoding() {
        assertThat(LegacyVietnameseEncoding.ofFont(".VnTime")).contains(TCVN3);
        assertThat(LegacyVietnameseEncoding.ofFont(".VnArialH")).contains(TCVN3);
        assertThat(LegacyVietnameseEncoding.ofFont("VNI-Times")).contains(VNI);
        assertThat(LegacyVietnameseEncoding.ofFont("VNI-Helve-Condense")).contains(VNI);
        assertThat(LegacyVietnameseEncoding.ofFont("Times New Roman")).isEmpty();
        assertThat(LegacyVietnameseEncoding.ofFont(null)).isEmpty();
        assertThat(LegacyVietnameseEncoding.isCapitalsFont(".VnTimeH")).isTrue();
        assertThat(LegacyVietnameseEncoding.isCapitalsFont(".VnTime")).isFalse();
        assertThat(LegacyVietnameseEncoding.isCapitalsFont("VNI-Helve")).isFalse();
    }

    /** The data file: VNI writes all 134 accented letters, TCVN3 the 67 lower-case ones and Ă Â Ê Ô Ơ Ư Đ. */
    @Test
    void tablesCoverTheVietnameseAlphabetOneSpellingEach() {
        List<String> lower = new ArrayList<>();
        for (String base : List.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")) {
            if (!base.matches("[aeiouy]")) {
                lower.add(base);
            }
            for (String tone : List.of("\u0300", "\u0301", "\u0303", "\u0309", "\u0323")) {
                lower.add(Normalizer.normalize(base + tone, Normalizer.Form.NFC));
            }
        }
        lower.add("đ");
        assertThat(lower).hasSize(67);
        Set<String> vni = new HashSet<>();
        Set<String> tcvn3 = new HashSet<>();
        for (String letter : lower) {
            String capital = letter.toUpperCase(Locale.ROOT);
            assertThat(LegacyVietnameseEncoding.decode(LegacyVietnameseEncoding.encode(letter, VNI), VNI)).isEqualTo(letter);
            assertThat(LegacyVietnameseEncoding.decode(LegacyVietnameseEncoding.encode(capital, VNI), VNI)).isEqualTo(capital);
            assertThat(LegacyVietnameseEncoding.decode(LegacyVietnameseEncoding.encode(letter, TCVN3), TCVN3)).isEqualTo(letter);
            vni.add(LegacyVietnameseEncoding.encode(letter, VNI));
            vni.add(LegacyVietnameseEncoding.encode(capital, VNI));
            tcvn3.add(LegacyVietnameseEncoding.encode(letter, TCVN3));
        }
        assertThat(vni).as("distinct VNI spellings").hasSize(134);
        assertThat(tcvn3).as("distinct TCVN3 codes").hasSize(67);
        for (String capital : List.of("Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ")) {
            assertThat(LegacyVietnameseEncoding.decode(LegacyVietnameseEncoding.encode(capital, TCVN3), TCVN3)).isEqualTo(capital);
        }
    }

    @Test
    void syllablesAreToldBySpelling() {
        for (String word : List.of("nghiêng", "quyết", "được", "Trường", "gì", "khuya", "hoặc", "xoong", "TỈNH", "ấy")) {
            assertThat(SyllableWords.isSyllable(word)).as(word).isTrue();
        }
        for (String word : List.of("c¸ch", "caùch", "hµnh", "coâng", "tØnh", "hoàá", "café", "ctrl", "")) {
            assertThat(SyllableWords.isSyllable(word)).as(word).isFalse();
        }
    }
}
