package vn.cchc.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.Indicator;
import vn.cchc.ingest.Finding.Severity;

/**
 * Turns matched rows into values: parses each written value, adds the counts written inside a
 * rate ("99,62% (523/525)"), and keeps every row it cannot use as a finding — nothing is dropped.
 */
final class ValueBuilder {

    private final Catalog catalog;
    private final ValueParser parser = new ValueParser();

    ValueBuilder(Catalog catalog) {
        this.catalog = catalog;
    }

    record Result(List<ValueDraft> values, List<Finding> findings) {
    }

    Result build(List<MatchedRow> rows) {
        List<ValueDraft> values = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (MatchedRow m : rows) {
            AppendixRow row = m.row();
            if (!m.matched()) {
                if (!row.label().isBlank() || !row.value().isBlank()) {
                    findings.add(Finding.of("unmatched_row", Severity.WARNING, row.line(),
                            "Row matches no catalog indicator: " + row.raw()));
                }
                continue;
            }
            if (m.alias().isHeader()) {
                if (!row.value().isBlank()) {
                    findings.add(Finding.of("value_on_header", Severity.INFO, row.line(), "A value '" + row.value()
                            + "' stands on the group header '" + m.label() + "'; it is not a catalog statistic"));
                }
                continue;
            }
            Indicator indicator = catalog.indicator(m.alias().target()).orElseThrow();
            if (!seen.add(indicator.id())) {
                findings.add(Finding.of("duplicate_row", Severity.WARNING, row.line(), "A second row for "
                        + indicator.id() + " was not loaded: " + row.raw()));
                continue;
            }
            ParsedValue parsed = parser.parse(row.value(), hint(indicator, row.unit()));
            int ordinal = values.size();
            Plausibility.Problem problem = Plausibility.check(indicator, parsed);
            if (problem != null) {
                parsed = ParsedValue.text(parsed.raw(), VietnameseText.stripMarkup(parsed.raw()));
                findings.add(problem.finding(ordinal, row.line()));
            }
            values.add(new ValueDraft(ordinal, indicator.id(), parsed, row.unit(), row.note(), ValueDraft.Origin.ROW,
                    row.code(), row.label(), row.line()));
            if (parsed.status() == ParsedValue.Status.TEXT && problem == null) {
                findings.add(new Finding("text_for_number", Severity.WARNING, "'" + parsed.raw()
                        + "' is text where a number was asked (" + indicator.id() + "); kept as text, no number",
                        ordinal, row.line()));
            }
        }
        addInlineCounts(values, seen);
        return new Result(values, findings);
    }

    /** The numerator and denominator written inside a rate become values of their own indicators. */
    private void addInlineCounts(List<ValueDraft> values, Set<String> seen) {
        for (ValueDraft v : List.copyOf(values)) {
            Indicator indicator = catalog.indicator(v.indicatorId()).orElseThrow();
            ParsedValue p = v.value();
            if (!indicator.isRate() || p.numerator() == null || p.denominator() == null) {
                continue;
            }
            addInline(values, seen, v, indicator.numeratorId(), p.numerator());
            addInline(values, seen, v, indicator.denominatorId(), p.denominator());
        }
    }

    private static void addInline(List<ValueDraft> values, Set<String> seen, ValueDraft rate, String id, double number) {
        if (!seen.add(id)) {
            return;
        }
        ParsedValue inline = new ParsedValue(rate.value().raw(), ParsedValue.Status.NUMBER, number, null, null, null,
                List.of(), null, 0, false);
        values.add(new ValueDraft(values.size(), id, inline, null, null, ValueDraft.Origin.INLINE, rate.itemCode(),
                rate.labelRaw(), rate.line()));
    }

    private static NumberHint hint(Indicator indicator, String unitWritten) {
        if (unitWritten != null && unitWritten.contains("%")) {
            return NumberHint.PERCENT;
        }
        return switch (indicator.kind()) {
            case PERCENT -> NumberHint.PERCENT;
            case MONEY -> NumberHint.MONEY;
            case COUNT -> NumberHint.COUNT;
            default -> unitWritten != null && unitWritten.toLowerCase(Locale.ROOT).contains("đồng")
                    ? NumberHint.MONEY : NumberHint.ANY;
        };
    }
}
