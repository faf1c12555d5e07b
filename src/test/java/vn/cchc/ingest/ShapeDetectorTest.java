package vn.cchc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShapeDetectorTest {

    @ParameterizedTest(name = "seed {0} is {1}")
    @CsvSource({"000, tabbed", "001, pdf-layout", "002, tabbed", "003, tabbed", "004, tabbed"})
    void detectsTheShapeOfEachSeed(String seed, String shape) {
        assertThat(ShapeDetector.detect(AppendixSeeds.lines(seed), AppendixSeeds.UNITS).shape()).isEqualTo(shape);
    }

    @Test
    void looksOnlyAtTheAppendix() {
        List<String> lines = List.of(
                "STT\tTên hồ sơ tiếp nhận\tTổng số hồ sơ\tGhi chú",
                "1\tCấp giấy phép xây dựng\t12\t",
                "Phụ lục ",
                "STT Chỉ tiêu thống kê ",
                "1.1.1.  Số nhiệm vụ đề ra trong kế hoạch Nhiệm vụ 26  ");

        assertThat(ShapeDetector.detect(lines, AppendixSeeds.UNITS).shape()).isEqualTo("pdf-layout");
    }

    @Test
    void hasThePdfReaderSplitByTheGivenUnits() {
        AppendixReader reader = ShapeDetector.detect(AppendixSeeds.lines("001"), List.of("Nhiệm vụ"));

        assertThat(reader.read(AppendixSeeds.lines("001"))).filteredOn(row -> row.line() == 296).singleElement()
                .satisfies(row -> {
                    assertThat(row.unit()).isEqualTo("Nhiệm vụ");
                    assertThat(row.value()).isEqualTo("26");
                });
    }
}
