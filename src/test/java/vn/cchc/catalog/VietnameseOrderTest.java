package vn.cchc.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VietnameseOrderTest {

    /** The issue's example, in the Vietnamese alphabet. */
    static final List<String> EXAMPLE = List.of("Cà Mau", "Cao Bằng", "Cần Thơ", "Hà Nội", "Hà Tĩnh", "Hải Phòng", "Huế",
            "Hưng Yên");

    private static List<String> shuffledAndSorted(List<String> names) {
        List<String> shuffled = new ArrayList<>(names);
        Collections.shuffle(shuffled, new Random(12));
        shuffled.sort(VietnameseOrder.NAMES);
        return shuffled;
    }

    @Test
    void ordersTheIssuesExampleByTheVietnameseAlphabet() {
        assertThat(shuffledAndSorted(EXAMPLE)).containsExactlyElementsOf(EXAMPLE);
    }

    @Test
    void byteOrderAndTheJdksCollatorGetTheExampleWrong() {
        // Why a collator of our choosing: byte order puts "Cao Bằng" before "Cà Mau" and "Huế" before "Hà Nội",
        // and the JDK's Collator for "vi" puts "Hải Phòng" before "Hà Nội".
        assertThat(EXAMPLE.stream().sorted().toList()).isNotEqualTo(EXAMPLE);
        assertThat(EXAMPLE.stream().sorted(Collator.getInstance(Locale.of("vi"))).toList()).isNotEqualTo(EXAMPLE);
    }

    @Test
    void putsEachLetterOfTheAlphabetInItsPlace() {
        List<String> letters = List.of("a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m", "n",
                "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y");
        assertThat(shuffledAndSorted(letters)).containsExactlyElementsOf(letters);
        assertThat(shuffledAndSorted(List.of("Điện Biên", "Đà Nẵng", "Đồng Nai", "Dak Nông", "Ea Súp")))
                .containsExactly("Dak Nông", "Đà Nẵng", "Điện Biên", "Đồng Nai", "Ea Súp");
    }

    @Test
    void namesDifferingOnlyByToneComeAfterTheToneless() {
        // Tones are compared after the letters: a name differing only by tone follows the toneless one,
        // and a difference of letters later in the name outweighs any tone earlier.
        List<String> tones = shuffledAndSorted(List.of("Bạc Liêu", "Bắc Ninh", "Ba Vì", "Bà Rịa", "Bá Thước", "Bả", "Bạ"));
        assertThat(tones).containsExactly("Bả", "Bạ", "Bà Rịa", "Bá Thước", "Ba Vì", "Bạc Liêu", "Bắc Ninh");
        List<String> ma = shuffledAndSorted(List.of("mạ", "má", "mã", "mả", "mà", "ma"));
        assertThat(ma.getFirst()).isEqualTo("ma");
        assertThat(ma).doesNotHaveDuplicates().hasSize(6);
        assertThat(VietnameseOrder.compare("Hà Tĩnh", "Hà Tinh")).isPositive();
    }

    @Test
    void ordersAllNamesTotallyAndNullsLast() {
        // Composed and decomposed spellings of one name are equal to the collator: the order still tells them apart.
        String composed = "Huế";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertThat(VietnameseOrder.compare(composed, decomposed)).isNotZero()
                .isEqualTo(-VietnameseOrder.compare(decomposed, composed));
        List<String> withNull = new ArrayList<>(java.util.Arrays.asList(null, "Huế", "An Giang"));
        withNull.sort(VietnameseOrder.NAMES);
        assertThat(withNull).containsExactly("An Giang", "Huế", null);
    }

    @Test
    void ordersTheReferenceProvincesWithTheExampleInItsOrder() {
        List<String> names = ReferenceData.bundled().provinces().stream().map(ProvinceRef::name)
                .sorted(VietnameseOrder.NAMES).toList();
        List<String> present = names.stream().filter(EXAMPLE::contains).distinct().toList();
        assertThat(present).containsExactlyElementsOf(EXAMPLE);
    }
}
