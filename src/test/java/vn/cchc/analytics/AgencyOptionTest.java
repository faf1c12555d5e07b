package vn.cchc.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AgencyOptionTest {

    @Test
    void anOptionStandsForItselfAndTheAgenciesOfItsUnit() {
        AgencyOption alone = new AgencyOption(7, "Sở Nội vụ", "department", "hue", "Huế");
        assertThat(alone.standsFor(7L)).isTrue();
        assertThat(alone.standsFor(8L)).isFalse();
        assertThat(alone.standsFor(null)).as("no agency chosen").isFalse();

        AgencyOption unit = new AgencyOption(9, "UBND tỉnh Tuyên Quang", "province", "tuyen-quang-2025", "Tuyên Quang", Set.of(3L, 5L, 9L));
        assertThat(unit.standsFor(3L)).as("a predecessor's agency").isTrue();
        assertThat(unit.standsFor(9L)).isTrue();
        assertThat(unit.standsFor(4L)).isFalse();
        assertThat(new AgencyOption(9, "UBND tỉnh", "province", "tuyen-quang-2025", "Tuyên Quang", Set.of(3L)).standsFor(9L))
                .as("an option always stands for its own agency").isTrue();
    }
}
