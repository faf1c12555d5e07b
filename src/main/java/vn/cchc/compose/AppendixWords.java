package vn.cchc.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.cchc.sample.TemplateRow;

/**
 * The words around the composed appendix, the same in .docx and .xlsx: a People's Committee's
 * letterhead (what the loader reads the province and the agency kind from), the draft mark, the
 * title naming the period, the appendix's title, and the "Nguồn số liệu" section.
 */
final class AppendixWords {

    private static final Locale VI = Locale.of("vi");

    private final ProvinceAppendix a;

    AppendixWords(ProvinceAppendix appendix) {
        this.a = appendix;
    }

    String issuer() {
        return "UBND " + a.provincePhrase().toUpperCase(VI);
    }

    static List<String> motto() {
        return List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
    }

    /** No number and no date until the report is signed and issued. */
    String number() {
        return "Số:       /BC-UBND";
    }

    String draft() {
        return ProvinceAppendix.DRAFT.toUpperCase(VI);
    }

    String title() {
        return "Kết quả thực hiện công tác cải cách hành chính " + a.periodPhrase();
    }

    String body() {
        return "Số liệu tại Phụ lục kèm theo được tổng hợp tự động từ báo cáo của " + a.sources().contributors().size()
                + " cơ quan, đơn vị thuộc " + a.provincePhrase() + " " + a.periodPhrase()
                + " (xem mục Nguồn số liệu); đây là dự thảo, chờ người có thẩm quyền kiểm tra và ký ban hành.";
    }

    List<String> signer() {
        return List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
    }

    List<String> appendixTitle() {
        return List.of("Phụ lục", "THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH",
                a.provincePhrase().toUpperCase(VI));
    }

    String appendixCaption() {
        return "(Kèm theo Báo cáo kết quả thực hiện công tác cải cách hành chính " + a.periodPhrase() + " của UBND "
                + a.provincePhrase() + ")";
    }

    static String sourcesHeading() {
        return "Nguồn số liệu";
    }

    /** The three lists of the last section, each with its heading; "Không có." for an empty one. */
    List<String> sourceLines() {
        List<String> lines = new ArrayList<>();
        lines.add("1. Cơ quan, đơn vị có báo cáo được tổng hợp (" + a.sources().contributors().size() + "):");
        list(lines, a.sources().contributors());
        lines.add("2. Cơ quan, đơn vị chưa gửi báo cáo kỳ này (" + a.sources().missing().size() + "):");
        list(lines, a.sources().missing());
        lines.add("3. Cảnh báo chất lượng dữ liệu liên quan đến số liệu đã dùng (" + a.sources().findings().size() + "):");
        list(lines, a.sources().findings());
        return lines;
    }

    private static void list(List<String> lines, List<String> items) {
        if (items.isEmpty()) {
            lines.add("Không có.");
        }
        items.forEach(i -> lines.add("- " + i));
    }

    /** The code cell: "3." at the top level, "3.1" below, "Trong đó" opening a block of sub-rows. */
    static String code(TemplateRow row) {
        if (row.subRow()) {
            return row.opensSubRows() ? "Trong đó" : "";
        }
        return row.depth() == 1 ? row.code() + "." : row.code();
    }

    static String value(ComposedRow row) {
        return row.value() == null ? "" : VietnameseNumbers.format(row.value());
    }
}
