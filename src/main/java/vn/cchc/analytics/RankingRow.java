package vn.cchc.analytics;

/**
 * One ranked unit. Ties share a rank and the next rank skips (1, 2, 2, 4).
 *
 * @param key          province slug or agency id, for URLs
 * @param previousRank its rank in the previous period's ranking, null when it was not ranked then
 * @param rankChange   previousRank − rank: positive when it climbed; null without a previous rank
 * @param tied         whether another unit shares the rank
 */
public record RankingRow(int rank, String key, String name, Figure figure, Integer previousRank, Integer rankChange,
                         boolean tied) {
}
