package vn.cchc.warehouse;

import static vn.cchc.warehouse.jooq.Tables.AGENCY;
import static vn.cchc.warehouse.jooq.Tables.FINDING;
import static vn.cchc.warehouse.jooq.Tables.PERIOD;
import static vn.cchc.warehouse.jooq.Tables.REPORT;
import static vn.cchc.warehouse.jooq.Tables.REPORT_EVIDENCE;
import static vn.cchc.warehouse.jooq.Tables.REPORT_SUPERSESSION;
import static vn.cchc.warehouse.jooq.Tables.REPORT_VALUE;
import static vn.cchc.warehouse.jooq.Tables.REPORT_VALUE_PART;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jooq.DSLContext;
import vn.cchc.ingest.Detected;
import vn.cchc.ingest.Finding;
import vn.cchc.ingest.ParsedReport;
import vn.cchc.ingest.ParsedValue;
import vn.cchc.ingest.ReportMetadata;
import vn.cchc.ingest.ValueDraft;
import vn.cchc.ingest.ValuePart;

/**
 * Writes one parsed report into the warehouse in one transaction: the report with its
 * metadata evidence, its values (through DuckDB's appender), their parts and its findings.
 * The same content twice is loaded once; a new file for the same agency and period supersedes
 * the current one, which stays as history. A failure leaves the warehouse as it was.
 */
public final class ReportLoader {

    private final DSLContext dsl;

    public ReportLoader(Warehouse warehouse) {
        this.dsl = warehouse.dsl();
    }

    /** Loads are serialised: DuckDB has one writer, and supersession must see the previous load. */
    public synchronized LoadResult load(ParsedReport report) {
        Long existing = dsl.select(REPORT.ID).from(REPORT).where(REPORT.SHA256.eq(report.sha256())).fetchOne(REPORT.ID);
        if (existing != null) {
            return new LoadResult(LoadResult.Status.DUPLICATE, existing, List.of());
        }
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            ReportMetadata meta = report.metadata();
            String period = knownPeriod(db, meta.period());
            Long agencyId = agencyId(db, meta);
            long reportId = db.insertInto(REPORT)
                    .set(REPORT.FILE_NAME, report.fileName())
                    .set(REPORT.SHA256, report.sha256())
                    .set(REPORT.BYTE_SIZE, report.byteSize())
                    .set(REPORT.TEXT_SHAPE, report.shape())
                    .set(REPORT.TEMPLATE, value(report.template()))
                    .set(REPORT.PROVINCE_SLUG, value(meta.province()))
                    .set(REPORT.AGENCY_ID, agencyId)
                    .set(REPORT.PERIOD_CODE, period)
                    .set(REPORT.DOC_NUMBER, value(meta.docNumber()))
                    .set(REPORT.DOC_DATE, meta.docDate() == null ? null : LocalDate.parse(meta.docDate().value()))
                    .set(REPORT.TITLE, meta.title())
                    .set(REPORT.LOADED_AT, LocalDateTime.now())
                    .returning(REPORT.ID).fetchOne(REPORT.ID);
            insertEvidence(db, reportId, report);
            db.connection(c -> appendValues(c.unwrap(DuckDBConnection.class), reportId, report.values()));
            insertFindings(db, reportId, report.findings());
            List<Long> superseded = agencyId == null || period == null ? List.of() : supersede(db, reportId, agencyId, period);
            return new LoadResult(LoadResult.Status.LOADED, reportId, superseded);
        });
    }

    /** The agency's current report for the period, if any, becomes history of the new one. */
    private static List<Long> supersede(DSLContext db, long reportId, long agencyId, String period) {
        List<Long> current = db.select(REPORT.ID).from(REPORT)
                .where(REPORT.AGENCY_ID.eq(agencyId)).and(REPORT.PERIOD_CODE.eq(period)).and(REPORT.ID.ne(reportId))
                .andNotExists(db.selectOne().from(REPORT_SUPERSESSION).where(REPORT_SUPERSESSION.REPORT_ID.eq(REPORT.ID)))
                .fetch(REPORT.ID);
        LocalDateTime now = LocalDateTime.now();
        for (Long old : current) {
            db.insertInto(REPORT_SUPERSESSION).set(REPORT_SUPERSESSION.REPORT_ID, old)
                    .set(REPORT_SUPERSESSION.SUPERSEDED_BY, reportId).set(REPORT_SUPERSESSION.SUPERSEDED_AT, now).execute();
        }
        return current;
    }

    private static String value(Detected d) {
        return d == null ? null : d.value();
    }

    private static String knownPeriod(DSLContext db, Detected period) {
        if (period == null) {
            return null;
        }
        return db.fetchExists(PERIOD, PERIOD.CODE.eq(period.value())) ? period.value() : null;
    }

    private static Long agencyId(DSLContext db, ReportMetadata meta) {
        if (meta.agency() == null || meta.agencyKind() == null) {
            return null;
        }
        String province = value(meta.province());
        var condition = AGENCY.KIND.eq(meta.agencyKind().value()).and(AGENCY.NAME.eq(meta.agency().value()))
                .and(province == null ? AGENCY.PROVINCE_SLUG.isNull() : AGENCY.PROVINCE_SLUG.eq(province));
        Long id = db.select(AGENCY.ID).from(AGENCY).where(condition).fetchOne(AGENCY.ID);
        if (id != null) {
            return id;
        }
        return db.insertInto(AGENCY)
                .set(AGENCY.PROVINCE_SLUG, province)
                .set(AGENCY.KIND, meta.agencyKind().value())
                .set(AGENCY.NAME, meta.agency().value())
                .set(AGENCY.DEPARTMENT_SLUG, meta.departmentSlug())
                .returning(AGENCY.ID).fetchOne(AGENCY.ID);
    }

    private static void insertEvidence(DSLContext db, long reportId, ParsedReport report) {
        List<org.jooq.Query> inserts = new ArrayList<>();
        Map<String, Detected> fields = new java.util.LinkedHashMap<>(report.metadata().fields());
        fields.put("template", report.template());
        fields.forEach((field, d) -> {
            if (d != null) {
                inserts.add(db.insertInto(REPORT_EVIDENCE)
                        .set(REPORT_EVIDENCE.REPORT_ID, reportId).set(REPORT_EVIDENCE.FIELD, field)
                        .set(REPORT_EVIDENCE.VALUE, d.value()).set(REPORT_EVIDENCE.EVIDENCE, d.evidence())
                        .set(REPORT_EVIDENCE.SOURCE_LINE, d.line() == 0 ? null : d.line()));
            }
        });
        db.batch(inserts).execute();
    }

    private static void insertFindings(DSLContext db, long reportId, List<Finding> findings) {
        List<org.jooq.Query> inserts = new ArrayList<>();
        for (Finding f : findings) {
            inserts.add(db.insertInto(FINDING)
                    .set(FINDING.REPORT_ID, reportId).set(FINDING.VALUE_ORDINAL, f.valueOrdinal())
                    .set(FINDING.RULE, f.rule()).set(FINDING.SEVERITY, f.severity().name().toLowerCase(Locale.ROOT))
                    .set(FINDING.MESSAGE, f.message()).set(FINDING.SOURCE_LINE, f.line() == 0 ? null : f.line()));
        }
        if (!inserts.isEmpty()) {
            db.batch(inserts).execute();
        }
    }

    /**
     * Values go through the appender: bulk loads write hundreds of thousands of them. Columns are
     * appended in the generated table's field order, so a schema change fails the build's tests
     * rather than writing into the wrong column.
     */
    private static void appendValues(DuckDBConnection c, long reportId, List<ValueDraft> values) throws SQLException {
        try (DuckDBAppender app = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, REPORT_VALUE.getName())) {
            for (ValueDraft v : values) {
                ParsedValue p = v.value();
                app.beginRow();
                for (var field : REPORT_VALUE.fields()) {
                    appendField(app, field.getName(), reportId, v, p);
                }
                app.endRow();
            }
        }
        try (DuckDBAppender app = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, REPORT_VALUE_PART.getName())) {
            for (ValueDraft v : values) {
                for (ValuePart part : v.value().parts()) {
                    app.beginRow().append(reportId).append(v.ordinal()).append(part.part());
                    nullable(app, part.number());
                    app.append(part.raw()).endRow();
                }
            }
        }
    }

    private static void appendField(DuckDBAppender app, String column, long reportId, ValueDraft v, ParsedValue p)
            throws SQLException {
        switch (column) {
            case "report_id" -> app.append(reportId);
            case "ordinal" -> app.append(v.ordinal());
            case "indicator_id" -> app.append(v.indicatorId());
            case "number" -> nullable(app, p.number());
            case "raw" -> app.append(p.raw() == null ? "" : p.raw());
            case "text_value" -> nullable(app, p.text());
            case "unit_raw" -> nullable(app, v.unitRaw());
            case "note" -> nullable(app, blankToNull(v.note()));
            case "numerator" -> nullable(app, p.numerator());
            case "denominator" -> nullable(app, p.denominator());
            case "qualifier" -> nullable(app, p.qualifier());
            case "origin" -> app.append(v.origin().name().toLowerCase(Locale.ROOT));
            case "item_code" -> nullable(app, blankToNull(v.itemCode()));
            case "label_raw" -> nullable(app, v.labelRaw());
            case "source_line" -> app.append(v.line());
            default -> throw new IllegalStateException("report_value has a column the loader does not know: " + column);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static void nullable(DuckDBAppender app, Double d) throws SQLException {
        if (d == null) {
            app.appendNull();
        } else {
            app.append(d.doubleValue());
        }
    }

    private static void nullable(DuckDBAppender app, String s) throws SQLException {
        if (s == null) {
            app.appendNull();
        } else {
            app.append(s);
        }
    }
}
