package vn.cchc.warehouse;

import static vn.cchc.warehouse.jooq.Tables.REPORT_VALUE;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
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
 * <p>Why a dictionary: the long texts — a row's label as written and its indicator id — repeat from
 * report to report, and copying them was most of what the appender still cost. They are staged as
 * numbers into the batch's dictionary of distinct texts (a second temporary table) and joined back
 * on the way in. The other texts (raw values, units, item codes) are mostly short enough for DuckDB
 * to keep inline (under 12 bytes), and stay as they are.
 *
 * <p>report_value's references are the loader's to check (sql/V9): a value's report is the one
 * appended beside it, and its indicator must be one of the warehouse's, or the batch fails here
 * naming the file, line and indicator.
 *
 * <p>One instance per batch. Both tables are created and dropped inside the batch's transaction,
 * so a rolled-back batch leaves none behind.
 */
final class ValueStage {

    private static final Name STAGE = DSL.name("report_value_stage");
    /** The batch's dictionary: id (1, 2, …) and text. */
    private static final Name TEXTS = DSL.name("report_value_stage_text");
    private static final Field<Integer> TEXT_ID = DSL.field(DSL.name("id"), Integer.class);
    private static final Field<String> TEXT = DSL.field(DSL.name("text"), String.class);

    /** How a column is staged: a list of its own type, or (long, repeated texts) of numbers into the dictionary. */
    private enum Staged { INTS, DOUBLES, STRINGS, TEXT_IDS }

    /** One column of report_value: how it is staged, and how it is read from a value. */
    private record ListColumn(Field<?> column, Staged as, Function<ValueDraft, ?> read) {

        DataType<?> stagedType() {
            return (as == Staged.TEXT_IDS ? SQLDataType.INTEGER : column.getDataType()).getArrayDataType();
        }

        Name name() {
            return column.getUnqualifiedName();
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
            case "ordinal" -> new ListColumn(f, Staged.INTS, ValueDraft::ordinal);
            case "indicator_id" -> new ListColumn(f, Staged.TEXT_IDS, ValueDraft::indicatorId);
            case "number" -> new ListColumn(f, Staged.DOUBLES, ValueDraft::number);
            case "raw" -> new ListColumn(f, Staged.STRINGS, v -> v.value().raw() == null ? "" : v.value().raw());
            case "text_value" -> new ListColumn(f, Staged.STRINGS, v -> v.value().text());
            case "unit_raw" -> new ListColumn(f, Staged.STRINGS, ValueDraft::unitRaw);
            case "note" -> new ListColumn(f, Staged.STRINGS, v -> blankToNull(v.note()));
            case "numerator" -> new ListColumn(f, Staged.DOUBLES, v -> v.value().numerator());
            case "denominator" -> new ListColumn(f, Staged.DOUBLES, v -> v.value().denominator());
            case "qualifier" -> new ListColumn(f, Staged.STRINGS, v -> v.value().qualifier());
            case "origin" -> new ListColumn(f, Staged.STRINGS, v -> v.origin().name().toLowerCase(Locale.ROOT));
            case "item_code" -> new ListColumn(f, Staged.STRINGS, v -> blankToNull(v.itemCode()));
            case "label_raw" -> new ListColumn(f, Staged.TEXT_IDS, ValueDraft::labelRaw);
            case "source_line" -> new ListColumn(f, Staged.INTS, ValueDraft::line);
            default -> throw new IllegalStateException("report_value has a column the loader does not know: " + f.getName());
        };
    }

    /** The batch's dictionary: its distinct long texts, numbered from 1. */
    private final Map<String, Integer> texts = new HashMap<>();
    /** Values staged, to be matched by the values moved. */
    private long staged;

    private ValueStage() {
    }

    /** The two temporary tables, in the open transaction. */
    static ValueStage create(DSLContext db) {
        var stage = db.createTemporaryTable(STAGE).column(REPORT_VALUE.REPORT_ID.getUnqualifiedName(),
                REPORT_VALUE.REPORT_ID.getDataType());
        for (ListColumn c : COLUMNS) {
            stage = stage.column(c.name(), c.stagedType());
        }
        stage.execute();
        db.createTemporaryTable(TEXTS).column(TEXT_ID).column(TEXT).execute();
        return new ValueStage();
    }

    /**
     * Each report's values as one row, then the dictionary.
     *
     * @throws WarehouseException naming the first value whose indicator the warehouse does not have
     */
    void append(DuckDBConnection c, List<ParsedReport> reports, List<Long> ids, Set<String> indicators) throws SQLException {
        // Flushed before closing: DuckDB's close() swallows the error of its last flush.
        try (DuckDBAppender app = c.createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, STAGE.last())) {
            for (int i = 0; i < reports.size(); i++) {
                ParsedReport r = reports.get(i);
                checkIndicators(r, indicators);
                app.beginRow().append(ids.get(i).longValue());
                for (ListColumn column : COLUMNS) {
                    appendList(app, column, r.values());
                }
                app.endRow();
                staged += r.values().size();
            }
            app.flush();
        }
        try (DuckDBAppender app = c.createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, TEXTS.last())) {
            for (var e : texts.entrySet()) {
                app.beginRow().append(e.getValue().intValue()).append(e.getKey()).endRow();
            }
            app.flush();
        }
    }

    private void appendList(DuckDBAppender app, ListColumn column, List<ValueDraft> values) throws SQLException {
        int n = values.size();
        switch (column.as()) {
            case INTS -> {
                int[] list = new int[n];
                for (int i = 0; i < n; i++) {
                    list[i] = (Integer) column.read().apply(values.get(i));
                }
                app.append(list);
            }
            case DOUBLES -> {
                double[] list = new double[n];
                boolean[] isNull = new boolean[n];
                for (int i = 0; i < n; i++) {
                    Double d = (Double) column.read().apply(values.get(i));
                    isNull[i] = d == null;
                    list[i] = d == null ? 0 : d;
                }
                app.append(list, isNull);
            }
            case STRINGS -> {
                List<Object> list = new ArrayList<>(n);
                for (ValueDraft v : values) {
                    list.add(column.read().apply(v));
                }
                app.append(list);
            }
            case TEXT_IDS -> {
                int[] list = new int[n];
                boolean[] isNull = new boolean[n];
                for (int i = 0; i < n; i++) {
                    String text = (String) column.read().apply(values.get(i));
                    isNull[i] = text == null;
                    list[i] = text == null ? 0 : texts.computeIfAbsent(text, t -> texts.size() + 1);
                }
                app.append(list, isNull);
            }
        }
    }

    /**
     * The staged values into report_value in report and value order, their long texts looked up in
     * the dictionary they were numbered from (left joins, so that no value can go missing on the
     * way; the dictionary's size and the count of values moved are checked); the temporary tables
     * dropped.
     */
    void moveIntoValues(DSLContext db) {
        Table<?> stage = DSL.table(STAGE);
        List<Field<?>> unnested = new ArrayList<>();
        unnested.add(DSL.field(DSL.name(STAGE, REPORT_VALUE.REPORT_ID.getUnqualifiedName()), REPORT_VALUE.REPORT_ID.getDataType())
                .as(REPORT_VALUE.REPORT_ID.getUnqualifiedName()));
        for (ListColumn c : COLUMNS) {
            // DuckDB unnests every list of one SELECT side by side.
            unnested.add(DSL.function(DSL.name("unnest"), c.stagedType().getArrayComponentDataType(),
                    DSL.field(DSL.name(STAGE, c.name()), c.stagedType())).as(c.name()));
        }
        Table<?> rows = db.select(unnested).from(stage).asTable("staged_value");
        List<Field<?>> select = new ArrayList<>();
        select.add(rows.field(REPORT_VALUE.REPORT_ID.getUnqualifiedName()));
        Table<?> table = rows;
        for (ListColumn c : COLUMNS) {
            Field<?> value = rows.field(c.name());
            if (c.as() == Staged.TEXT_IDS) {
                Name alias = DSL.name(c.name().last() + "_text");
                table = table.leftJoin(DSL.table(TEXTS).as(alias))
                        .on(DSL.field(alias.append(TEXT_ID.getUnqualifiedName()), Integer.class).eq(value.coerce(Integer.class)));
                select.add(DSL.field(alias.append(TEXT.getUnqualifiedName()), String.class));
            } else {
                select.add(value);
            }
        }
        // Every number of the dictionary has its text, so that a left join below never turns a label into NULL.
        int dictionary = db.fetchCount(DSL.table(TEXTS));
        if (dictionary != texts.size()) {
            throw new IllegalStateException("the batch's dictionary has " + texts.size() + " texts but " + dictionary + " were staged");
        }
        int moved = db.insertInto(REPORT_VALUE).select(db.select(select).from(table)
                .orderBy(rows.field(REPORT_VALUE.REPORT_ID.getUnqualifiedName()), rows.field(REPORT_VALUE.ORDINAL.getUnqualifiedName())))
                .execute();
        if (moved != staged) {
            throw new IllegalStateException("staged " + staged + " values but moved " + moved);
        }
        db.dropTable(STAGE).execute();
        db.dropTable(TEXTS).execute();
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
