package vn.cchc.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PivotDataBuilderTest {

    @Test
    void oneRowPerProvinceAndAgencyInArrivalOrderCellsUnderTheirPeriods() {
        PivotData data = new PivotDataBuilder(List.of("2024-Q1", "2024-Q2"))
                .add("Tuyên Quang", "Sở Y tế", "2024-Q2", PivotData.Cell.of(2.0))
                .add("Hà Giang", "Sở Y tế", "2024-Q1", PivotData.Cell.of(3.0))
                .add("Tuyên Quang", "Sở Y tế", "2024-Q1", PivotData.Cell.of(1.0))
                .build("x", "x", ColumnType.INTEGER);
        assertThat(data.rows()).extracting(PivotData.Row::province).containsExactly("Tuyên Quang", "Hà Giang");
        assertThat(data.rows().get(0).cells()).extracting(PivotData.Cell::value).containsExactly(1.0, 2.0);
        assertThat(data.rows().get(1).cells().get(1)).isNull();
    }

    @Test
    void aSecondReportForTheSameCellGetsARowOfItsOwnNeverReplacesTheFirst() {
        PivotData data = new PivotDataBuilder(List.of("2024-Q1"))
                .add("Tuyên Quang", "Sở Y tế", "2024-Q1", PivotData.Cell.of(1.0))
                .add("Tuyên Quang", "Sở Y tế", "2024-Q1", PivotData.Cell.of(2.0))
                .build("x", "x", ColumnType.INTEGER);
        assertThat(data.rows()).hasSize(2);
        assertThat(data.rows()).flatExtracting(PivotData.Row::cells).extracting(PivotData.Cell::value).containsExactly(1.0, 2.0);
    }

    @Test
    void aPeriodOutsideTheColumnsIsAnError() {
        assertThatThrownBy(() -> new PivotDataBuilder(List.of("2024-Q1")).add("A", "B", "2024-Q2", PivotData.Cell.of(1.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-Q2");
    }
}
