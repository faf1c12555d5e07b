package vn.cchc.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The words around the appendix, the same in every text shape: the header of a Vietnamese
 * administrative document (issuing body, national motto, number, place and date), "BÁO CÁO" and
 * the title naming the period, a short body that says the report is synthetic sample data, the
 * recipients, the signer, and the appendix's own title and caption. Each is what the seeds carry
 * and what the loader reads metadata from (DOMAIN.md §5).
 */
final class ReportProse {

    private static final Locale VI = Locale.of("vi");

    private final ReportContent c;
    private final RandomGenerator random;

    ReportProse(ReportContent content, RandomGenerator random) {
        this.c = content;
        this.random = random;
    }

    private Agency agency() {
        return c.agency();
    }

    /** "TỈNH QUẢNG BÌNH", "THÀNH PHỐ HÀ NỘI". */
    private String provinceUpper() {
        return upper(agency().provincePhrase());
    }

    /**
     * The issuing body, as its letterhead prints it: "UBND TỈNH X" over the department's name;
     * a People's Committee on one line or as "ỦY BAN NHÂN DÂN" over "HUYỆN …".
     *
     * @param twoLineCommittee print a committee as "ỦY BAN NHÂN DÂN" over its level and name
     */
    /** The letterhead as a writer sets it: a district's committee on two lines seven times in ten. */
    List<String> issuer(RandomGenerator r) {
        return issuer(agency().kind() == Agency.Kind.DISTRICT && r.nextDouble() < 0.7);
    }

    List<String> issuer(boolean twoLineCommittee) {
        return switch (agency().kind()) {
            case PROVINCE -> twoLineCommittee ? List.of("ỦY BAN NHÂN DÂN", provinceUpper()) : List.of("UBND " + provinceUpper());
            case DISTRICT -> twoLineCommittee ? List.of("ỦY BAN NHÂN DÂN", upper("huyện " + agency().districtName()))
                    : List.of(upper("UBND huyện " + agency().districtName()));
            case DEPARTMENT -> List.of("UBND " + provinceUpper(), departmentLetterhead());
        };
    }

    /** Văn phòng UBND prints just "VĂN PHÒNG" under the committee; others their name. */
    private String departmentLetterhead() {
        String slug = agency().department().slug();
        if (slug.equals("van-phong-ubnd-tinh")) {
            return "VĂN PHÒNG";
        }
        if (slug.equals("thanh-tra-tinh")) {
            return agency().inCity() ? "THANH TRA THÀNH PHỐ" : "THANH TRA TỈNH";
        }
        return upper(agency().department().name());
    }

    static List<String> motto() {
        return List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
    }

    String number() {
        return "Số: " + c.docNumber();
    }

    String dateLine() {
        return c.place() + ", ngày " + c.date().getDayOfMonth() + " tháng " + c.date().getMonthValue() + " năm "
                + c.date().getYear();
    }

    /** The title names the reported period first; some add the next period's tasks after it. */
    String title() {
        ReportingPeriod p = c.period();
        boolean withNext = random.nextDouble() < 0.4;
        String opening = random.nextDouble() < 0.5 ? "Công tác cải cách hành chính " : "Kết quả thực hiện công tác cải cách hành chính ";
        return switch (p.kind()) {
            case Q1, Q2, Q3 -> withNext
                    ? opening + "quý " + ReportingPeriod.roman(p.lastQuarter()) + ", phương hướng, nhiệm vụ " + p.nextPhrase()
                    : opening + p.phrase();
            case Q4, Y -> opening + p.phrase() + (withNext ? " và phương hướng, nhiệm vụ năm " + (p.year() + 1) : "");
            case H1 -> opening + p.phrase() + (withNext ? ", phương hướng, nhiệm vụ 6 tháng cuối năm" : "");
        };
    }

    /** How the body names the agency: "Sở Xây dựng", "UBND tỉnh", "UBND huyện Yên Sơn". */
    private String self() {
        return switch (agency().kind()) {
            case PROVINCE -> "UBND tỉnh";
            case DISTRICT -> "UBND huyện " + agency().districtName();
            case DEPARTMENT -> agency().department().name();
        };
    }

    /** "Sở Xây dựng tỉnh Quảng Bình", "UBND tỉnh Quảng Bình", "UBND huyện Yên Sơn, tỉnh Tuyên Quang". */
    private String selfInProvince() {
        return switch (agency().kind()) {
            case PROVINCE -> "UBND " + agency().provincePhrase();
            case DISTRICT -> self() + ", " + agency().provincePhrase();
            case DEPARTMENT -> departmentInProvince();
        };
    }

    /** "Sở Xây dựng tỉnh Quảng Bình"; "Văn phòng UBND tỉnh" and "Thanh tra tỉnh" take the province in place of "tỉnh". */
    private String departmentInProvince() {
        String name = agency().department().name();
        String bare = name.endsWith(" tỉnh") ? name.substring(0, name.length() - " tỉnh".length()) : name;
        return bare + " " + agency().provincePhrase();
    }

    /** The body: headings and paragraphs, the first paragraph saying the data are synthetic. */
    List<Paragraph> body() {
        ReportingPeriod p = c.period();
        List<Paragraph> body = new ArrayList<>();
        body.add(Paragraph.text("Dữ liệu mẫu tổng hợp (synthetic sample data): báo cáo này do bộ sinh dữ liệu mẫu "
                + "của CCHC Analytics tạo ra để thử nghiệm và minh họa, không phải báo cáo thật của " + selfInProvince()
                + "; các số liệu là giả lập"
                + (agency().kind() == Agency.Kind.DISTRICT ? ", tên huyện là tên giả định." : ".")));
        body.add(Paragraph.heading("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH"));
        body.add(Paragraph.text("Trong " + p.phrase() + ", " + self() + " tiếp tục triển khai Kế hoạch cải cách hành "
                + "chính năm " + p.year() + ", quán triệt đến toàn thể cán bộ, công chức, viên chức các nhiệm vụ trọng tâm "
                + "và phân công rõ trách nhiệm thực hiện."));
        body.add(Paragraph.heading("II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH"));
        body.add(Paragraph.text("1. Cải cách thủ tục hành chính: " + dossierSentence()));
        body.add(Paragraph.text("2. Xây dựng và phát triển chính quyền điện tử, chính quyền số: " + onlineSentence()));
        body.add(Paragraph.text("3. Cải cách tổ chức bộ máy và chế độ công vụ: thực hiện nghiêm việc sử dụng biên chế "
                + "được giao, tuyển dụng và đánh giá công chức, viên chức theo quy định."));
        body.add(Paragraph.heading("III. ĐÁNH GIÁ CHUNG"));
        body.add(Paragraph.text("Công tác cải cách hành chính được triển khai đồng bộ, đúng kế hoạch; một số nhiệm vụ "
                + "về chuyển đổi số còn chậm so với yêu cầu."));
        body.add(Paragraph.heading(upper("IV. Phương hướng, nhiệm vụ " + p.nextPhrase())));
        body.add(Paragraph.text("Tiếp tục rà soát, đơn giản hóa thủ tục hành chính, nâng cao tỷ lệ hồ sơ giải quyết "
                + "đúng hạn và tỷ lệ hồ sơ tiếp nhận trực tuyến."));
        body.add(Paragraph.text(self() + " trân trọng báo cáo./."));
        return body;
    }

    private String dossierSentence() {
        ReportContent.Facts f = c.facts();
        if (f.resolved() == null || f.ontimeRate() == null) {
            return "tiếp tục rà soát, công khai thủ tục hành chính và giải quyết hồ sơ đúng hạn.";
        }
        return "trong kỳ đã giải quyết " + grouped(f.resolved()) + " hồ sơ, tỷ lệ giải quyết đúng hạn đạt "
                + f.ontimeRate() + "%.";
    }

    private String onlineSentence() {
        ReportContent.Facts f = c.facts();
        if (f.received() == null || f.onlineRate() == null) {
            return "tiếp tục cung cấp dịch vụ công trực tuyến và sử dụng văn bản điện tử.";
        }
        return "tiếp nhận " + grouped(f.received()) + " hồ sơ, trong đó " + f.onlineRate() + "% hồ sơ được tiếp nhận trực tuyến.";
    }

    /** The recipients: superiors and the Home Affairs department that collects the reports — never the author. */
    List<String> recipients() {
        List<String> list = new ArrayList<>();
        switch (agency().kind()) {
            case PROVINCE -> {
                list.add("- Bộ Nội vụ (b/c);");
                list.add("- Thường trực Tỉnh ủy (b/c);");
            }
            case DEPARTMENT, DISTRICT -> {
                list.add("- UBND tỉnh (b/c);");
                list.add("- Sở Nội vụ (tổng hợp);");
            }
        }
        list.add("- Lưu: VT.");
        return list;
    }

    List<String> signer() {
        return c.signer();
    }

    String signerName() {
        return c.signerName();
    }

    /** The appendix's title lines: "Phụ lục", the statistics title, whose statistics they are. */
    List<String> appendixTitle() {
        String owner = switch (agency().kind()) {
            case PROVINCE -> provinceUpper();
            case DISTRICT -> "CỦA " + upper("UBND huyện " + agency().districtName()) + ", " + provinceUpper();
            case DEPARTMENT -> "CỦA " + upper(departmentInProvince());
        };
        return List.of("Phụ lục", "THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH", owner);
    }

    String appendixCaption() {
        return "(Kèm theo Báo cáo số " + c.docNumber() + " ngày " + c.date().getDayOfMonth() + "/"
                + c.date().getMonthValue() + "/" + c.date().getYear() + " của " + self() + ")";
    }

    static String upper(String s) {
        return s.toUpperCase(VI);
    }

    static String grouped(long n) {
        return ValueText.grouped(Long.toString(n));
    }

    /** A heading ("I. CÔNG TÁC …") or a paragraph of the body. */
    record Paragraph(boolean heading, String text) {
        static Paragraph heading(String text) {
            return new Paragraph(true, text);
        }

        static Paragraph text(String text) {
            return new Paragraph(false, text);
        }
    }
}
