package vn.cchc.analytics;

import static vn.cchc.warehouse.jooq.Tables.AGENCY;
import static vn.cchc.warehouse.jooq.Tables.FINDING;
import static vn.cchc.warehouse.jooq.Tables.INDICATOR_VALUES;
import static vn.cchc.warehouse.jooq.Tables.REPORT_OVERVIEW;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/** Counts for the home page. */
@Service
public class WarehouseSummaryService {

    private final DSLContext dsl;

    public WarehouseSummaryService(DSLContext dsl) {
        this.dsl = dsl;
    }

    public WarehouseSummary summary() {
        return new WarehouseSummary(
                dsl.fetchCount(REPORT_OVERVIEW, REPORT_OVERVIEW.SUPERSEDED_BY.isNull()),
                dsl.fetchCount(AGENCY),
                dsl.fetchCount(INDICATOR_VALUES),
                dsl.fetchCount(FINDING));
    }
}
