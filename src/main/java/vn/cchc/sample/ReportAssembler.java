package vn.cchc.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.Indicator;
import vn.cchc.catalog.ProvinceRef;

/**
 * Turns a report's true values into what the report writes: the template generation of its year,
 * every template row with its value as text, the noise real reports have (values not reported,
 * dashes, notes, a rate written with its counts), now and then a deliberate inconsistency — and
 * the manifest of what a correct loader must read back.
 */
final class ReportAssembler {

    /** Share of ordinary values a report leaves blank or dashed ("not reported"). */
    private static final double NOT_REPORTED = 0.05;
    private static final double NOTE = 0.04;
    private static final List<String> NOTES = List.of("Lũy kế từ đầu năm", "Số liệu đến ngày báo cáo", "Cả năm",
            "Theo Hệ thống thông tin giải quyết TTHC", "Ước thực hiện");
    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương");
    private static final List<String> MIDDLE = List.of("Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Anh");
    private static final List<String> GIVEN = List.of("Hùng", "Lan", "Tuấn", "Hà", "Dũng", "Hương", "Thắng", "Hải",
            "Nam", "Bình", "Sơn", "Hiền", "Phúc", "Tâm");

    private final Catalog catalog;
    private final Randomness random;
    private final GeneratorSettings settings;
    private final Map<String, TemplateLayout> layouts = new HashMap<>();

    ReportAssembler(Catalog catalog, Randomness random, GeneratorSettings settings) {
        this.catalog = catalog;
        this.random = random;
        this.settings = settings;
    }

    /**
     * @param key   what the report's random draws are addressed by: its file name without extension
     * @param notes whether the format has a note column a reader can tell from the value
     */
    ReportContent assemble(PeriodValues.Truth truth, String key, String fileName, boolean notes) {
        Agency agency = truth.agency();
        ReportingPeriod period = truth.period();
        String generation = TemplateLayout.generationFor(catalog, period.year());
        TemplateLayout layout = layouts.computeIfAbsent(generation, g -> TemplateLayout.of(catalog, g));
        RandomGenerator r = random.stream("report", key);

        Set<String> rowIds = new LinkedHashSet<>();
        layout.rows().stream().filter(t -> !t.isHeader()).forEach(t -> rowIds.add(t.target()));
        Map<String, BigDecimal> written = new HashMap<>();
        rowIds.forEach(id -> written.put(id, truth.get(id)));
        Map<String, BigDecimal[]> inline = inlineCounts(truth, rowIds);

        Set<String> keepAsIs = new HashSet<>();
        List<PlantedInconsistency> planted = new ArrayList<>();
        if (r.nextDouble() < settings.inconsistencyRate()) {
            plant(written, rowIds, inline, r, keepAsIs).ifPresent(planted::add);
        }
        for (String id : rowIds) {
            if (!keepAsIs.contains(id) && !headline(id) && written.get(id) != null && r.nextDouble() < NOT_REPORTED) {
                written.put(id, null);
            }
        }

        ValueText text = new ValueText(ValueText.Style.draw(r), r);
        List<AppendixTable> tables = new ArrayList<>();
        List<ManifestValue> manifest = new ArrayList<>();
        List<WrittenRow> single = new ArrayList<>();
        for (TemplateLayout.Section section : layout.sections()) {
            List<WrittenRow> rows = layout.tablePerSection() ? new ArrayList<>() : single;
            for (TemplateRow row : section.rows()) {
                rows.add(written(row, written, inline, text, notes, r, manifest));
            }
            if (layout.tablePerSection()) {
                tables.add(new AppendixTable(section.headings(), rows));
            }
        }
        if (!layout.tablePerSection()) {
            tables.add(new AppendixTable(List.of(), single));
        }
        LocalDate date = period.end().withDayOfMonth(5 + r.nextInt(21));
        return new ReportContent(fileName, agency, period, generation, docNumber(agency, r), date,
                place(agency, r), signer(agency, r), name(r), tables, manifest, planted, facts(truth));
    }

    /** The statistics dashboards show never go missing by chance; everything else may. */
    private static boolean headline(String id) {
        return id.startsWith("tthc.resolved") || id.startsWith("tthc.ontime") || id.startsWith("dvc.received")
                || id.startsWith("dvc.online_rate") || id.startsWith("staff.");
    }

    /**
     * Rates whose counts have no rows in this template are written with them, "99,62% (523/525)":
     * the 2021 template asks on-time rates only, and reports add the counts behind them.
     */
    private Map<String, BigDecimal[]> inlineCounts(PeriodValues.Truth truth, Set<String> rowIds) {
        Map<String, BigDecimal[]> inline = new HashMap<>();
        for (String id : rowIds) {
            Indicator i = catalog.indicator(id).orElseThrow();
            if (i.isRate() && !rowIds.contains(i.numeratorId()) && !rowIds.contains(i.denominatorId())
                    && truth.get(id) != null && truth.get(i.numeratorId()) != null && truth.get(i.denominatorId()) != null) {
                inline.put(id, new BigDecimal[] {truth.get(i.numeratorId()), truth.get(i.denominatorId())});
            }
        }
        return inline;
    }

    // ---- deliberate inconsistencies -----------------------------------------------------------

    /**
     * One deliberate error of a kind the loader checks: a rate that disagrees with its own counts,
     * more people present than posts assigned, a part larger than its total. It is chosen so that it
     * breaks nothing else — no rate is built on the part that is raised — so that each planted
     * error is exactly one finding.
     */
    private Optional<PlantedInconsistency> plant(Map<String, BigDecimal> written, Set<String> rowIds,
                                                           Map<String, BigDecimal[]> inline, RandomGenerator r,
                                                           Set<String> keepAsIs) {
        List<String> rates = new ArrayList<>();
        List<String> staff = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        Set<String> rateComponents = new HashSet<>();
        for (String id : rowIds) {
            Indicator i = catalog.indicator(id).orElseThrow();
            if (i.isRate()) {
                rateComponents.add(i.numeratorId());
                rateComponents.add(i.denominatorId());
            }
        }
        for (String id : rowIds) {
            Indicator i = catalog.indicator(id).orElseThrow();
            if (written.get(id) == null) {
                continue;
            }
            if (i.isRate() && (inline.containsKey(id) || (written.get(i.numeratorId()) != null
                    && written.get(i.denominatorId()) != null && written.get(i.denominatorId()).signum() > 0))) {
                rates.add(id);
            } else if (i.totalId() != null && rowIds.contains(i.totalId()) && written.get(i.totalId()) != null) {
                if (id.startsWith("staff.") && id.endsWith(".present")) {
                    staff.add(id);
                } else if (!headline(id) && !rateComponents.contains(id)) {
                    parts.add(id);
                }
            }
        }
        List<List<String>> kinds = new ArrayList<>();
        for (List<String> k : List.of(rates, staff, parts)) {
            if (!k.isEmpty()) {
                kinds.add(k);
            }
        }
        if (kinds.isEmpty()) {
            return Optional.empty();
        }
        List<String> kind = kinds.get(r.nextInt(kinds.size()));
        String id = kind.get(r.nextInt(kind.size()));
        Indicator i = catalog.indicator(id).orElseThrow();
        keepAsIs.add(id);
        if (kind == rates) {
            keepAsIs.add(i.numeratorId());
            keepAsIs.add(i.denominatorId());
            BigDecimal truth = written.get(id);
            double shift = 2 + 6 * r.nextDouble();
            double wrong = truth.doubleValue() - shift >= 0 ? truth.doubleValue() - shift : truth.doubleValue() + shift;
            written.put(id, BigDecimal.valueOf(Math.min(100, wrong)).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros());
            return Optional.of(new PlantedInconsistency("rate_mismatch", id));
        }
        keepAsIs.add(i.totalId());
        BigDecimal total = written.get(i.totalId());
        long excess = 1 + r.nextInt(Math.max(1, total.intValue() / 10 + 1));
        written.put(id, total.add(BigDecimal.valueOf(excess)));
        return Optional.of(new PlantedInconsistency(kind == staff ? "present_exceeds_assigned" : "part_exceeds_total", id));
    }

    // ---- rows ---------------------------------------------------------------------------------

    private WrittenRow written(TemplateRow row, Map<String, BigDecimal> written, Map<String, BigDecimal[]> inline,
                               ValueText text, boolean notes, RandomGenerator r, List<ManifestValue> manifest) {
        if (row.isHeader()) {
            return new WrittenRow(row, "", "", "");
        }
        Indicator i = catalog.indicator(row.target()).orElseThrow();
        BigDecimal v = written.get(i.id());
        manifest.add(new ManifestValue(i.id(), v));
        String value;
        if (v == null) {
            value = text.nothing();
        } else {
            value = switch (i.kind()) {
                case PERCENT -> text.percent(v);
                case MONEY -> text.money(v);
                case CODED -> text.code(v);
                default -> text.count(v);
            };
            BigDecimal[] counts = inline.get(i.id());
            if (counts != null) {
                value = value + " (" + text.count(counts[0]) + "/" + text.count(counts[1]) + ")";
                manifest.add(new ManifestValue(i.numeratorId(), counts[0]));
                manifest.add(new ManifestValue(i.denominatorId(), counts[1]));
            }
        }
        // Drawn whether or not the format has notes, so that every format draws the same values.
        boolean noted = r.nextDouble() < NOTE;
        String note = NOTES.get(r.nextInt(NOTES.size()));
        return new WrittenRow(row, unit(i), value, notes && noted ? note : "");
    }

    /** The unit column: the catalog's unit, or for a coded answer its code list as the template prints it. */
    private static String unit(Indicator i) {
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

    // ---- who signs, where, when ---------------------------------------------------------------

    private static String docNumber(Agency agency, RandomGenerator r) {
        String suffix = agency.kind() == Agency.Kind.DEPARTMENT ? agency.department().shortCodes().getFirst() : "UBND";
        return (1 + r.nextInt(780)) + "/BC-" + suffix;
    }

    /** The date line's place: a district names itself; a province, or its department, the province or its capital. */
    private static String place(Agency agency, RandomGenerator r) {
        if (agency.kind() == Agency.Kind.DISTRICT) {
            return agency.districtName();
        }
        ProvinceRef p = agency.province();
        return !p.places().isEmpty() && r.nextDouble() < 0.3 ? p.places().getFirst() : p.name();
    }

    private static List<String> signer(Agency agency, RandomGenerator r) {
        String title = switch (agency.kind()) {
            case PROVINCE, DISTRICT -> "CHỦ TỊCH";
            case DEPARTMENT -> switch (agency.department().slug()) {
                case "van-phong-ubnd-tinh" -> "CHÁNH VĂN PHÒNG";
                case "thanh-tra-tinh" -> "CHÁNH THANH TRA";
                default -> agency.department().slug().startsWith("ban-") ? "TRƯỞNG BAN" : "GIÁM ĐỐC";
            };
        };
        return r.nextDouble() < 0.6 ? List.of("KT. " + title, "PHÓ " + title) : List.of(title);
    }

    private static String name(RandomGenerator r) {
        return FAMILY.get(r.nextInt(FAMILY.size())) + " " + MIDDLE.get(r.nextInt(MIDDLE.size())) + " "
                + GIVEN.get(r.nextInt(GIVEN.size()));
    }

    private static ReportContent.Facts facts(PeriodValues.Truth truth) {
        String scope = truth.agency().kind() == Agency.Kind.DISTRICT ? "district" : "dept";
        BigDecimal received = truth.get("dvc.received");
        BigDecimal resolved = truth.get("tthc.resolved." + scope);
        BigDecimal ontime = truth.get("tthc.ontime_rate." + scope);
        BigDecimal online = truth.get("dvc.online_rate");
        return new ReportContent.Facts(received == null ? null : received.longValue(),
                resolved == null ? null : resolved.longValue(),
                ontime == null ? null : ontime.toPlainString().replace('.', ','),
                online == null ? null : online.toPlainString().replace('.', ','));
    }
}
