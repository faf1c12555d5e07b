package vn.cchc.warehouse;

import static vn.cchc.warehouse.jooq.Tables.FINDING;
import static vn.cchc.warehouse.jooq.Tables.REPORT;
import static vn.cchc.warehouse.jooq.Tables.REPORT_VALUE;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Planted inconsistencies and the warehouse's findings as comparable keys, "file rule indicator",
 * for the round trips (the history test and the load benchmark's check).
 */
public final class FindingKeys {

    private FindingKeys() {
    }

    /** The generator's planted inconsistencies (manifest_inconsistencies.csv rows). */
    public static Set<String> planted(List<Map<String, String>> rows) {
        Set<String> keys = new HashSet<>();
        rows.forEach(p -> keys.add(p.get("file") + " " + p.get("rule") + " " + p.get("indicator")));
        return keys;
    }

    /** Every finding in the warehouse, its indicator "null" when it is about no value. */
    public static List<String> findings(DSLContext dsl) {
        return dsl.select(REPORT.FILE_NAME, FINDING.RULE, REPORT_VALUE.INDICATOR_ID)
                .from(FINDING).join(REPORT).on(REPORT.ID.eq(FINDING.REPORT_ID))
                .leftJoin(REPORT_VALUE).on(REPORT_VALUE.REPORT_ID.eq(FINDING.REPORT_ID)
                        .and(REPORT_VALUE.ORDINAL.eq(FINDING.VALUE_ORDINAL)))
                .fetch(f -> f.value1() + " " + f.value2() + " " + f.value3());
    }
}
