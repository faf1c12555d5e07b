package vn.cchc.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The opening choice the views' defaults and the start's warm-up share. */
class OpeningChoiceTest {

    static PeriodOption period(String code, int reports) {
        return new PeriodOption(code, Integer.parseInt(code.substring(0, 4)), code.substring(5), null, null, reports);
    }

    @Test
    void aQuarterlyWarehouseOpensOnItsLatestQuarterWithTheEightUpToIt() {
        List<PeriodOption> periods = new ArrayList<>();
        for (int y = 2022; y <= 2025; y++) {
            for (String k : List.of("Q1", "Q2", "H1", "Q3", "Q4", "Y")) {
                periods.add(period(y + "-" + k, k.startsWith("Q") ? 100 : 10));
            }
        }
        OpeningChoice c = OpeningChoice.of(periods).orElseThrow();
        assertThat(c.period()).isEqualTo("2025-Q4");
        assertThat(c.range()).isEqualTo(new PeriodRange("2024-Q1", "2025-Q4", Grain.QUARTER));
        assertThat(c.range().periods()).hasSize(OpeningChoice.RANGE_LENGTH);
        assertThat(c.boundary()).isEqualTo(Boundary.NEW_34);
    }

    @Test
    void aYearlyWarehouseOpensOnYearsAndAShortHistoryOnAllOfIt() {
        OpeningChoice c = OpeningChoice.of(List.of(period("2024-Q1", 5), period("2024-Y", 300), period("2025-Y", 280)))
                .orElseThrow();
        assertThat(c.period()).isEqualTo("2025-Y");
        assertThat(c.range()).isEqualTo(new PeriodRange("2024-Y", "2025-Y", Grain.YEAR));
    }

    @Test
    void anEmptyWarehouseHasNoOpeningChoice() {
        assertThat(OpeningChoice.of(List.of())).isEmpty();
    }
}
