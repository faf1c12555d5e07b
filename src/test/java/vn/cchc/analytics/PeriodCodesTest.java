package vn.cchc.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.cchc.catalog.Indicator.Accumulation;

class PeriodCodesTest {

    @Test
    void aQuarterIsComparedWithThePreviousQuarterAndQ1WithThePreviousYearsQ4() {
        assertThat(PeriodCodes.previous("2025-Q3", Accumulation.PERIOD)).isEqualTo("2025-Q2");
        assertThat(PeriodCodes.previous("2025-Q1", Accumulation.SNAPSHOT)).isEqualTo("2024-Q4");
    }

    @Test
    void aCumulativeQuarterIsComparedWithTheSameQuarterOfThePreviousYear() {
        assertThat(PeriodCodes.previous("2025-Q3", Accumulation.CUMULATIVE)).isEqualTo("2024-Q3");
        assertThat(PeriodCodes.previous("2025-Q1", Accumulation.CUMULATIVE)).isEqualTo("2024-Q1");
    }

    @Test
    void halfYearsNineMonthsAndYearsAreComparedWithThePreviousYears() {
        assertThat(PeriodCodes.previous("2025-H1", Accumulation.PERIOD)).isEqualTo("2024-H1");
        assertThat(PeriodCodes.previous("2025-9M", Accumulation.CUMULATIVE)).isEqualTo("2024-9M");
        assertThat(PeriodCodes.previous("2025-Y", Accumulation.PERIOD)).isEqualTo("2024-Y");
    }

    @Test
    void aRangeListsOnlyItsGrainsPeriodsInTimeOrder() {
        assertThat(PeriodCodes.between(Grain.QUARTER, "2024-Q3", "2025-Q2"))
                .containsExactly("2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2");
        assertThat(PeriodCodes.between(Grain.YEAR, "2023-Q1", "2025-Q4")).containsExactly("2023-Y", "2024-Y", "2025-Y");
        assertThat(PeriodCodes.between(Grain.HALF_YEAR, "2024-Q3", "2025-Q2")).containsExactly("2025-H1");
        assertThat(PeriodCodes.lastN("2025-Q2", 3)).containsExactly("2024-Q4", "2025-Q1", "2025-Q2");
        assertThatThrownBy(() -> PeriodRange.quarters("2025-Q2", "2025-Q1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMergerDividesPeriodsByTheirLastDay() {
        assertThat(PeriodCodes.afterMerger("2025-H1")).isFalse();
        assertThat(PeriodCodes.afterMerger("2025-Q3")).isTrue();
        assertThat(PeriodCodes.afterMerger("2025-Y")).isTrue();
        assertThat(PeriodCodes.afterMerger("2025-9M")).isTrue();
        assertThat(Grain.of("2025-9M")).isEqualTo(Grain.NINE_MONTHS);
    }
}
