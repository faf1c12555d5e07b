package vn.cchc.warehouse;

import static vn.cchc.warehouse.jooq.Tables.REPORT_VALUE;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.impl.DSL;
import vn.cchc.ingest.ParsedReport;
import vn.cchc.ingest.ValueDraft;

/**
 * The values of a batch on their way into report_value: one row per report in a temporary table
 * whose columns are report_value's as lists (report_id stays a scalar), filled through DuckDB's
 * appender, then moved with one INSERT … SELECT that unnests the lists side by side — which
 * checks every constraint report_value has.
 *
 * <p>Why lists: DuckDB's Java appender (2.0.0.1) flushes into its table after every 2,048 rows,
 * and each flush has a fixed cost that was most of a bulk load's write. A report a row makes a
 * national load's 665,736 values some 5,500 rows. Why a staging table at all: the appender checks
 * report_value's CHECK wrongly after its first 2,048 rows (see {@link ReportBatchWriter#ROWS_PER_APPENDER});
 * the set-based insert checks it right.
 *
 * <p>report_value's references are the loader's to check (sql/V9): a value's report is the one
 * appended beside it, and its indicator must be one of the warehouse's, or the batch fails here
 * naming the file, line and indicator.
 *
 * <p>Created and dropped inside the batch's transaction, so a rolled-back batch leaves none behind.
 */
final class ValueStage {

    private static final Name STAGE = DSL.name("report_value_stage");

    /** One column of report_value, read from each value of a report into a list. */
    private record ListColumn(Field<?> column, ToIntFunction<ValueDraft> ints, Function<ValueDraft, Double> doubles,
                              Function<ValueDraft, String> strings) {

        static ListColumn ofInts(Field<?> column, ToIntFunction<ValueDraft> read) {
            return new ListColumn(column, read, null, null);
        }

        static ListColumn ofDoubles(Field<?> column, Function<ValueDraft, Double> read) {
            return new ListColumn(column, null, read, null);
        }

        static ListColumn ofStrings(Field<?> column, Function<ValueDraft, String> read) {
            return new ListColumn(column, null, null, read);
        }

        void append(DuckDBAppender app, List<ValueDraft> values) throws SQLException {
            int n = values.size();
            if (ints != null) {
                int[] list = new int[n];
                for (int i = 0; i < n; i++) {
                    list[i] = ints.applyAsInt(values.get(i));
                }
                app.append(list);
            } else if (doubles != null) {
                double[] list = new double[n];
                boolean[] isNull = new boolean[n];
                for (int i = 0; i < n; i++) {
                    Double d = doubles.apply(values.get(i));
                    isNull[i] = d == null;
                    list[i] = d == null ? 0 : d;
                }
                app.append(list, isNull);
            } else {
                List<String> list = new ArrayList<>(n);
                for (ValueDraft v : values) {
                    list.add(strings.apply(v));
                }
                app.append(list);
            }
        }

        /** The staged list, unnested: DuckDB unnests every list of one SELECT side by side. */
        Field<?> unnested() {
            return DSL.function(DSL.name("unnest"), column.getDataType(),
                    DSL.field(DSL.name(STAGE, column.getUnqualifiedName()), column.getDataType().getArrayDataType()));
        }
    }

    /**
     * report_value's columns after report_id, in the generated table's order: a schema change
     * fails the class's first use (and the build's tests) rather than staging into the wrong column.
     */
    private static final List<ListColumn> COLUMNS = Stream.of(REPORT_VALUE.fields()).skip(1).map(ValueStage::column).toList();

    static {
        if (!REPORT_VALUE.fields()[0].equals(REPORT_VALUE.REPORT_ID)) {
            throw new IllegalStateException("report_value no longer starts with report_id");
        }
    }

    private static ListColumn column(Field<?> f) {
        return switch (f.getName()) {
            case "ordinal" -> ListColumn.ofInts(f, ValueDraft::ordinal);
            case "indicator_id" -> ListColumn.ofStrings(f, ValueDraft::indicatorId);
            case "number" -> ListColumn.ofDoubles(f, v -> v.value().number());
            case "raw" -> ListColumn.ofStrings(f, v -> v.value().raw() == null ? "" : v.value().raw());
            case "text_value" -> ListColumn.ofStrings(f, v -> v.value().text());
            case "unit_raw" -> ListColumn.ofStrings(f, ValueDraft::unitRaw);
            case "note" -> ListColumn.ofStrings(f, v -> blankToNull(v.note()));
            case "numerator" -> ListColumn.ofDoubles(f, v -> v.value().numerator());
            case "denominator" -> ListColumn.ofDoubles(f, v -> v.value().denominator());
            case "qualifier" -> ListColumn.ofStrings(f, v -> v.value().qualifier());
            case "origin" -> ListColumn.ofStrings(f, v -> v.origin().name().toLowerCase(Locale.ROOT));
            case "item_code" -> ListColumn.ofStrings(f, v -> blankToNull(v.itemCode()));
            case "label_raw" -> ListColumn.ofStrings(f, ValueDraft::labelRaw);
            case "source_line" -> ListColumn.ofInts(f, ValueDraft::line);
            default -> throw new IllegalStateException("report_value has a column the loader does not know: " + f.getName());
        };
    }

    private ValueStage() {
    }

    static void create(DSLContext db) {
        var create = db.createTemporaryTableIfNotExists(STAGE).column(REPORT_VALUE.REPORT_ID.getUnqualifiedName(),
                REPORT_VALUE.REPORT_ID.getDataType());
        for (ListColumn c : COLUMNS) {
            create = create.column(c.column().getUnqualifiedName(), c.column().getDataType().getArrayDataType());
        }
        create.execute();
    }

    /**
     * Each report's values as one row.
     *
     * @throws WarehouseException naming the first value whose indicator the warehouse does not have
     */
    static void append(DuckDBConnection c, List<ParsedReport> reports, List<Long> ids, Set<String> indicators)
            throws SQLException {
        // Flushed before closing: DuckDB's close() swallows the error of its last flush.
        try (DuckDBAppender app = c.createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, STAGE.last())) {
            app.setWriteInlinedStrings(true);
            for (int i = 0; i < reports.size(); i++) {
                ParsedReport r = reports.get(i);
                checkIndicators(r, indicators);
                app.beginRow().append(ids.get(i).longValue());
                for (ListColumn column : COLUMNS) {
                    column.append(app, r.values());
                }
                app.endRow();
            }
            app.flush();
        }
    }

    /** The staged values into report_value, in report and value order; the staging table dropped. */
    static void moveIntoValues(DSLContext db) {
        List<Field<?>> select = new ArrayList<>();
        select.add(DSL.field(DSL.name(STAGE, REPORT_VALUE.REPORT_ID.getUnqualifiedName()), REPORT_VALUE.REPORT_ID.getDataType()));
        COLUMNS.forEach(c -> select.add(c.unnested()));
        db.insertInto(REPORT_VALUE).select(db.select(select).from(STAGE)).execute();
        db.dropTable(STAGE).execute();
    }

    private static void checkIndicators(ParsedReport report, Set<String> indicators) {
        for (ValueDraft v : report.values()) {
            if (!indicators.contains(v.indicatorId())) {
                throw new WarehouseException(String.format(Locale.ROOT, "%s, line %d, value %d: indicator '%s' is not in the "
                        + "warehouse's catalog", report.fileName(), v.line(), v.ordinal(), v.indicatorId()), null);
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
