package vn.cchc.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankerTest {

    static Ranker.Entry e(String key, Double value) {
        return new Ranker.Entry(key, key.toUpperCase(), value == null ? Figure.NONE
                : new Figure(value, Basis.REPORTED, 1, 1, null, null, 0));
    }

    @Test
    void tiesShareARankAndTheNextRankSkips() {
        List<RankingRow> rows = Ranker.rows(List.of(e("a", 90.0), e("b", 95.0), e("c", 90.0), e("d", 80.0), e("x", null)),
                Map.of("a", 1, "d", 2), false);
        assertThat(rows).extracting(RankingRow::key).containsExactly("b", "a", "c", "d");
        assertThat(rows).extracting(RankingRow::rank).containsExactly(1, 2, 2, 4);
        assertThat(rows).extracting(RankingRow::tied).containsExactly(false, true, true, false);
        assertThat(rows).extracting(RankingRow::rankChange).containsExactly(null, -1, null, -2);
    }

    @Test
    void lowerIsBetterRanksTheSmallestFirst() {
        assertThat(Ranker.rows(List.of(e("a", 3.0), e("b", 1.0)), Map.of(), true)).extracting(RankingRow::key)
                .containsExactly("b", "a");
    }

    @Test
    void topAndBottomKeepTiesWhole() {
        Ranking r = new Ranking(null, "2025-Q1", "2024-Q4", Boundary.NEW_34,
                Ranker.rows(List.of(e("a", 5.0), e("b", 4.0), e("c", 4.0), e("d", 1.0)), Map.of(), false), List.of());
        assertThat(r.top(2)).extracting(RankingRow::key).containsExactly("a", "b", "c");
        assertThat(r.bottom(2)).extracting(RankingRow::key).containsExactly("b", "c", "d");
        assertThat(r.bottom(1)).extracting(RankingRow::key).containsExactly("d");
    }

    @Test
    void tiesAreListedInVietnameseOrderOfNamesNotByteOrder() {
        // The example and names differing only by tone, all on the same figure, given in byte order.
        List<String> names = List.of("Cao Bằng", "Cà Mau", "Cần Thơ", "Huế", "Hà Nội", "Hà Tĩnh", "Hưng Yên", "Hải Phòng",
                "Bạc Liêu", "Ba Vì", "Bà Rịa");
        List<Ranker.Entry> tied = names.stream().map(n -> new Ranker.Entry("k-" + n, n,
                new Figure(97.5, Basis.REPORTED, 1, 1, null, null, 0))).toList();

        List<RankingRow> rows = Ranker.rows(tied, Map.of(), false);

        assertThat(rows).extracting(RankingRow::name).containsExactly("Bà Rịa", "Ba Vì", "Bạc Liêu", "Cà Mau", "Cao Bằng",
                "Cần Thơ", "Hà Nội", "Hà Tĩnh", "Hải Phòng", "Huế", "Hưng Yên");
        assertThat(rows).extracting(RankingRow::rank).containsOnly(1);
    }
}
