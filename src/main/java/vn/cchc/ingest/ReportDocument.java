package vn.cchc.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of one report with the regions where metadata cues live: the header down to the
 * 'BÁO CÁO' heading, the title under it, the place-and-date line, the signer, the recipients list
 * (never the author), and the head of the appendix.
 */
final class ReportDocument {

    private static final int HEADER_LINES = 15;
    private static final Pattern DOC_NUMBER = Pattern.compile("(?iu)\\bSố\\s*:?\\s*(\\d*)\\s*/\\s*([\\p{L}0-9][\\p{L}0-9&.\\-]*)");
    static final Pattern DATE_LINE = Pattern.compile("(?iu),\\s*ngày\\s*(\\d{1,2})?\\s*(?:/|tháng)\\s*(\\d{1,2})?\\s*(?:/|năm)\\s*((?:19|20)\\d{2})");
    private static final Pattern MOTTO = Pattern.compile(
            "(?iu)CỘNG\\s*H[OÒ]\\s*[AÀ]\\s*XÃ\\s*HỘI\\s*CHỦ\\s*NGHĨA\\s*VIỆT\\s*NAM|Độc\\s*lập\\s*[-–]\\s*Tự\\s*do\\s*[-–]\\s*Hạnh\\s*phúc");
    private static final Pattern SIGNER = Pattern.compile("(GIÁM ĐỐC|CHỦ TỊCH|CHÁNH VĂN PHÒNG|CHÁNH THANH TRA|TRƯỞNG BAN)");

    final List<String> lines;
    final int appendixStart;
    private final int titleLine;
    private final int recipientsStart;
    /** Each line's text without markup, made once: the cues ask for the same lines many times. */
    private final String[] texts;
    private Optional<NumberLine> numberLine;

    ReportDocument(List<String> lines, int appendixStart) {
        this.lines = lines;
        this.appendixStart = Math.min(appendixStart, lines.size());
        this.texts = new String[lines.size()];
        this.titleLine = findTitleLine();
        this.recipientsStart = findRecipients();
    }

    String text(int i) {
        if (texts[i] == null) {
            texts[i] = VietnameseText.stripMarkup(lines.get(i));
        }
        return texts[i];
    }

    /** The header ends at the 'BÁO CÁO' heading, or after 15 lines. */
    int headerEnd() {
        return titleLine >= 0 ? titleLine : Math.min(HEADER_LINES, appendixStart);
    }

    /**
     * A header line; a bare 'ỦY BAN NHÂN DÂN' is read together with the line under it
     * ('TỈNH THANH HÓA', 'HUYỆN YÊN SƠN'), as the two-line header prints it.
     */
    String headerText(int i) {
        String t = withoutMotto(text(i));
        String key = VietnameseText.matchKey(t);
        if ((key.equals("uy ban nhan dan") || key.equals("ubnd")) && i + 1 < lines.size()) {
            return t + " " + withoutMotto(text(i + 1));
        }
        return t;
    }

    /**
     * The national motto printed beside the letterhead ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
     * "Độc lập - Tự do - Hạnh phúc") shares its lines when the layout keeps the two columns.
     */
    private static String withoutMotto(String text) {
        return MOTTO.matcher(text).replaceAll(" ").trim();
    }

    int bodyEnd() {
        return appendixStart;
    }

    private int findTitleLine() {
        for (int i = 0; i < Math.min(lines.size(), 40); i++) {
            String key = VietnameseText.matchKey(text(i));
            if (key.equals("bao cao") || key.startsWith("bao cao ")) {
                return i;
            }
        }
        return -1;
    }

    /** The title: the line(s) right after 'BÁO CÁO'. */
    Detected title() {
        if (titleLine < 0) {
            return null;
        }
        String inline = text(titleLine).substring(Math.min(text(titleLine).length(), 7)).trim();
        if (PeriodPhrase.find(inline).isPresent()) {
            return new Detected(inline, inline, titleLine + 1);
        }
        StringBuilder title = new StringBuilder();
        int first = -1;
        for (int i = titleLine + 1; i < Math.min(lines.size(), titleLine + 8); i++) {
            String t = text(i);
            if (t.isBlank()) {
                if (title.isEmpty()) {
                    continue;
                }
                break;
            }
            if (first < 0) {
                first = i;
            }
            title.append(title.isEmpty() ? "" : " ").append(t);
            if (title.length() > 40) {
                break;
            }
        }
        return title.isEmpty() ? null : new Detected(title.toString(), title.toString(), first + 1);
    }

    /** The place-and-date line: 'Quảng Bình, ngày 19 tháng 3 năm 2021'; value 'yyyy-MM-dd', 'yyyy-MM' or 'yyyy'. */
    Detected dateLine() {
        for (int i = 0; i < Math.min(lines.size(), Math.max(headerEnd(), titleLine + 1) + 2); i++) {
            Matcher m = DATE_LINE.matcher(text(i));
            if (m.find()) {
                String year = m.group(3);
                String value = year;
                if (m.group(2) != null) {
                    value = year + "-" + String.format("%02d", Integer.parseInt(m.group(2)));
                    if (m.group(1) != null) {
                        value = MetadataDetector.date(year, m.group(2), m.group(1)).map(LocalDate::toString).orElse(value);
                    }
                }
                return new Detected(value, text(i), i + 1);
            }
        }
        return null;
    }

    String placeOf(int line) {
        String t = text(line);
        Matcher m = DATE_LINE.matcher(t);
        return m.find() ? t.substring(0, m.start()) : t;
    }

    /** The first lines of the appendix: marker, title, caption. */
    List<Integer> appendixHead() {
        List<Integer> head = new ArrayList<>();
        for (int i = appendixStart; i < Math.min(lines.size(), appendixStart + 10); i++) {
            if (lines.get(i).contains("\t")) {
                break;
            }
            head.add(i);
        }
        return head;
    }

    /** The signer's title: the last upper-case title line before the appendix, outside the body text. */
    Detected signer() {
        Detected found = null;
        for (int i = 0; i < appendixStart; i++) {
            String t = text(i);
            Matcher m = SIGNER.matcher(t);
            if (m.find() && t.length() <= 60) {
                found = new Detected(m.group(1), t, i + 1);
            }
        }
        return found;
    }

    /**
     * The header's document-number line ("Số: 599/BC-SXD"), found once: the number (empty when
     * left blank, "Số: /BC-STTTT"), the suffix naming the agency, the line's text and its 1-based number.
     */
    record NumberLine(String number, String suffix, String text, int line) {
    }

    Optional<NumberLine> numberLine() {
        if (numberLine == null) {
            numberLine = Optional.empty();
            for (int i = 0; i < headerEnd(); i++) {
                Matcher m = DOC_NUMBER.matcher(text(i));
                if (m.find()) {
                    numberLine = Optional.of(new NumberLine(m.group(1), m.group(2), text(i), i + 1));
                    break;
                }
            }
        }
        return numberLine;
    }

    int firstHeaderMatching(Pattern p) {
        for (int i = 0; i < headerEnd(); i++) {
            if (p.matcher(headerText(i)).find()) {
                return i;
            }
        }
        return 0;
    }

    private int findRecipients() {
        for (int i = 0; i < appendixStart; i++) {
            if (VietnameseText.matchKey(text(i)).startsWith("noi nhan")) {
                return i;
            }
        }
        return -1;
    }

    /** The recipients list runs from 'Nơi nhận' to the end of the body. */
    boolean inRecipients(int i) {
        return recipientsStart >= 0 && i >= recipientsStart && i < appendixStart;
    }
}
