package vn.cchc.analytics;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import vn.cchc.catalog.Csv;

/**
 * The generator's manifest read back as reports, for computing the expected figures of the
 * analytics tests independently of the service code: plain Java over the CSV, no SQL.
 */
final class ManifestTruth {

    /** One generated report: its file, the province slug and agency slug its name carries, and its values. */
    record Report(String file, String period, String provinceSlug, String agencySlug, String agency, String kind,
                  Map<String, BigDecimal> values) {

        String agencyKey() {
            return provinceSlug + "/" + agencySlug;
        }

        BigDecimal get(String indicator) {
            return values.get(indicator);
        }
    }

    final Map<String, Report> reports = new LinkedHashMap<>();
    final List<Map<String, String>> planted;

    ManifestTruth(Path manifest, Path inconsistencies, Set<String> notLoaded) throws IOException {
        for (Map<String, String> m : Csv.read(Files.newInputStream(manifest), "manifest.csv")) {
            String file = m.get("file");
            if (notLoaded.contains(file)) {
                continue;
            }
            String[] parts = file.substring(0, file.length() - ".txt".length()).split("_");
            Report r = reports.computeIfAbsent(file, f -> new Report(f, m.get("period"), parts[1], parts[2],
                    m.get("agency"), m.get("agency_kind"), new HashMap<>()));
            r.values().put(m.get("indicator"), m.get("value").equals("NULL") ? null : new BigDecimal(m.get("value")));
        }
        planted = Csv.read(Files.newInputStream(inconsistencies), "manifest_inconsistencies.csv").stream()
                .filter(p -> !notLoaded.contains(p.get("file"))).toList();
    }

    List<Report> where(Predicate<Report> p) {
        return reports.values().stream().filter(p).toList();
    }

    /** Σ numerators and Σ denominators over the pairs a report gives both of, and how many reports gave one. */
    static double[] ratioOfSums(List<Report> reports, List<String[]> pairs) {
        double num = 0;
        double den = 0;
        int used = 0;
        for (Report r : reports) {
            boolean any = false;
            for (String[] p : pairs) {
                BigDecimal n = r.get(p[0]);
                BigDecimal d = r.get(p[1]);
                if (n != null && d != null) {
                    num += n.doubleValue();
                    den += d.doubleValue();
                    any = true;
                }
            }
            if (any) {
                used++;
            }
        }
        return new double[] {num, den, used};
    }

    static final List<String[]> ONTIME = List.of(new String[] {"tthc.ontime.dept", "tthc.resolved.dept"},
            new String[] {"tthc.ontime.district", "tthc.resolved.district"},
            new String[] {"tthc.ontime.commune", "tthc.resolved.commune"});

    /** The on-time rate, 100·Σ on time / Σ resolved, or null without counts. */
    static Double ontimeRate(List<Report> reports) {
        double[] s = ratioOfSums(reports, ONTIME);
        return s[2] == 0 || s[1] == 0 ? null : 100 * s[0] / s[1];
    }

    /** First day and last day of a period code, computed here rather than with the code under test. */
    static LocalDate[] span(String period) {
        int year = Integer.parseInt(period.substring(0, 4));
        String kind = period.substring(5);
        int first = switch (kind) {
            case "Q2" -> 4;
            case "Q3" -> 7;
            case "Q4" -> 10;
            default -> 1;
        };
        int last = switch (kind) {
            case "Q1" -> 3;
            case "Q2", "H1" -> 6;
            case "Q3" -> 9;
            default -> 12;
        };
        return new LocalDate[] {LocalDate.of(year, first, 1), LocalDate.of(year, last, 1).plusMonths(1).minusDays(1)};
    }

    /** The agencies whose earliest and latest reports end no later and no earlier than the period, by agency key. */
    List<String> expectedAgencies(String period, Predicate<Report> filter) {
        Map<String, LocalDate[]> spans = new LinkedHashMap<>();
        for (Report r : where(filter)) {
            LocalDate end = span(r.period())[1];
            LocalDate[] s = {end, end};
            spans.merge(r.agencyKey(), s, (a, b) -> new LocalDate[] {a[0].isBefore(b[0]) ? a[0] : b[0],
                    a[1].isAfter(b[1]) ? a[1] : b[1]});
        }
        LocalDate[] p = span(period);
        List<String> expected = new ArrayList<>();
        spans.forEach((k, s) -> {
            if (!s[0].isAfter(p[1]) && !s[1].isBefore(p[1])) {
                expected.add(k);
            }
        });
        return expected;
    }
}
