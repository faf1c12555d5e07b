package vn.cchc.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.cchc.analytics.Boundary;
import vn.cchc.analytics.ExportQueries;
import vn.cchc.analytics.ExportQueries.IndicatorInfo;
import vn.cchc.analytics.ExportQueries.PeriodInfo;
import vn.cchc.analytics.ExportQueries.ProvinceMatch;
import vn.cchc.export.ColumnType;
import vn.cchc.export.CsvTableExporter;
import vn.cchc.export.ExportColumn;
import vn.cchc.export.ExportContext;
import vn.cchc.export.ExportLanguage;
import vn.cchc.export.ExportTable;
import vn.cchc.export.PivotData;
import vn.cchc.export.PivotDataBuilder;
import vn.cchc.export.PivotExporter;
import vn.cchc.export.XlsxTableExporter;
import vn.cchc.warehouse.Warehouse;

/**
 * {@code export}: one indicator's values (or its agencies × periods pivot) out of the warehouse as
 * .xlsx or CSV, for scheduled jobs. The file appears complete or not at all: it is written beside
 * the target and moved into place at the end. An existing file is never overwritten without --force.
 * The warehouse is opened read-only: export works on a read-only file system and beside other readers.
 */
@Command(name = "export", header = "${bundle:export.header}", description = "${bundle:export.description}",
        footer = "${bundle:export.footer}")
final class ExportCommand implements Callable<Integer> {

    private static final int CLOSE_IDS = 5;

    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;

    @Mixin
    ExportOptions options;

    @Mixin
    HelpOption help;

    ExportCommand(Messages messages, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        options.check(messages);
        if (!Files.isRegularFile(options.db())) {
            throw new UsageException(messages.get("export.noDb", options.db()));
        }
        if (Files.exists(options.out()) && !options.force()) {
            throw new UsageException(messages.get("export.exists", options.out()));
        }
        try (Warehouse warehouse = Warehouse.openReadOnly(options.db())) {
            ExportQueries queries = new ExportQueries(warehouse.dsl());
            Resolved r = resolve(queries, options);
            long rows = write(options, out -> options.pivot() ? pivot(queries, r, options, out) : table(queries, r, options, out));
            out.println(messages.get("export.done", rows, options.csv() ? "CSV" : "xlsx", options.out().toAbsolutePath()));
            if (rows == 0) {
                err.println(messages.get("export.empty"));
            }
            return 0;
        } catch (IOException | UncheckedIOException e) {
            err.println(messages.get("export.ioError", e.getMessage()));
            return 1;
        }
    }

    /** The options checked against the warehouse: the indicator, the periods, the province, the kind. */
    private record Resolved(IndicatorInfo indicator, ExportQueries.Filter filter, ExportContext context) {
    }

    private Resolved resolve(ExportQueries q, ExportOptions o) {
        IndicatorInfo indicator = q.indicator(o.indicator()).orElseThrow(() -> new UsageException(
                messages.get("export.unknownIndicator", o.indicator(), String.join(", ", q.closeIndicators(o.indicator(), CLOSE_IDS)))));
        PeriodInfo from = o.from() == null ? null : q.period(o.from())
                .orElseThrow(() -> new UsageException(messages.get("export.unknownPeriod", o.from())));
        PeriodInfo to = o.to() == null ? null : q.period(o.to())
                .orElseThrow(() -> new UsageException(messages.get("export.unknownPeriod", o.to())));
        if (from != null && to != null && from.start().isAfter(to.end())) {
            throw new UsageException(messages.get("export.emptyRange", from.code(), to.code()));
        }
        Boundary boundary = switch (o.boundary()) {
            case 63 -> Boundary.OLD_63;
            case 34 -> Boundary.NEW_34;
            default -> null;
        };
        ProvinceMatch province = o.province() == null ? null : q.province(o.province(), boundary)
                .orElseThrow(() -> new UsageException(messages.get("export.unknownProvince", o.province(),
                        o.boundary() == 0 ? "63/34" : o.boundary())));
        if (o.kind() != null && !q.agencyKinds().contains(o.kind())) {
            throw new UsageException(messages.get("export.unknownKind", o.kind(), String.join(", ", q.agencyKinds())));
        }
        ExportLanguage lang = o.language();
        List<ExportContext.Filter> filters = new ArrayList<>();
        filters.add(new ExportContext.Filter(messages.get("export.f.indicator"), indicator.id()));
        if (province != null) {
            filters.add(new ExportContext.Filter(messages.get("export.f.province"), province.name() + " ("
                    + messages.get(province.boundary() == Boundary.NEW_34 ? "export.f.boundary34" : "export.f.boundary63") + ")"));
        }
        if (o.kind() != null) {
            filters.add(new ExportContext.Filter(messages.get("export.f.kind"), o.kind()));
        }
        if (o.agency() != null) {
            filters.add(new ExportContext.Filter(messages.get("export.f.agency"), o.agency()));
        }
        filters.add(new ExportContext.Filter(messages.get("export.f.warehouse"), o.db().getFileName().toString()));
        String period = from == null && to == null ? messages.get("export.f.allPeriods")
                : (from == null ? "…" : from.code()) + " – " + (to == null ? "…" : to.code());
        ExportContext context = new ExportContext(lang.pick(indicator.nameVi(), indicator.nameEn()) + " (" + indicator.id() + ")",
                filters, period, messages.get(o.pivot() ? "export.f.levelPivot" : "export.f.levelValues"),
                ZonedDateTime.now(), System.getProperty("user.name"), List.of());
        return new Resolved(indicator, new ExportQueries.Filter(indicator.id(), from, to, province, o.kind(), o.agency()), context);
    }

    private long table(ExportQueries q, Resolved r, ExportOptions o, OutputStream target) throws IOException {
        ColumnType valueType = switch (r.indicator().kind()) {
            case "percent" -> ColumnType.PERCENT;
            case "count" -> ColumnType.INTEGER;
            default -> ColumnType.DECIMAL;
        };
        String unit = r.indicator().unit() == null ? "" : " (" + r.indicator().unit() + ")";
        List<ExportColumn> columns = List.of(
                ExportColumn.text("Tỉnh (lúc báo cáo)", "Province (when reported)", 18),
                ExportColumn.text("Tỉnh hiện nay", "Province now", 18),
                ExportColumn.text("Cơ quan", "Agency", 32),
                ExportColumn.text("Loại cơ quan", "Agency kind", 12),
                ExportColumn.text("Kỳ", "Period", 9),
                ExportColumn.text("Chỉ tiêu", "Indicator", 28),
                ExportColumn.of("Giá trị" + unit, "Value" + unit, valueType, 14),
                ExportColumn.text("Nguyên văn", "As written", 24),
                ExportColumn.text("Tệp nguồn", "Source file", 30),
                ExportColumn.of("Dòng", "Line", ColumnType.INTEGER, 7));
        try (Stream<ExportQueries.ValueRow> rows = q.values(r.filter())) {
            Iterator<List<?>> it = rows.<List<?>>map(v -> Arrays.asList(v.province(), v.provinceNow(), v.agency(), v.kind(),
                    v.period(), v.indicator(), v.value(), v.raw(), v.sourceFile(), v.sourceLine())).iterator();
            ExportTable table = new ExportTable(columns, it, 8);
            return o.csv() ? new CsvTableExporter().write(table, o.language(), target)
                    : new XlsxTableExporter().write(table, r.context(), o.language(), target).rows();
        }
    }

    private long pivot(ExportQueries q, Resolved r, ExportOptions o, OutputStream target) throws IOException {
        List<ExportQueries.PivotCell> cells = q.pivot(r.filter());
        Set<String> codes = new LinkedHashSet<>();
        cells.forEach(c -> codes.add(c.period()));
        List<String> periods = q.periodsInOrder(codes).stream().map(PeriodInfo::code).toList();
        PivotDataBuilder builder = new PivotDataBuilder(periods);
        cells.forEach(c -> builder.add(c.province(), c.agency(), c.period(),
                new PivotData.Cell(c.value(), c.numerator(), c.denominator(), c.sourceFile())));
        ColumnType type = switch (r.indicator().kind()) {
            case "percent" -> ColumnType.PERCENT;
            case "count" -> ColumnType.INTEGER;
            case "money" -> ColumnType.DECIMAL;
            default -> ColumnType.TEXT;
        };
        PivotData data = builder.build(r.indicator().nameVi(), r.indicator().nameEn(), type);
        PivotExporter exporter = new PivotExporter();
        PivotExporter.Result result = o.csv() ? exporter.writeCsv(data, r.context(), o.language(), target)
                : exporter.writeXlsx(data, r.context(), o.language(), target);
        return result.rows();
    }

    private interface Body {
        long write(OutputStream out) throws IOException;
    }

    /** Writes to a temporary file beside the target, then moves it into place: never a half-written file. */
    private static long write(ExportOptions o, Body body) throws IOException {
        Path target = o.out().toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path part = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            long rows;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
                rows = body.write(out);
            }
            if (!o.force() && Files.exists(target)) {
                throw new IOException(target + " appeared while exporting; left untouched");
            }
            try {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return rows;
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
