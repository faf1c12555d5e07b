package vn.cchc.warehouse;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.DepartmentRef;
import vn.cchc.catalog.ProvinceRef;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.ingest.AppendixLocator;
import vn.cchc.ingest.VietnameseText;

/**
 * Realistic reports the loader has never seen, made deterministically out of the five seeds by
 * rewriting their text: the same bytes for the same {@link Variant}, every time. What a variant
 * changes, and nothing else (prose, notes, other dates and years stay as the seed wrote them):
 *
 * <ul>
 * <li><b>Province</b> — every spelling of the seed's province (its name, aliases and date-line
 *     towns from reference/provinces.csv, in mixed or upper case) becomes the target's name, upper
 *     case where the seed wrote upper case; "tỉnh X" becomes "thành phố Y" when the target is a
 *     centrally-run city; the province's web domain (tuyenquang.gov.vn) follows.</li>
 * <li><b>Period</b> — the title's period phrase, from its first "quý / 6 tháng / 9 tháng / năm" to
 *     its year, becomes "quý II năm 2022", "6 tháng đầu năm 2024", "9 tháng năm 2022" or
 *     "năm 2022"; the place-and-date line and the appendix caption's date take the period's last
 *     month (a report is dated as its period closes) and its year.</li>
 * <li><b>Agency</b> — the seed department's name and aliases (header, caption, body) become the
 *     target department's name; its document-number codes (599/BC-SXD, 02/KH-SXD, 689/SKHHCN-Ttra)
 *     the target's first code; the signer's title the one that agency signs with.</li>
 * <li><b>District author</b> — header "UBND HUYỆN NAME" (in place of the "UBND TỈNH …" line, or
 *     prepended), "Số: 12/BC-UBND" as the only document number, signer CHỦ TỊCH, the seed's
 *     department called "UBND huyện Name" in the body, and a sentence naming "huyện Name, tỉnh
 *     Province" after the title.</li>
 * <li><b>Values</b> — every count and amount of the appendix's value column (rows whose unit is a
 *     catalog unit other than %) is multiplied by an integer factor, written as the seed wrote it
 *     (thousands dots, decimal comma and its digits, leading zero, markup); in pdf-layout text also
 *     the counts inside a rate "(523/525)" and a breakdown "(cấp tỉnh 54, huyện 23)". An integer
 *     factor keeps every rate exactly as consistent with its numerator and denominator as the seed
 *     had it, so rates are left alone. Empty cells, dashes, rates, coded and text answers and the
 *     notes column are never touched.</li>
 * </ul>
 */
final class SeedVariants {

    /** The five seeds and what each reads as (seeds/expected.csv). */
    enum Seed {
        MARKDOWN_2021("000_325df2895e38e3a8.txt", "tuyen-quang", "so-thong-tin-va-truyen-thong", "2021"),
        PDF_2021("001_5861b1071b6d393a.txt", "quang-binh", "so-xay-dung", "2021"),
        PLAIN_2021("002_fff703ffbe76582a.txt", "ninh-thuan", "van-phong-ubnd-tinh", "2021"),
        MARKDOWN_2023("003_6e93ae04989b8532.txt", "quang-tri", "so-khoa-hoc-va-cong-nghe", "2023"),
        PLAIN_2023("004_197f7b6bb391846f.txt", "thanh-hoa", null, "2023");

        final String file;
        final String province;
        /** The authoring department; null for the province's own report (UBND tỉnh). */
        final String department;
        final String template;

        Seed(String file, String province, String department, String template) {
            this.file = file;
            this.province = province;
            this.department = department;
            this.template = template;
        }

        boolean pdfLayout() {
            return this == PDF_2021;
        }
    }

    /** Who files a variant: the seed's own agency, another department, or a district's People's Committee. */
    record Author(String department, String district) {
        static final Author SEEDS_OWN = new Author(null, null);

        static Author department(String slug) {
            return new Author(slug, null);
        }

        static Author district(String name) {
            return new Author(null, name);
        }

        @Override
        public String toString() {
            return district != null ? "huyện " + district : department != null ? department : "seed's agency";
        }
    }

    /**
     * One unseen report.
     *
     * @param province the slug of the province whose name is written (a 2008 unit, or a 2025 one for
     *                 a period after the merger)
     * @param period   '2022-Q2', '2024-H1', '2022-9M', '2022-Y'
     * @param factor   what every count and amount is multiplied by
     */
    record Variant(Seed seed, String province, String period, Author author, int factor) {

        String fileName() {
            String agency = author.district() != null ? "huyen-" + VietnameseText.matchKey(author.district()).replace(' ', '-')
                    : author.department() != null ? author.department() : "own";
            return seed.file.substring(0, 3) + "_" + province + "_" + period + "_" + agency + "_x" + factor + ".txt";
        }

        @Override
        public String toString() {
            return seed.file.substring(0, 3) + " " + seed.name().toLowerCase(Locale.ROOT) + " → " + province + " · "
                    + period + " · " + author + " · ×" + factor;
        }
    }

    /** What a correct loader reads from a variant. */
    record Expected(String province, String agency, String agencyKind, String period, String template) {
    }

    /**
     * Real districts of the seeds' provinces (until 2025-06-30), none spelt like a province or a
     * province's town, so that a district name can never be read as the province.
     */
    static final Map<String, List<String>> DISTRICTS = Map.of(
            "tuyen-quang", List.of("Yên Sơn", "Sơn Dương", "Hàm Yên", "Chiêm Hóa", "Na Hang", "Lâm Bình"),
            "quang-binh", List.of("Bố Trạch", "Lệ Thủy", "Minh Hóa", "Tuyên Hóa", "Quảng Trạch"),
            "ninh-thuan", List.of("Ninh Hải", "Ninh Phước", "Ninh Sơn", "Bác Ái", "Thuận Bắc", "Thuận Nam"),
            "quang-tri", List.of("Gio Linh", "Hải Lăng", "Cam Lộ", "Triệu Phong", "Vĩnh Linh", "Hướng Hóa"),
            "thanh-hoa", List.of("Thọ Xuân", "Đông Sơn", "Hoằng Hóa", "Nga Sơn", "Hậu Lộc", "Yên Định"));

    static final String DISTRICT_DOC_NUMBER = "12/BC-UBND";
    private static final LocalDate LAST_DAY_OF_DISTRICTS = LocalDate.of(2025, 6, 30);
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Pattern DOC_NUMBER = Pattern.compile("Số\\s*:\\s*\\d*\\s*/\\s*[\\p{L}0-9][\\p{L}0-9&.\\-]*");
    private static final Pattern TITLE_PERIOD = Pattern.compile(
            "(?iu)(?:quý\\s+[ivx]+(?![\\p{L}])|\\d\\s+tháng|năm\\s+(?:19|20)\\d{2})(?:.*?năm\\s+(?:19|20)\\d{2})?");
    private static final Pattern DATE_IN_WORDS = Pattern.compile("(?iu)(ngày\\s*\\d{0,2}\\s*tháng\\s*)(\\d{0,2})(\\s*năm\\s*)((?:19|20)\\d{2})");
    private static final Pattern DATE_WITH_SLASHES = Pattern.compile("(?iu)(ngày\\s*\\d{0,2}\\s*/\\s*)(\\d{0,2})(\\s*/\\s*)((?:19|20)\\d{2})");
    private static final Pattern PROVINCE_HEADER = Pattern.compile("(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\\s+(?:TỈNH|THÀNH PHỐ)\\s+");
    private static final Pattern CAPTION_DISTRICT_NUMBER = Pattern.compile("(?iu)(báo cáo số\\s*:?\\s*)\\d*\\s*/\\s*BC-UBND");
    private static final Pattern SIGNER = Pattern.compile("GIÁM ĐỐC|CHÁNH VĂN PHÒNG|CHỦ TỊCH");
    /** A number as a value cell writes it: "2.097", "45.700", "6.786,875", "05", "37". */
    private static final String NUMBER = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?";
    private static final Pattern VALUE_CELL = Pattern.compile("^(\\s*(?:<[^>]+>|\\*+)*\\s*)(" + NUMBER + ")(\\s*(?:</[^>]+>|\\*+)*\\s*)$");
    private static final Pattern PDF_FRACTION = Pattern.compile("^(\\s*\\()(\\d+)(/)(\\d+)(\\)\\s*)$");
    private static final Pattern PDF_BREAKDOWN_REST = Pattern.compile("^(\\s*)(\\d+)(,\\s*huyện\\s+)(\\d+)(\\).*)$");

    private final ReferenceData reference;
    private final Map<Seed, String> seedTexts = new EnumMap<>(Seed.class);
    private final Set<String> countUnits;
    /** pdftotext: a count unit, then the value, then at most a qualifier or an opened breakdown. */
    private final Pattern pdfCountAtEnd;

    SeedVariants(ReferenceData reference, Catalog catalog) {
        this.reference = reference;
        for (Seed seed : Seed.values()) {
            seedTexts.put(seed, VietnameseText.nfc(new String(SeedReports.bytes(seed.file), StandardCharsets.UTF_8)));
        }
        this.countUnits = catalog.units().stream().filter(u -> !u.contains("%")).collect(Collectors.toSet());
        String units = countUnits.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        this.pdfCountAtEnd = Pattern.compile("(?<![\\p{L}])(?:" + units + ")\\s+(\\d{1,3}(?:\\.\\d{3})+|\\d+)"
                + "(?=\\s*(?:HĐ68|\\(cấp tỉnh)?\\s*$)");
    }

    static SeedVariants bundled() {
        return new SeedVariants(ReferenceData.bundled(), Catalog.bundled());
    }

    // ---- what a variant should read as -----------------------------------------------------

    Expected expected(Variant v) {
        ProvinceRef written = province(v.province());
        String province = written.validOn(Period.end(v.period())) ? written.slug() : reference.successorSlugs().get(written.slug());
        String agency;
        String kind;
        if (v.author().district() != null) {
            agency = "UBND huyện " + v.author().district();
            kind = "district";
        } else {
            String department = v.author().department() != null ? v.author().department() : v.seed().department;
            agency = department == null ? "UBND tỉnh" : department(department).name();
            kind = department == null ? "province" : "department";
        }
        return new Expected(province, agency, kind, v.period(), v.seed().template);
    }

    // ---- many distinct variants --------------------------------------------------------------

    /**
     * {@code count} variants, no two of the same agency and period (so none supersedes another),
     * picked by a fixed-seed random walk over the 63 provinces and 2021–2025 periods before the
     * merger, the 34 provinces for 2025-Q3, every department valid in the period (UBND tỉnh for
     * the province seed 004), districts where {@link #DISTRICTS} knows them, and factors 1–9.
     */
    List<Variant> distinct(int count) {
        Random random = new Random(20250701L);
        List<ProvinceRef> before = provinces("2008");
        List<ProvinceRef> after = provinces("2025");
        List<String> periods = Stream.of("2021", "2022", "2023", "2024", "2025")
                .flatMap(y -> Stream.of("Q1", "Q2", "Q3", "Q4", "H1", "9M", "Y").map(k -> y + "-" + k))
                .filter(p -> !Period.end(p).isAfter(LAST_DAY_OF_DISTRICTS)).toList();
        Map<String, Variant> byAgencyAndPeriod = new LinkedHashMap<>();
        while (byAgencyAndPeriod.size() < count) {
            Seed seed = Seed.values()[random.nextInt(Seed.values().length)];
            boolean merged = random.nextInt(8) == 0;
            String period = merged ? "2025-Q3" : periods.get(random.nextInt(periods.size()));
            ProvinceRef province = merged ? after.get(random.nextInt(after.size())) : before.get(random.nextInt(before.size()));
            Variant v = new Variant(seed, province.slug(), period, randomAuthor(seed, province, period, random),
                    1 + random.nextInt(9));
            Expected e = expected(v);
            byAgencyAndPeriod.putIfAbsent(e.province() + "|" + e.agency() + "|" + e.period(), v);
        }
        return List.copyOf(byAgencyAndPeriod.values());
    }

    /** A district where its name is known and districts still existed (one in two), else the seed's kind of agency. */
    private Author randomAuthor(Seed seed, ProvinceRef province, String period, Random random) {
        LocalDate end = Period.end(period);
        List<String> districts = DISTRICTS.getOrDefault(province.slug(), List.of());
        if (!end.isAfter(LAST_DAY_OF_DISTRICTS) && !districts.isEmpty() && random.nextBoolean()) {
            return Author.district(districts.get(random.nextInt(districts.size())));
        }
        if (seed.department == null) {
            return Author.SEEDS_OWN;
        }
        List<DepartmentRef> open = reference.departments().stream()
                .filter(d -> d.slug().startsWith("so-") || d.slug().equals("van-phong-ubnd-tinh"))
                .filter(d -> existsOn(d, end))
                .toList();
        return Author.department(open.get(random.nextInt(open.size())).slug());
    }

    /** A department merged away on its valid_to day no longer files reports from that day. */
    private static boolean existsOn(DepartmentRef d, LocalDate day) {
        return (d.validFrom() == null || !d.validFrom().isAfter(day)) && (d.validTo() == null || d.validTo().isAfter(day));
    }

    private List<ProvinceRef> provinces(String generation) {
        return reference.provinces().stream().filter(p -> p.generation().equals(generation)).toList();
    }

    // ---- writing a variant ------------------------------------------------------------------

    /** The variant's text as UTF-8 bytes. */
    byte[] write(Variant v) {
        requireRealistic(v);
        List<String> lines = new ArrayList<>(List.of(seedTexts.get(v.seed()).split("\n", -1)));
        int appendix = AppendixLocator.start(lines).orElseThrow();
        if (v.seed().pdfLayout()) {
            scalePdfValues(lines, appendix, v.factor());
        } else {
            scaleTabbedValues(lines, appendix, v.factor());
        }
        String text = String.join("\n", lines);
        text = swapProvince(text, province(v.seed().province), province(v.province()));
        lines = new ArrayList<>(List.of(text.split("\n", -1)));
        swapAgency(lines, v);
        swapPeriod(lines, v.period());
        if (v.author().district() != null) {
            addDistrictHeader(lines, v.author().district(), province(v.province()));
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private void requireRealistic(Variant v) {
        LocalDate end = Period.end(v.period());
        if (!province(v.province()).validOn(end) && province(v.province()).generation().equals("2025")) {
            throw new IllegalArgumentException(v + ": the 2025 provinces did not exist yet");
        }
        if (v.author().district() != null && end.isAfter(LAST_DAY_OF_DISTRICTS)) {
            throw new IllegalArgumentException(v + ": districts were abolished on 2025-07-01");
        }
        if (v.author().department() != null && v.seed().department == null) {
            throw new IllegalArgumentException(v + ": the province's own report (seed 004) has no department to swap");
        }
        String department = v.author().department() != null ? v.author().department() : v.seed().department;
        if (department != null && v.author().district() == null && !existsOn(department(department), end)) {
            throw new IllegalArgumentException(v + ": " + department + " did not exist at the end of the period");
        }
        if (v.factor() < 1) {
            throw new IllegalArgumentException(v + ": the factor must be a positive integer");
        }
    }

    // ---- values -------------------------------------------------------------------------------

    /** Tab-separated rows: the value cell (4th) of every row whose unit cell is a count unit. */
    private void scaleTabbedValues(List<String> lines, int appendix, int factor) {
        for (int i = appendix; i < lines.size(); i++) {
            String[] cells = lines.get(i).split("\t", -1);
            if (cells.length < 4 || !countUnits.contains(VietnameseText.stripMarkup(cells[2]))) {
                continue;
            }
            Matcher m = VALUE_CELL.matcher(cells[3]);
            if (m.matches()) {
                cells[3] = m.group(1) + scale(m.group(2), factor) + m.group(3);
                lines.set(i, String.join("\t", cells));
            }
        }
    }

    /** pdftotext lines: "… Người 37", "(523/525)", and "54, huyện 23)" after "… (cấp tỉnh". */
    private void scalePdfValues(List<String> lines, int appendix, int factor) {
        String previous = "";
        for (int i = appendix; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher count = pdfCountAtEnd.matcher(line);
            Matcher fraction = PDF_FRACTION.matcher(line);
            Matcher rest = PDF_BREAKDOWN_REST.matcher(line);
            if (count.find()) {
                line = line.substring(0, count.start(1)) + scale(count.group(1), factor) + line.substring(count.end(1));
            } else if (fraction.matches()) {
                line = fraction.group(1) + scale(fraction.group(2), factor) + "/" + scale(fraction.group(4), factor) + fraction.group(5);
            } else if (previous.strip().endsWith("(cấp tỉnh") && rest.matches()) {
                line = rest.group(1) + scale(rest.group(2), factor) + rest.group(3) + scale(rest.group(4), factor) + rest.group(5);
            }
            lines.set(i, line);
            if (!line.isBlank()) {
                previous = line;
            }
        }
    }

    /** "2.097" × 3 = "6.291", "6.786,875" × 2 = "13.573,750", "05" × 3 = "15", "02" × 3 = "06". */
    static String scale(String written, int factor) {
        int comma = written.indexOf(',');
        String whole = comma < 0 ? written : written.substring(0, comma);
        String decimals = comma < 0 ? "" : written.substring(comma + 1);
        BigDecimal value = new BigDecimal(whole.replace(".", "") + (decimals.isEmpty() ? "" : "." + decimals))
                .multiply(BigDecimal.valueOf(factor)).setScale(decimals.length());
        String[] plain = value.toPlainString().split("\\.");
        String digits = plain[0];
        if (whole.length() > 1 && whole.startsWith("0") && digits.length() < whole.length()) {
            digits = "0".repeat(whole.length() - digits.length()) + digits;
        }
        if (whole.contains(".")) {
            digits = String.format(Locale.ROOT, "%,d", Long.parseLong(digits)).replace(',', '.');
        }
        return decimals.isEmpty() ? digits : digits + "," + plain[1];
    }

    // ---- province ----------------------------------------------------------------------------

    private String swapProvince(String text, ProvinceRef from, ProvinceRef to) {
        List<String> spellings = new ArrayList<>(List.of(from.name()));
        spellings.addAll(from.aliases());
        spellings.addAll(from.places());
        Pattern names = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:(tỉnh|thành phố)\\s+)?(" + alternatives(spellings) + ")(?![\\p{L}\\p{N}])");
        String swapped = replace(names, text, m -> {
            String prefix = m.group(1) == null ? "" : inCaseOf(m.group(1), isCity(to) ? "thành phố" : "tỉnh") + " ";
            return prefix + inCaseOf(m.group(2), to.name());
        });
        return swapped.replace(domain(from), domain(to));
    }

    private static boolean isCity(ProvinceRef p) {
        return p.aliases().stream().anyMatch(a -> a.startsWith("Thành phố "));
    }

    /** The province in web addresses: tuyenquang.gov.vn. */
    private static String domain(ProvinceRef p) {
        return p.slug().replace("-2025", "").replace("-", "");
    }

    // ---- agency ------------------------------------------------------------------------------

    private void swapAgency(List<String> lines, Variant v) {
        String district = v.author().district();
        if (v.author().department() == null && district == null) {
            return;
        }
        Seed seed = v.seed();
        String name = district != null ? "UBND huyện " + district : department(v.author().department()).name();
        String code = district != null ? "UBND" : department(v.author().department()).shortCodes().getFirst();
        String signer = district != null ? "CHỦ TỊCH" : signerOf(v.author().department());
        int title = titleLine(lines);
        if (seed.department != null) {
            DepartmentRef from = department(seed.department);
            List<String> spellings = new ArrayList<>(List.of(from.name()));
            spellings.addAll(from.aliases());
            Pattern names = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(" + alternatives(spellings) + ")(?![\\p{L}\\p{N}])");
            Pattern codes = Pattern.compile("(?<=[/-])(" + alternatives(from.shortCodes()) + ")(?![\\p{L}\\p{N}&])");
            for (int i = 0; i < lines.size(); i++) {
                // A district's header names the People's Committee once, on its own line (addDistrictHeader).
                boolean dropFromHeader = district != null && i < title;
                String line = replace(names, lines.get(i), m -> dropFromHeader && isUpperCase(m.group())
                        ? "" : inCaseOf(m.group(), name));
                lines.set(i, replace(codes, line, m -> code));
            }
        }
        String seedSigner = signerOf(seed.department);
        int appendix = AppendixLocator.start(lines).orElse(lines.size());
        for (int i = 0; i < appendix; i++) {
            if (VietnameseText.stripMarkup(lines.get(i)).length() <= 60) {
                lines.set(i, replace(SIGNER, lines.get(i), m -> m.group().equals(seedSigner) ? signer : m.group()));
            }
        }
    }

    private static String signerOf(String department) {
        return department == null ? "CHỦ TỊCH" : department.equals("van-phong-ubnd-tinh") ? "CHÁNH VĂN PHÒNG" : "GIÁM ĐỐC";
    }

    /**
     * "UBND HUYỆN NAME" in place of the "UBND TỈNH …" header line or prepended, "Số: 12/BC-UBND"
     * as the only document number, and a sentence naming the district and its province.
     */
    private void addDistrictHeader(List<String> lines, String district, ProvinceRef province) {
        String header = "UBND HUYỆN " + district.toUpperCase(VI);
        int title = titleLine(lines);
        int titleText = titleTextLine(lines);
        lines.add(titleText + 1, "");
        lines.add(titleText + 2, "Ủy ban nhân dân huyện " + district + ", " + (isCity(province) ? "thành phố " : "tỉnh ")
                + province.name() + " báo cáo kết quả thực hiện công tác cải cách hành chính như sau:");
        Pattern provinceHeader = Pattern.compile(PROVINCE_HEADER.pattern() + Pattern.quote(province.name().toUpperCase(VI)));
        int headerLine = -1;
        for (int i = 0; i < title && headerLine < 0; i++) {
            Matcher m = provinceHeader.matcher(lines.get(i));
            if (m.find()) {
                lines.set(i, m.replaceFirst(Matcher.quoteReplacement(header)));
                headerLine = i;
            }
        }
        if (headerLine < 0) {
            lines.addFirst(header);
            headerLine = 0;
            title++;
        }
        boolean numbered = false;
        for (int i = 0; i < title; i++) {
            Matcher m = DOC_NUMBER.matcher(lines.get(i));
            if (m.find()) {
                lines.set(i, m.replaceFirst(Matcher.quoteReplacement("Số: " + DISTRICT_DOC_NUMBER)));
                numbered = true;
                break;
            }
        }
        if (!numbered) {
            lines.add(headerLine + 1, "Số: " + DISTRICT_DOC_NUMBER);
        }
        for (int i : appendixHead(lines)) {
            lines.set(i, replace(CAPTION_DISTRICT_NUMBER, lines.get(i), m -> m.group(1) + DISTRICT_DOC_NUMBER));
        }
    }

    // ---- period ------------------------------------------------------------------------------

    private void swapPeriod(List<String> lines, String period) {
        int title = titleTextLine(lines);
        Matcher phrase = TITLE_PERIOD.matcher(lines.get(title));
        if (!phrase.find()) {
            throw new IllegalStateException("no period phrase in the title: " + lines.get(title));
        }
        lines.set(title, phrase.replaceFirst(Matcher.quoteReplacement(Period.phrase(period, phrase.group().startsWith("Q")))));
        String month = String.valueOf(Period.end(period).getMonthValue());
        String year = String.valueOf(Period.end(period).getYear());
        Function<MatchResult, String> redate = m -> m.group(1) + (m.group(2).isEmpty() ? "" : month) + m.group(3) + year;
        for (int i = 0; i < title; i++) {
            if (DATE_IN_WORDS.matcher(lines.get(i)).find()) {
                lines.set(i, replace(DATE_IN_WORDS, lines.get(i), redate));
                break;
            }
        }
        for (int i : appendixHead(lines)) {
            lines.set(i, replace(DATE_WITH_SLASHES, replace(DATE_IN_WORDS, lines.get(i), redate), redate));
        }
    }

    /** The reporting period's code, phrase and dates. */
    static final class Period {

        private Period() {
        }

        static LocalDate end(String code) {
            int month = switch (code.substring(5)) {
                case "Q1" -> 3;
                case "Q2", "H1" -> 6;
                case "Q3", "9M" -> 9;
                default -> 12;
            };
            return YearMonth.of(Integer.parseInt(code.substring(0, 4)), month).atEndOfMonth();
        }

        /** How a title names it: "quý II năm 2022", "6 tháng đầu năm 2024", "9 tháng năm 2022", "năm 2022". */
        static String phrase(String code, boolean capitalised) {
            String year = code.substring(0, 4);
            return switch (code.substring(5)) {
                case "H1" -> "6 tháng đầu năm " + year;
                case "9M" -> "9 tháng năm " + year;
                case "Y" -> "năm " + year;
                default -> (capitalised ? "Quý " : "quý ") + List.of("I", "II", "III", "IV").get(code.charAt(6) - '1')
                        + " năm " + year;
            };
        }
    }

    // ---- text helpers ------------------------------------------------------------------------

    /** The "BÁO CÁO" heading's line, as the detector finds it. */
    private static int titleLine(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), 40); i++) {
            String key = VietnameseText.matchKey(VietnameseText.stripMarkup(lines.get(i)));
            if (key.equals("bao cao") || key.startsWith("bao cao ")) {
                return i;
            }
        }
        throw new IllegalStateException("no BÁO CÁO heading");
    }

    /** The appendix's marker, title and caption: its lines before the first table row (as the detector reads them). */
    private static List<Integer> appendixHead(List<String> lines) {
        List<Integer> head = new ArrayList<>();
        int start = AppendixLocator.start(lines).orElse(lines.size());
        for (int i = start; i < Math.min(lines.size(), start + 10) && !lines.get(i).contains("\t"); i++) {
            head.add(i);
        }
        return head;
    }

    /** The title proper: the first line with text after the "BÁO CÁO" heading. */
    private static int titleTextLine(List<String> lines) {
        int title = titleLine(lines) + 1;
        while (lines.get(title).isBlank()) {
            title++;
        }
        return title;
    }

    private ProvinceRef province(String slug) {
        return reference.province(slug).orElseThrow(() -> new IllegalArgumentException("unknown province " + slug));
    }

    private DepartmentRef department(String slug) {
        return reference.department(slug).orElseThrow(() -> new IllegalArgumentException("unknown department " + slug));
    }

    /** Longest first, so that "Văn phòng UBND tỉnh" wins over "Văn phòng UBND". */
    private static String alternatives(List<String> spellings) {
        return spellings.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private static String replace(Pattern p, String text, Function<MatchResult, String> replacement) {
        return p.matcher(text).replaceAll(m -> Matcher.quoteReplacement(replacement.apply(m)));
    }

    private static boolean isUpperCase(String s) {
        return s.equals(s.toUpperCase(VI)) && !s.equals(s.toLowerCase(VI));
    }

    /** {@code replacement} in the case the seed wrote {@code written} in: UPPER, Capitalised or as is. */
    private static String inCaseOf(String written, String replacement) {
        if (isUpperCase(written)) {
            return replacement.toUpperCase(VI);
        }
        if (Character.isUpperCase(written.charAt(0)) && Character.isLowerCase(replacement.charAt(0))) {
            return Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
        }
        return replacement;
    }
}
