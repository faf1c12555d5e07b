package vn.cchc.analytics;

import static vn.cchc.warehouse.jooq.Tables.AGENCY;
import static vn.cchc.warehouse.jooq.Tables.FINDING;
import static vn.cchc.warehouse.jooq.Tables.INDICATOR_VALUES;
import static vn.cchc.warehouse.jooq.Tables.REPORT_OVERVIEW;
import static vn.cchc.warehouse.jooq.Tables.WAREHOUSE_INFO;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import vn.cchc.warehouse.jooq.tables.records.WarehouseInfoRecord;

/** Counts for the home page, and whether the warehouse is the sample built on first start. */
@Service
public class WarehouseSummaryService {

    private final DSLContext dsl;

    public WarehouseSummaryService(DSLContext dsl) {
        this.dsl = dsl;
    }

    public WarehouseSummary summary() {
        WarehouseInfoRecord info = dsl.selectFrom(WAREHOUSE_INFO).fetchOne();
        boolean fromSample = info != null && Boolean.TRUE.equals(info.getCreatedFromSample());
        return new WarehouseSummary(
                dsl.fetchCount(REPORT_OVERVIEW, REPORT_OVERVIEW.SUPERSEDED_BY.isNull()),
                dsl.fetchCount(AGENCY),
                dsl.fetchCount(INDICATOR_VALUES),
                dsl.fetchCount(FINDING),
                fromSample,
                fromSample ? info.getCreatedAt() : null,
                fromSample ? info.getSample() : null);
    }
}
