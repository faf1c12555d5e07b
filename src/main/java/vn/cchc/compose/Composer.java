package vn.cchc.compose;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.cchc.analytics.AgencyReports;
import vn.cchc.catalog.Aggregation;
import vn.cchc.catalog.AggregationRules;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.Indicator;
import vn.cchc.catalog.ProvinceRef;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.sample.TemplateLayout;
import vn.cchc.sample.TemplateRow;

/**
 * Computes every row of the province's appendix from its agencies' reports by the indicator's
 * aggregation rule (catalog data):
 * <ul>
 * <li>{@code sum}: over the units whose level the row names — {@code .dept} (and {@code .province})
 *     rows over departments, {@code .district} over districts, {@code .commune} over districts and
 *     communes (a district's report holds its communes' dossiers), unscoped rows over all;</li>
 * <li>{@code ratio}: 100 · Σ numerator / Σ denominator, from the numerator and denominator rows as
 *     composed; where no unit gave the counts, the unweighted mean of the units' rates, said so;</li>
 * <li>{@code mean}: the unweighted mean of the units' shares, said so;</li>
 * <li>{@code codes}: empty, the count of units per code in the note;</li>
 * <li>{@code none}: empty, each agency's value in the note.</li>
 * </ul>
 * A row no agency reported stays empty, never 0.
 */
public final class Composer {

    /** The template generation a composed report is written in: the current one. */
    public static final String GENERATION = "2023";

    private final Catalog catalog;
    private final AggregationRules rules;
    private final ReferenceData reference;
    private final TemplateLayout layout;

    public Composer(Catalog catalog, AggregationRules rules, ReferenceData reference) {
        this.catalog = catalog;
        this.rules = rules;
        this.reference = reference;
        this.layout = TemplateLayout.of(catalog, GENERATION);
    }

    public static Composer bundled() {
        return new Composer(Catalog.bundled(), AggregationRules.bundled(), ReferenceData.bundled());
    }

    public ProvinceAppendix compose(AgencyReports in) {
        Values values = new Values(in);
        List<ProvinceAppendix.Section> sections = new ArrayList<>();
        for (TemplateLayout.Section s : layout.sections()) {
            List<ComposedRow> rows = new ArrayList<>();
            for (TemplateRow t : s.rows()) {
                rows.add(t.isHeader() ? new ComposedRow(t, null, "", null, "") : values.row(t));
            }
            sections.add(new ProvinceAppendix.Section(s.number(), s.headings(), rows));
        }
        return new ProvinceAppendix(in.province(), provincePhrase(in.province()), in.period(),
                PeriodWords.vi(in.period().code()), sections, sources(in, values.used));
    }

    private String provincePhrase(AgencyReports.Province p) {
        boolean city = reference.province(p.slug()).map(ProvinceRef::aliases).orElse(List.of()).stream()
                .anyMatch(a -> a.toLowerCase(Locale.ROOT).startsWith("thành phố"));
        return (city ? "thành phố " : "tỉnh ") + p.name();
    }

    /** The units a row adds up over, by the level its id names. */
    static boolean atLevel(String indicatorId, String kind) {
        String scope = indicatorId.substring(indicatorId.lastIndexOf('.') + 1);
        return switch (scope) {
            case "dept", "province" -> kind.equals("department");
            case "district" -> kind.equals("district");
            case "commune" -> kind.equals("district") || kind.equals("commune");
            default -> true;
        };
    }

    private ProvinceAppendix.Sources sources(AgencyReports in, Set<String> usedIndicators) {
        List<String> contributors = in.units().stream()
                .map(u -> u.agency() + " (" + kindWord(u.kind()) + "; tệp " + u.fileName() + ")").toList();
        List<String> missing = in.missing().stream().map(m -> m.agency() + " (" + kindWord(m.kind()) + ")").toList();
        List<String> findings = in.findings().stream()
                .filter(f -> f.indicator() == null || usedIndicators.contains(f.indicator()))
                .map(f -> f.agency() + (f.indicator() == null ? "" : ", " + f.indicator()) + ": " + f.message() + " (" + f.rule() + ")")
                .toList();
        return new ProvinceAppendix.Sources(contributors, missing, findings);
    }

    static String kindWord(String kind) {
        return switch (kind) {
            case "department" -> "sở, ngành";
            case "district" -> "UBND cấp huyện";
            case "commune" -> "UBND cấp xã";
            default -> kind;
        };
    }

    /** The units' values by indicator, and the composed values, each computed once. */
    private final class Values {

        private final AgencyReports in;
        private final Map<String, List<Contribution>> byIndicator = new HashMap<>();
        private final Map<String, ComposedRow> composed = new HashMap<>();
        /** Indicators whose units' values went into a figure: the findings on them are listed. */
        final Set<String> used = new LinkedHashSet<>();

        Values(AgencyReports in) {
            this.in = in;
            for (AgencyReports.Unit u : in.units()) {
                for (AgencyReports.Value v : u.values()) {
                    byIndicator.computeIfAbsent(v.indicator(), k -> new ArrayList<>()).add(new Contribution(u, v));
                }
            }
        }

        /** The units at the row's level that wrote something in it. */
        List<Contribution> contributions(String id) {
            return byIndicator.getOrDefault(id, List.of()).stream().filter(c -> atLevel(id, c.unit().kind())).toList();
        }

        ComposedRow row(TemplateRow t) {
            ComposedRow row = composed.get(t.target());
            if (row == null) {
                row = compute(t, catalog.indicator(t.target()).orElseThrow());
                composed.put(t.target(), row);
            }
            return row.at(t);
        }

        private ComposedRow compute(TemplateRow t, Indicator i) {
            List<Contribution> all = contributions(i.id());
            List<Contribution> numbers = all.stream().filter(c -> c.value().number() != null).toList();
            String unit = unit(i);
            Aggregation rule = rules.of(i.id());
            return switch (rule) {
                case SUM -> sum(t, i, unit, numbers, all);
                case RATIO -> ratio(t, i, unit, numbers);
                case MEAN -> mean(t, i, unit, numbers, "");
                case CODES -> codes(t, i, unit, numbers);
                case NONE -> listed(t, i, unit, all);
            };
        }

        private ComposedRow sum(TemplateRow t, Indicator i, String unit, List<Contribution> numbers, List<Contribution> all) {
            if (numbers.isEmpty()) {
                return new ComposedRow(t, i.id(), unit, null, textOnly(all));
            }
            used.add(i.id());
            BigDecimal total = BigDecimal.ZERO;
            for (Contribution c : numbers) {
                total = total.add(BigDecimal.valueOf(c.value().number()));
            }
            total = i.kind() == Indicator.Kind.MONEY ? total.setScale(3, RoundingMode.HALF_UP) : total.setScale(0, RoundingMode.HALF_UP);
            String note = "Tổng của " + numbers.size() + " cơ quan, đơn vị";
            String text = textOnly(all);
            return new ComposedRow(t, i.id(), unit, total.stripTrailingZeros(), text.isEmpty() ? note : note + "; " + text);
        }

        private ComposedRow ratio(TemplateRow t, Indicator i, String unit, List<Contribution> rates) {
            TemplateRow numeratorRow = new TemplateRow(t.section(), "", "", i.numeratorId(), false, false);
            TemplateRow denominatorRow = new TemplateRow(t.section(), "", "", i.denominatorId(), false, false);
            BigDecimal n = row(numeratorRow).value();
            BigDecimal d = row(denominatorRow).value();
            if (n != null && d != null && d.signum() > 0) {
                used.add(i.id());
                BigDecimal rate = n.multiply(BigDecimal.valueOf(100)).divide(d, 2, RoundingMode.HALF_UP).stripTrailingZeros();
                Set<Long> withCounts = new java.util.HashSet<>();
                contributions(i.numeratorId()).stream().filter(c -> c.value().number() != null)
                        .forEach(c -> withCounts.add(c.unit().reportId()));
                long rateOnly = rates.stream().filter(c -> !withCounts.contains(c.unit().reportId())).count();
                return new ComposedRow(t, i.id(), unit, rate, "Tỷ lệ tính từ tổng số: " + VietnameseNumbers.format(n) + "/"
                        + VietnameseNumbers.format(d) + (rateOnly == 0 ? ""
                        : "; " + rateOnly + " cơ quan, đơn vị chỉ báo cáo tỷ lệ, không tính vào"));
            }
            return mean(t, i, unit, rates, " (các cơ quan chỉ báo cáo tỷ lệ, không có số tuyệt đối)");
        }

        private ComposedRow mean(TemplateRow t, Indicator i, String unit, List<Contribution> numbers, String why) {
            if (numbers.isEmpty()) {
                return new ComposedRow(t, i.id(), unit, null, "");
            }
            used.add(i.id());
            double sum = numbers.stream().mapToDouble(c -> c.value().number()).sum();
            BigDecimal mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(numbers.size()), 2, RoundingMode.HALF_UP)
                    .stripTrailingZeros();
            return new ComposedRow(t, i.id(), unit, mean, "Trung bình cộng không trọng số của " + numbers.size()
                    + " cơ quan, đơn vị" + why);
        }

        private ComposedRow codes(TemplateRow t, Indicator i, String unit, List<Contribution> numbers) {
            if (numbers.isEmpty()) {
                return new ComposedRow(t, i.id(), unit, null, "");
            }
            used.add(i.id());
            Map<String, String> meanings = meanings(i);
            TreeMap<BigDecimal, Integer> counts = new TreeMap<>();
            numbers.forEach(c -> counts.merge(BigDecimal.valueOf(c.value().number()).stripTrailingZeros(), 1, Integer::sum));
            List<String> parts = new ArrayList<>();
            counts.forEach((code, n) -> parts.add(meanings.getOrDefault(code.toPlainString(), "mã " + code.toPlainString())
                    + ": " + n + " cơ quan, đơn vị"));
            return new ComposedRow(t, i.id(), unit, null, String.join("; ", parts));
        }

        private ComposedRow listed(TemplateRow t, Indicator i, String unit, List<Contribution> all) {
            List<Contribution> written = all.stream().filter(Contribution::wrote).toList();
            if (written.isEmpty()) {
                return new ComposedRow(t, i.id(), unit, null, "");
            }
            used.add(i.id());
            List<String> parts = written.stream().map(c -> c.unit().agency() + ": " + c.shown()).toList();
            return new ComposedRow(t, i.id(), unit, null, "Không cộng dồn giữa các cơ quan; số liệu từng cơ quan: "
                    + String.join("; ", parts));
        }

        /** Units that wrote text where a number was asked: named, never counted. */
        private String textOnly(List<Contribution> all) {
            List<String> text = all.stream().filter(c -> c.value().number() == null && c.wrote())
                    .map(c -> c.unit().agency() + " ghi \"" + c.value().raw().strip() + "\"").toList();
            return text.isEmpty() ? "" : "không tính: " + String.join("; ", text);
        }
    }

    private static Map<String, String> meanings(Indicator i) {
        Map<String, String> m = new LinkedHashMap<>();
        if (i.codes() != null) {
            for (String option : i.codes().split(";")) {
                String[] codeAndMeaning = option.split("=", 2);
                if (codeAndMeaning.length == 2) {
                    m.put(new BigDecimal(codeAndMeaning[0].trim()).stripTrailingZeros().toPlainString(), codeAndMeaning[1].trim());
                }
            }
        }
        return m;
    }

    /** The unit column: the catalog's unit, or for a coded answer its code list as the template prints it. */
    static String unit(Indicator i) {
        if (i.kind() == Indicator.Kind.CODED && i.codes() != null) {
            List<String> options = new ArrayList<>();
            for (String option : i.codes().split(";")) {
                String[] codeAndMeaning = option.split("=", 2);
                options.add(codeAndMeaning[1].trim() + " = " + codeAndMeaning[0].trim());
            }
            return String.join(" ", options);
        }
        return i.unit() == null ? "" : i.unit();
    }

    private record Contribution(AgencyReports.Unit unit, AgencyReports.Value value) {

        /** Something written: not empty, not a dash. */
        boolean wrote() {
            String raw = value.raw() == null ? "" : value.raw().strip();
            return value.number() != null || !(raw.isEmpty() || raw.equals("-"));
        }

        String shown() {
            return value.number() != null ? VietnameseNumbers.format(BigDecimal.valueOf(value.number())) : value.raw().strip();
        }
    }
}
