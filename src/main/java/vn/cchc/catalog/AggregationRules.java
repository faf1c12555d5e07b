package vn.cchc.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The aggregation rule of every indicator, read from the {@code aggregation} column of
 * catalog/indicators.csv by its header name. A copy of the catalog from before the column, or a
 * blank cell, leaves the indicator unaggregated ({@link Aggregation#NONE}): nothing is added up on
 * a guess.
 */
public final class AggregationRules {

    private final Map<String, Aggregation> rules;

    private AggregationRules(Map<String, Aggregation> rules) {
        this.rules = Map.copyOf(rules);
    }

    public static AggregationRules bundled() {
        return load(DataFiles.bundled("catalog"));
    }

    public static AggregationRules load(DataFiles files) {
        return of(files.rows("indicators.csv"));
    }

    static AggregationRules of(List<Map<String, String>> indicatorRows) {
        Map<String, Aggregation> rules = new LinkedHashMap<>();
        for (Map<String, String> r : indicatorRows) {
            String text = r.get("aggregation");
            rules.put(r.get("id"), text == null || text.isBlank() ? Aggregation.NONE : Aggregation.of(text, r.get("id")));
        }
        return new AggregationRules(rules);
    }

    /** The rule of an indicator; NONE for an id the catalog does not know. */
    public Aggregation of(String indicatorId) {
        return rules.getOrDefault(indicatorId, Aggregation.NONE);
    }
}
