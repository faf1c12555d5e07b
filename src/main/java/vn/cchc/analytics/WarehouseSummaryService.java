package vn.cchc.analytics;

import static vn.cchc.warehouse.jooq.Tables.AGENCY;
import static vn.cchc.warehouse.jooq.Tables.FINDING;
import static vn.cchc.warehouse.jooq.Tables.INDICATOR_VALUES;
import static vn.cchc.warehouse.jooq.Tables.REPORT_OVERVIEW;
import static vn.cchc.warehouse.jooq.Tables.WAREHOUSE_INFO;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import vn.cchc.warehouse.jooq.tables.records.WarehouseInfoRecord;

/** Counts for the home page (of what the reader may see), and whether the warehouse is the sample built on first start. */
@Service
public class WarehouseSummaryService {

    private final DSLContext dsl;
    private final ReadAccess access;

    public WarehouseSummaryService(DSLContext dsl, ReadAccess access) {
        this.dsl = dsl;
        this.access = access;
    }

    public WarehouseSummary summary() {
        WarehouseInfoRecord info = dsl.selectFrom(WAREHOUSE_INFO).fetchOne();
        boolean fromSample = info != null && Boolean.TRUE.equals(info.getCreatedFromSample());
        return new WarehouseSummary(
                dsl.fetchCount(REPORT_OVERVIEW, REPORT_OVERVIEW.SUPERSEDED_BY.isNull()
                        .and(REPORT_OVERVIEW.RETRACTED_AT.isNull())
                        .and(access.provinceNowName(REPORT_OVERVIEW.PROVINCE_NOW))),
                dsl.fetchCount(AGENCY, access.province(AGENCY.PROVINCE_SLUG)),
                dsl.fetchCount(INDICATOR_VALUES, access.provinceNowName(INDICATOR_VALUES.PROVINCE_NOW)),
                dsl.fetchCount(FINDING, access.report(FINDING.REPORT_ID)),
                fromSample,
                fromSample ? info.getCreatedAt() : null,
                fromSample ? info.getSample() : null);
    }
}
