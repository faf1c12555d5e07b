package vn.cchc.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.Indicator;
import vn.cchc.ingest.Finding.Severity;

/**
 * Data-quality checks on one report's values (DOMAIN §7): a rate that disagrees with its own
 * numerator and denominator, a percentage over 100, a part larger than its total (posts present
 * over posts assigned among them). Findings never block a load.
 */
final class Validator {

    /** A rate may differ from its components by this many points before it is a finding. */
    static final double RATE_TOLERANCE = 0.1;

    private final Catalog catalog;

    Validator(Catalog catalog) {
        this.catalog = catalog;
    }

    List<Finding> check(List<ValueDraft> values) {
        Map<String, ValueDraft> byId = new LinkedHashMap<>();
        values.forEach(v -> byId.putIfAbsent(v.indicatorId(), v));
        List<Finding> findings = new ArrayList<>();
        for (ValueDraft v : values) {
            Indicator indicator = catalog.indicator(v.indicatorId()).orElseThrow();
            if (v.number() == null) {
                continue;
            }
            if (indicator.kind() == Indicator.Kind.PERCENT && v.number() > 100) {
                findings.add(new Finding("percent_over_100", Severity.WARNING, indicator.id() + " is "
                        + fmt(v.number()) + " %, over 100 %", v.ordinal(), v.line()));
            }
            if (indicator.isRate()) {
                checkRate(v, indicator, byId, findings);
            }
            ValueDraft total = indicator.totalId() == null ? null : byId.get(indicator.totalId());
            if (total != null && total.number() != null && v.number() > total.number()) {
                boolean staff = indicator.id().startsWith("staff.") && indicator.id().endsWith(".present");
                findings.add(new Finding(staff ? "present_exceeds_assigned" : "part_exceeds_total", Severity.WARNING,
                        indicator.id() + " = " + fmt(v.number()) + " exceeds its total " + total.indicatorId()
                                + " = " + fmt(total.number()), v.ordinal(), v.line()));
            }
        }
        return findings;
    }

    private void checkRate(ValueDraft v, Indicator rate, Map<String, ValueDraft> byId, List<Finding> findings) {
        Double numerator = v.value().numerator();
        Double denominator = v.value().denominator();
        if (numerator == null || denominator == null) {
            ValueDraft n = byId.get(rate.numeratorId());
            ValueDraft d = byId.get(rate.denominatorId());
            numerator = n == null ? null : n.number();
            denominator = d == null ? null : d.number();
        }
        if (numerator == null || denominator == null || denominator <= 0) {
            return;
        }
        double computed = 100.0 * numerator / denominator;
        // A rate written as "83 %" can only be as exact as its last digit.
        double tolerance = Math.max(RATE_TOLERANCE, 0.5 * Math.pow(10, -v.value().decimals()));
        if (Math.abs(computed - v.number()) > tolerance) {
            findings.add(new Finding("rate_mismatch", Severity.WARNING, rate.id() + " is reported as "
                    + fmt(v.number()) + " % but " + fmt(numerator) + " / " + fmt(denominator) + " = "
                    + fmt(Math.round(computed * 100) / 100.0) + " %", v.ordinal(), v.line()));
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
