package vn.cchc.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.ingest.Detected;
import vn.cchc.ingest.Finding;
import vn.cchc.ingest.ParsedReport;
import vn.cchc.ingest.ValueDraft;
import vn.cchc.warehouse.FileOutcome;

/** The loader's outcomes as the views and the API see them. */
final class Outcomes {

    private final ReferenceData reference;

    Outcomes(ReferenceData reference) {
        this.reference = reference;
    }

    IntakeOutcome of(FileOutcome o) {
        return of(o.fileName(), o);
    }

    IntakeOutcome of(String shownAs, FileOutcome o) {
        ParsedReport r = o.report();
        IntakeOutcome.Outcome outcome = switch (o.kind()) {
            case LOADED -> IntakeOutcome.Outcome.LOADED;
            case DUPLICATE -> IntakeOutcome.Outcome.DUPLICATE;
            case FAILED -> IntakeOutcome.Outcome.FAILED;
            case DRY_RUN -> IntakeOutcome.Outcome.READ;
            case FATAL -> IntakeOutcome.Outcome.FATAL;
            case NOT_ATTEMPTED -> IntakeOutcome.Outcome.NOT_ATTEMPTED;
            case REFUSED -> IntakeOutcome.Outcome.REFUSED;
        };
        Long id = o.result() == null ? null : o.result().reportId();
        List<Long> superseded = o.result() == null ? List.of() : o.result().superseded();
        List<IntakeOutcome.FindingLine> findings = o.findings().stream().map(Outcomes::finding).toList();
        if (r == null) {
            return new IntakeOutcome(shownAs, outcome, id, null, null, null, null, null, null, 0, superseded, findings, o.error());
        }
        var m = r.metadata();
        return new IntakeOutcome(shownAs, outcome, id, provinceName(value(m.province())), value(m.agency()),
                value(m.agencyKind()), value(m.period()), value(r.template()), value(m.docNumber()),
                o.kind() == FileOutcome.Kind.DUPLICATE ? 0 : o.valueCount(), superseded, findings, o.error());
    }

    FilePreview preview(int index, String shownAs, FileOutcome read) {
        IntakeOutcome summary = of(shownAs, read);
        ParsedReport r = read.report();
        if (r == null) {
            return new FilePreview(index, summary, List.of(), List.of());
        }
        List<FilePreview.Field> fields = new ArrayList<>();
        for (Map.Entry<String, Detected> e : r.metadata().fields().entrySet()) {
            fields.add(field(e.getKey(), e.getValue()));
        }
        fields.add(field("template", r.template()));
        if (r.encoding() != null) {
            fields.add(field("encoding", r.encoding()));
        }
        List<FilePreview.Value> values = r.values().stream().map(Outcomes::value).toList();
        return new FilePreview(index, summary, fields, values);
    }

    private FilePreview.Field field(String name, Detected d) {
        if (d == null) {
            return new FilePreview.Field(name, null, null, null, 0);
        }
        String shown = "province".equals(name) ? provinceName(d.value()) : d.value();
        return new FilePreview.Field(name, d.value(), shown, d.evidence(), d.line());
    }

    private static FilePreview.Value value(ValueDraft v) {
        return new FilePreview.Value(v.indicatorId(), v.labelRaw(), v.value().raw(), v.number(), v.unitRaw(), v.note(), v.line());
    }

    private static IntakeOutcome.FindingLine finding(Finding f) {
        return new IntakeOutcome.FindingLine(f.rule(), f.severity().name().toLowerCase(Locale.ROOT),
                f.line() > 0 ? f.line() : null, f.message());
    }

    private String provinceName(String slug) {
        return slug == null ? null : reference.province(slug).map(p -> p.name()).orElse(slug);
    }

    private static String value(Detected d) {
        return d == null ? null : d.value();
    }
}
