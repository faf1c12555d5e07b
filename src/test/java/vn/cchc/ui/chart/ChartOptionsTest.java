package vn.cchc.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.icepear.echarts.render.Engine;
import org.junit.jupiter.api.Test;
import vn.cchc.analytics.Basis;
import vn.cchc.analytics.Figure;
import vn.cchc.analytics.RankingRow;

class ChartOptionsTest {

    static Figure figure(Double v) {
        return v == null ? Figure.NONE : new Figure(v, Basis.RATIO_OF_SUMS, 1, 1, v, 100.0, 0);
    }

    @Test
    void rankingBarsCarryTheUnitKeyAndTheRankInTheLabel() {
        String json = new Engine().renderJsonOption(ChartOptions.rankingBars(List.of(
                new RankingRow(1, "ha-giang", "Hà Giang", figure(99.624), null, null, false),
                new RankingRow(2, "cao-bang", "Cao Bằng", figure(97.1), 1, -1, false)), "Tỷ lệ"));
        assertThat(json).contains("\"id\":\"ha-giang\"").contains("\"value\":99.62").contains("1. Hà Giang")
                .contains("\"inverse\":true");
    }

    @Test
    void aMissingFigureIsAGapNeverZero() {
        assertThat(ChartOptions.valueOf(Figure.NONE)).isEqualTo("-");
        assertThat(ChartOptions.valueOf(figure(0.0))).isEqualTo(0.0);
    }
}
