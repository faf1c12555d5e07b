package vn.cchc.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PivotTotalTest {

    @Test
    void rateTotalIsTheRatioOfSumsNotTheMeanOfRates() {
        PivotTotal t = PivotTotal.of(ColumnType.PERCENT, List.of(new PivotData.Cell(100.0, 1.0, 1.0, null),
                new PivotData.Cell(50.0, 500.0, 1000.0, null)));
        assertThat(t.method()).isEqualTo(PivotTotal.Method.RATIO_OF_SUMS);
        assertThat(t.value()).isCloseTo(100.0 * 501 / 1001, within(1e-12));
    }

    @Test
    void partsWithoutTheRateStillCountAndARateWithoutPartsFallsBackToTheMeanSaidSo() {
        PivotTotal parts = PivotTotal.of(ColumnType.PERCENT, List.of(new PivotData.Cell(null, 9.0, 10.0, null),
                new PivotData.Cell(50.0, 1.0, 2.0, null)));
        assertThat(parts.value()).isCloseTo(100.0 * 10 / 12, within(1e-12));
        PivotTotal mixed = PivotTotal.of(ColumnType.PERCENT, Arrays.asList(new PivotData.Cell(90.0, 9.0, 10.0, null),
                PivotData.Cell.of(70.0), null));
        assertThat(mixed.method()).isEqualTo(PivotTotal.Method.MEAN_OF_REPORTED_RATES);
        assertThat(mixed.value()).isEqualTo(80.0);
        assertThat(mixed.reported()).isEqualTo(2);
    }

    @Test
    void nothingReportedIsNoTotalNeverZero() {
        assertThat(PivotTotal.of(ColumnType.PERCENT, Arrays.asList(null, PivotData.Cell.of(null))).value()).isNull();
        assertThat(PivotTotal.of(ColumnType.INTEGER, Arrays.asList(null, PivotData.Cell.of(null))).value()).isNull();
        assertThat(PivotTotal.of(ColumnType.PERCENT, List.of(new PivotData.Cell(null, 0.0, 0.0, null))).value()).isNull();
        assertThat(PivotTotal.of(ColumnType.TEXT, List.of(PivotData.Cell.of(1.0))).method()).isEqualTo(PivotTotal.Method.NONE);
    }

    @Test
    void countsAreSummed() {
        PivotTotal t = PivotTotal.of(ColumnType.INTEGER, Arrays.asList(PivotData.Cell.of(1200.0), null, PivotData.Cell.of(34.0)));
        assertThat(t.method()).isEqualTo(PivotTotal.Method.SUM);
        assertThat(t.value()).isEqualTo(1234.0);
    }
}
