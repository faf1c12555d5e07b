package vn.cchc.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A trend is kept unnamed (one answer for every language) and named by the view. */
class TrendTest {

    @Test
    void aTrendIsNamedWithoutChangingItsLinesAndOnlyWithOneLabelPerLine() {
        TrendSeries line = new TrendSeries(Scope.country(), null, List.of(new TrendPoint("2025-Q1", Figure.NONE)));
        Trend unnamed = new Trend(null, Grain.QUARTER, Axis.PER_PERIOD, List.of("2025-Q1"), List.of(line));
        Trend named = unnamed.labelled(List.of("Cả nước"));
        assertThat(named.series().getFirst().label()).isEqualTo("Cả nước");
        assertThat(named.series().getFirst().points()).isEqualTo(line.points());
        assertThat(unnamed.series().getFirst().label()).isNull();
        assertThatThrownBy(() -> unnamed.labelled(List.of("a", "b"))).isInstanceOf(IllegalArgumentException.class);
    }
}
