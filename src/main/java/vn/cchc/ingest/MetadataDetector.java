package vn.cchc.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.catalog.DepartmentRef;
import vn.cchc.catalog.PeriodDates;
import vn.cchc.catalog.ProvinceRef;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.ingest.Finding.Severity;

/**
 * Detects who filed a report, where and for which period (DOMAIN §5) from the cues a real
 * report carries: the header lines, the document number's suffix, the place-and-date line, the
 * title, the signer's title, the appendix caption, and mentions in the body. The recipients
 * list ("Nơi nhận") names other agencies and is never taken as the author.
 */
public final class MetadataDetector {

    private static final Pattern CAPTION_NUMBER = Pattern.compile("(?iu)báo cáo số\\s*:?\\s*(\\d*)\\s*/\\s*([\\p{L}0-9][\\p{L}0-9&.\\-]*)");
    private static final Pattern SLASH_DATE = Pattern.compile("(?iu)ngày\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*((?:19|20)\\d{2})");
    private static final Pattern LOCAL_UBND = Pattern.compile(
            "(?iu)^\\W*(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\\s+(HUYỆN|THỊ XÃ|THÀNH PHỐ|QUẬN|XÃ|PHƯỜNG|THỊ TRẤN)\\s+(.+?)(?:\\s+CỘNG HÒA.*|\\s+CỘNG HOÀ.*)?\\s*$");
    private static final Pattern PROVINCE_UBND = Pattern.compile("(?iu)^\\W*(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\\s+(TỈNH|THÀNH PHỐ|TP\\.?)\\s");
    private static final Pattern PROVINCE_MENTION = Pattern.compile("\\b(tinh|thanh pho|tp)\\s");

    private final ReferenceData reference;
    private final ProvinceNames provinceNames;
    private final Map<String, String> successors;
    private final Map<String, DepartmentRef> departmentsByName = new LinkedHashMap<>();
    private final Map<String, DepartmentRef> departmentsByCode = new LinkedHashMap<>();

    public MetadataDetector(ReferenceData reference) {
        this.reference = reference;
        this.provinceNames = new ProvinceNames(reference);
        this.successors = reference.successorSlugs();
        for (DepartmentRef d : reference.departments()) {
            departmentsByName.put(VietnameseText.matchKey(d.name()), d);
            d.aliases().forEach(a -> departmentsByName.putIfAbsent(VietnameseText.matchKey(a), d));
            d.shortCodes().forEach(c -> departmentsByCode.putIfAbsent(codeKey(c), d));
        }
    }

    /**
     * @param lines         the whole document, index 0 being line 1
     * @param appendixStart index of the appendix's first line (lines.size() when there is none)
     */
    public ReportMetadata detect(List<String> lines, int appendixStart) {
        ReportDocument doc = new ReportDocument(lines, appendixStart);
        List<Finding> findings = new ArrayList<>();

        Detected title = doc.title();
        Detected period = period(doc, title);
        LocalDate periodEnd = period == null ? null : PeriodDates.end(period.value());
        Detected dateLine = doc.dateLine();
        Detected docDate = docDate(doc, dateLine);
        checkDateAgainstPeriod(dateLine, period, findings);

        Detected docNumber = docNumber(doc);
        AgencyGuess agency = agency(doc, findings);
        Detected province = province(doc, periodEnd, agency, findings);
        if (agency.kind == null || province == null || period == null) {
            findings.add(Finding.of("metadata_missing", Severity.ERROR, 0, "Could not detect "
                    + String.join(", ", missing(agency, province, period)) + " from the document"));
        }
        String canonicalAgency = agency.canonicalName();
        return new ReportMetadata(province,
                canonicalAgency == null ? null : new Detected(canonicalAgency, agency.evidence, agency.line),
                agency.kind == null ? null : new Detected(agency.kind, agency.kindEvidence, agency.kindLine),
                agency.department == null ? null : agency.department.slug(),
                period, docNumber, docDate, title == null ? null : title.value(), findings);
    }

    private static List<String> missing(AgencyGuess agency, Detected province, Detected period) {
        List<String> missing = new ArrayList<>();
        if (agency.kind == null) {
            missing.add("the agency");
        }
        if (province == null) {
            missing.add("the province");
        }
        if (period == null) {
            missing.add("the period");
        }
        return missing;
    }

    // ---- period and dates ------------------------------------------------------------------

    private Detected period(ReportDocument doc, Detected title) {
        if (title != null) {
            Optional<PeriodPhrase.Found> p = PeriodPhrase.find(title.value());
            if (p.isPresent()) {
                return new Detected(p.get().code(), "title: " + title.value(), title.line());
            }
        }
        // No title with a period: the appendix caption or the first lines that name one.
        for (int i : doc.appendixHead()) {
            Optional<PeriodPhrase.Found> p = PeriodPhrase.find(doc.text(i));
            if (p.isPresent()) {
                return new Detected(p.get().code(), "appendix: " + doc.text(i), i + 1);
            }
        }
        for (int i = 0; i < Math.min(doc.lines.size(), 40); i++) {
            if (VietnameseText.fold(doc.text(i)).contains("cai cach hanh chinh")) {
                Optional<PeriodPhrase.Found> p = PeriodPhrase.find(doc.text(i));
                if (p.isPresent()) {
                    return new Detected(p.get().code(), "line: " + doc.text(i), i + 1);
                }
            }
        }
        return null;
    }

    private Detected docDate(ReportDocument doc, Detected dateLine) {
        if (dateLine != null && dateLine.value().length() == 10) {
            return dateLine;
        }
        for (int i : doc.appendixHead()) {
            Matcher m = SLASH_DATE.matcher(doc.text(i));
            if (m.find()) {
                Optional<LocalDate> d = date(m.group(3), m.group(2), m.group(1));
                if (d.isPresent()) {
                    return new Detected(d.get().toString(), "appendix caption: " + doc.text(i), i + 1);
                }
            }
        }
        return null;
    }

    /** A date line that lies before the reported period, or over a year after it, contradicts the title. */
    private void checkDateAgainstPeriod(Detected dateLine, Detected period, List<Finding> findings) {
        if (dateLine == null || period == null) {
            return;
        }
        String[] ym = dateLine.value().split("-");
        int year = Integer.parseInt(ym[0]);
        YearMonth written = ym.length > 1 ? YearMonth.of(year, Integer.parseInt(ym[1])) : null;
        LocalDate start = PeriodDates.start(period.value());
        LocalDate end = PeriodDates.end(period.value());
        boolean before = written != null ? written.atEndOfMonth().isBefore(start) : year < start.getYear();
        boolean farAfter = written != null ? written.atDay(1).isAfter(end.plusYears(1)) : year > end.getYear() + 1;
        if (before || farAfter) {
            findings.add(Finding.of("date_contradicts_title", Severity.WARNING, dateLine.line(),
                    "The date line (" + dateLine.evidence() + ") contradicts the period in the title ("
                            + period.value() + "); the title wins"));
        }
    }

    static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    // ---- document number -------------------------------------------------------------------

    private Detected docNumber(ReportDocument doc) {
        Optional<ReportDocument.NumberLine> header = doc.numberLine();
        if (header.isPresent() && !header.get().number().isEmpty()) {
            return new Detected(docNumberText(header.get().number(), header.get().suffix()), header.get().text(),
                    header.get().line());
        }
        for (int i : doc.appendixHead()) {
            Matcher m = CAPTION_NUMBER.matcher(doc.text(i));
            if (m.find() && !m.group(1).isEmpty()) {
                return new Detected(docNumberText(m.group(1), m.group(2)), "appendix caption: " + doc.text(i), i + 1);
            }
        }
        // A number left blank ("Số: /BC-STTTT") is no document number; its suffix still names the agency.
        return null;
    }

    private static String docNumberText(String number, String suffix) {
        return number + "/" + suffix.replaceAll("[.\\-]+$", "");
    }

    private static String codeKey(String code) {
        return VietnameseText.fold(code).replaceAll("[^a-z0-9]", "");
    }

    // ---- agency ----------------------------------------------------------------------------

    /** What the cues say about the author, in order of trust. */
    private static final class AgencyGuess {
        String kind;
        DepartmentRef department;
        String localName;      // 'huyện Yên Sơn', 'xã Tân Trào'
        String evidence;
        int line;
        String kindEvidence;
        int kindLine;

        String canonicalName() {
            return switch (kind == null ? "" : kind) {
                case "province" -> "UBND tỉnh";
                case "department" -> department == null ? null : department.name();
                case "district", "commune" -> "UBND " + localName;
                default -> null;
            };
        }

        void set(String kind, DepartmentRef department, String localName, String evidence, int line) {
            this.kind = kind;
            this.department = department;
            this.localName = localName;
            this.evidence = evidence;
            this.line = line;
            this.kindEvidence = evidence;
            this.kindLine = line;
        }
    }

    private AgencyGuess agency(ReportDocument doc, List<Finding> findings) {
        AgencyGuess guess = new AgencyGuess();
        Detected signer = doc.signer();
        DepartmentRef byCode = departmentFromDocCode(doc);

        // 1. The header: 'SỞ XÂY DỰNG' under 'UBND TỈNH QUẢNG BÌNH', or 'UBND HUYỆN YÊN SƠN'.
        boolean provinceHeader = false;
        for (int i = 0; i < doc.headerEnd() && guess.kind == null; i++) {
            String text = doc.headerText(i);
            Optional<DepartmentRef> dept = departmentAtStart(VietnameseText.matchKey(text));
            if (dept.isEmpty() && i + 1 < doc.headerEnd() && VietnameseText.matchKey(text).startsWith("so ")) {
                // A long name wraps in the header: 'SỞ KHOA HỌC VÀ' / 'CÔNG NGHỆ'.
                dept = departmentAtStart(VietnameseText.matchKey(text + " " + doc.text(i + 1)));
            }
            Matcher local = LOCAL_UBND.matcher(text);
            if (dept.isPresent()) {
                guess.set("department", dept.get(), null, "header: " + text, i + 1);
            } else if (local.find() && !isProvinceCity(local)) {
                String level = local.group(1).toLowerCase(Locale.ROOT);
                String kind = level.equals("xã") || level.equals("phường") || level.equals("thị trấn") ? "commune" : "district";
                guess.set(kind, null, level + " " + titleCase(local.group(2)), "header: " + text, i + 1);
            } else if (PROVINCE_UBND.matcher(text).find()) {
                provinceHeader = true;
            }
        }
        // 2. The appendix caption or title: '... của Sở Thông tin và Truyền thông'.
        if (guess.kind == null) {
            for (int i : doc.appendixHead()) {
                String key = VietnameseText.matchKey(doc.text(i));
                int at = key.indexOf("cua ");
                while (at >= 0 && guess.kind == null) {
                    Optional<DepartmentRef> dept = departmentAtStart(key.substring(at + 4));
                    if (dept.isPresent()) {
                        guess.set("department", dept.get(), null, "appendix: " + doc.text(i), i + 1);
                    }
                    at = key.indexOf("cua ", at + 1);
                }
            }
        }
        // 3. The document number's suffix: 599/BC-SXD.
        if (guess.kind == null && byCode != null) {
            guess.set("department", byCode, null, "document number suffix",
                    doc.numberLine().map(ReportDocument.NumberLine::line).orElse(0));
        }
        // 4. The signer: CHỦ TỊCH signs for a People's Committee; others for a department named in the body.
        if (guess.kind == null && signer != null) {
            switch (signer.value()) {
                case "CHỦ TỊCH" -> guess.set("province", null, null, "signer: " + signer.evidence(), signer.line());
                case "CHÁNH VĂN PHÒNG" -> guess.set("department", departmentBySlug("van-phong-ubnd-tinh"), null,
                        "signer: " + signer.evidence(), signer.line());
                default -> mostMentionedDepartment(doc).ifPresent(d ->
                        guess.set("department", d.department(), null, "body: '" + d.department().name() + "' named "
                                + d.count() + " times; signer " + signer.value(), 0));
            }
        }
        if (guess.kind == null && provinceHeader) {
            int line = doc.firstHeaderMatching(PROVINCE_UBND);
            guess.set("province", null, null, "header: " + doc.headerText(line), line + 1);
        }
        if (guess.kind == null) {
            mostMentionedDepartment(doc).ifPresent(d -> guess.set("department", d.department(), null,
                    "body: '" + d.department().name() + "' named " + d.count() + " times", 0));
        }
        crossCheck(guess, signer, byCode, findings);
        return guess;
    }

    private void crossCheck(AgencyGuess guess, Detected signer, DepartmentRef byCode, List<Finding> findings) {
        if (guess.kind == null) {
            return;
        }
        if (signer != null) {
            guess.kindEvidence = guess.evidence + "; signer " + signer.value();
            boolean ubnd = guess.kind.equals("province") || guess.kind.equals("district") || guess.kind.equals("commune");
            boolean fits = switch (signer.value()) {
                case "CHỦ TỊCH" -> ubnd;
                case "CHÁNH VĂN PHÒNG" -> guess.department != null && guess.department.slug().equals("van-phong-ubnd-tinh");
                default -> guess.kind.equals("department");
            };
            if (!fits) {
                findings.add(Finding.of("agency_conflict", Severity.WARNING, signer.line(), "The signer's title "
                        + signer.value() + " does not fit the agency " + guess.canonicalName()));
            }
        }
        if (byCode != null && guess.department != null && !byCode.slug().equals(guess.department.slug())) {
            findings.add(Finding.of("agency_conflict", Severity.WARNING, 0, "The document number names "
                    + byCode.name() + " but the report reads as " + guess.department.name()));
        }
    }

    private boolean isProvinceCity(Matcher local) {
        String level = local.group(1).toLowerCase(Locale.ROOT);
        if (!level.equals("thành phố")) {
            return false;
        }
        List<ProvinceNames.Hit> hits = provinceNames.find(VietnameseText.matchKey(local.group(2)));
        return !hits.isEmpty() && hits.getFirst().start() == 0 && !hits.getFirst().place();
    }

    private DepartmentRef departmentFromDocCode(ReportDocument doc) {
        if (doc.numberLine().isEmpty()) {
            return null;
        }
        String[] parts = doc.numberLine().get().suffix().split("-");
        for (int p = parts.length - 1; p >= 1; p--) {
            DepartmentRef d = departmentsByCode.get(codeKey(parts[p]));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private Optional<DepartmentRef> departmentAtStart(String key) {
        return departmentsByName.entrySet().stream()
                .filter(e -> key.equals(e.getKey()) || key.startsWith(e.getKey() + " "))
                .max(Comparator.comparingInt(e -> e.getKey().length()))
                .map(Map.Entry::getValue);
    }

    private DepartmentRef departmentBySlug(String slug) {
        return reference.department(slug).orElse(null);
    }

    private record Mentions(DepartmentRef department, int count) {
    }

    private Optional<Mentions> mostMentionedDepartment(ReportDocument doc) {
        Map<DepartmentRef, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < doc.bodyEnd(); i++) {
            if (doc.inRecipients(i)) {
                continue;
            }
            String key = " " + VietnameseText.matchKey(doc.text(i)) + " ";
            for (Map.Entry<String, DepartmentRef> e : departmentsByName.entrySet()) {
                if (e.getKey().split(" ").length >= 3 && key.contains(" " + e.getKey() + " ")) {
                    counts.merge(e.getValue(), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(e -> e.getValue() >= 2)
                .map(e -> new Mentions(e.getKey(), e.getValue()));
    }

    private static String titleCase(String upper) {
        String cleaned = VietnameseText.stripMarkup(upper).replaceAll("[*_#]+", "").trim();
        StringBuilder out = new StringBuilder();
        for (String word : cleaned.toLowerCase(Locale.ROOT).split(" ")) {
            if (!word.isEmpty()) {
                out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return out.toString();
    }

    // ---- province --------------------------------------------------------------------------

    private Detected province(ReportDocument doc, LocalDate periodEnd, AgencyGuess agency, List<Finding> findings) {
        List<Detected> cues = new ArrayList<>();
        for (int i = 0; i < doc.headerEnd(); i++) {
            String text = doc.headerText(i);
            if (PROVINCE_UBND.matcher(text).find()) {
                firstProvince(VietnameseText.matchKey(text), false, periodEnd)
                        .ifPresent(p -> cues.add(new Detected(p.slug(), "header: " + text, 0)));
                if (!cues.isEmpty()) {
                    cues.set(0, new Detected(cues.getFirst().value(), cues.getFirst().evidence(), i + 1));
                    break;
                }
            }
        }
        Detected dateLine = doc.dateLine();
        if (dateLine != null) {
            String place = doc.placeOf(dateLine.line() - 1);
            lastProvince(VietnameseText.matchKey(place), periodEnd)
                    .ifPresent(p -> cues.add(new Detected(p.slug(), "date line: " + doc.text(dateLine.line() - 1), dateLine.line())));
        }
        for (int i : doc.appendixHead()) {
            String key = VietnameseText.matchKey(doc.text(i));
            if (key.contains("thong ke") || key.contains("cai cach hanh chinh") || key.startsWith("cua ")) {
                lastProvince(key, periodEnd).ifPresent(p -> cues.add(new Detected(p.slug(), "appendix: " + doc.text(i), i + 1)));
            }
        }
        if (cues.isEmpty()) {
            bodyProvince(doc, periodEnd).ifPresent(cues::add);
        }
        if (cues.isEmpty()) {
            return null;
        }
        Detected chosen = cues.getFirst();
        for (Detected other : cues.subList(1, cues.size())) {
            if (!sameProvince(other.value(), chosen.value())) {
                findings.add(Finding.of("province_conflict", Severity.WARNING, other.line(), "The "
                        + other.evidence() + " names " + name(other.value()) + " but the " + chosen.evidence()
                        + " names " + name(chosen.value())));
            }
        }
        return chosen;
    }

    private boolean sameProvince(String a, String b) {
        return a.equals(b) || b.equals(successors.get(a)) || a.equals(successors.get(b));
    }

    private String name(String slug) {
        return reference.province(slug).map(ProvinceRef::name).orElse(slug);
    }

    private Optional<ProvinceRef> firstProvince(String key, boolean placesToo, LocalDate day) {
        return provinceNames.find(key).stream().filter(h -> placesToo || !h.place()).findFirst()
                .flatMap(h -> provinceNames.resolve(h.candidates(), day));
    }

    /** The name nearest the end: in 'Số: 599/BC-SXD Quảng Bình' or 'CỦA SỞ ... QUẢNG TRỊ' that is the place. */
    private Optional<ProvinceRef> lastProvince(String key, LocalDate day) {
        List<ProvinceNames.Hit> hits = provinceNames.find(key);
        return hits.isEmpty() ? Optional.empty() : provinceNames.resolve(hits.getLast().candidates(), day);
    }

    /** 'tỉnh Thanh Hóa' in the body, the most frequent wins. */
    private Optional<Detected> bodyProvince(ReportDocument doc, LocalDate day) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < doc.lines.size(); i++) {
            if (doc.inRecipients(i)) {
                continue;
            }
            String key = VietnameseText.matchKey(doc.text(i));
            Matcher m = PROVINCE_MENTION.matcher(key);
            while (m.find()) {
                for (ProvinceNames.Hit h : provinceNames.find(key.substring(m.end()))) {
                    if (h.start() == 0 && !h.place()) {
                        provinceNames.resolve(h.candidates(), day).ifPresent(p -> counts.merge(p.slug(), 1, Integer::sum));
                    }
                    break;
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> new Detected(e.getKey(), "body: '" + name(e.getKey()) + "' named " + e.getValue() + " times", 0));
    }
}
