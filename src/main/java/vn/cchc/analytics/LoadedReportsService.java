package vn.cchc.analytics;

import static vn.cchc.warehouse.jooq.Tables.REPORT_LOADED_BY;
import static vn.cchc.warehouse.jooq.Tables.REPORT_OVERVIEW;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;

/** The reports loaded so far, newest first, within the reader's scope: the upload history and the API's list. */
@Service
public class LoadedReportsService {

    /** The most a list returns at once. */
    public static final int MAX_ROWS = 1000;

    private final DSLContext dsl;
    private final ReadAccess access;

    public LoadedReportsService(DSLContext dsl, ReadAccess access) {
        this.dsl = dsl;
        this.access = access;
    }

    /**
     * @param province a province name of either generation (as written in the list), or null for all
     * @param period   a period code, or null
     * @param agency   part of an agency's name, or null
     * @param status   current, superseded or retracted only, or null for all
     */
    public List<LoadedReport> list(String province, String period, String agency, LoadedReport.Status status, int limit) {
        return list(province, period, agency, status, null, limit);
    }

    /**
     * As {@link #list(String, String, String, LoadedReport.Status, int)}, and only the reports loaded by
     * {@code loadedBy} (an account, as the audit log names it) unless it is null: an importer's own
     * uploads among their office's. Still within the reader's scope.
     */
    public List<LoadedReport> list(String province, String period, String agency, LoadedReport.Status status,
                                   String loadedBy, int limit) {
        var r = REPORT_OVERVIEW;
        var by = REPORT_LOADED_BY;
        Condition where = access.report(r.REPORT_ID);
        if (loadedBy != null) {
            where = where.and(by.ACCOUNT.eq(loadedBy));
        }
        if (province != null && !province.isBlank()) {
            where = where.and(r.PROVINCE.eq(province.strip()).or(r.PROVINCE_NOW.eq(province.strip())));
        }
        if (period != null && !period.isBlank()) {
            where = where.and(r.PERIOD.eq(period.strip()));
        }
        if (agency != null && !agency.isBlank()) {
            where = where.and(r.AGENCY.containsIgnoreCase(agency.strip()));
        }
        if (status != null) {
            where = where.and(switch (status) {
                case RETRACTED -> r.RETRACTED_AT.isNotNull();
                case SUPERSEDED -> r.RETRACTED_AT.isNull().and(r.SUPERSEDED_BY.isNotNull());
                case CURRENT -> r.RETRACTED_AT.isNull().and(r.SUPERSEDED_BY.isNull());
            });
        }
        return dsl.select(r.REPORT_ID, r.SOURCE_FILE, r.PROVINCE, r.PROVINCE_NOW, r.AGENCY, r.AGENCY_KIND, r.PERIOD,
                        r.TEMPLATE, r.DOC_NUMBER, r.DOC_DATE, r.LOADED_AT, r.SUPERSEDED_BY, r.RETRACTED_BY, r.RETRACTED_AT,
                        r.VALUE_COUNT, r.FINDING_COUNT, by.ACCOUNT)
                .from(r).leftJoin(by).on(by.REPORT_ID.eq(r.REPORT_ID)).where(where)
                .orderBy(r.LOADED_AT.desc(), r.REPORT_ID.desc())
                .limit(DSL.inline(Math.max(1, Math.min(limit, MAX_ROWS))))
                .fetch(x -> new LoadedReport(x.value1(), x.value2(), x.value3(), x.value4(), x.value5(), x.value6(), x.value7(),
                        x.value8(), x.value9(), x.value10(), x.value11(), x.value12(), x.value13(), x.value14(),
                        x.value15() == null ? 0 : x.value15(), x.value16() == null ? 0 : x.value16(), x.value17()));
    }
}
