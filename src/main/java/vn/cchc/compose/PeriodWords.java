package vn.cchc.compose;

/** A period code as a report's title words it: "2024-Q2" → "quý II năm 2024". */
public final class PeriodWords {

    private PeriodWords() {
    }

    public static String vi(String code) {
        String year = code.substring(0, 4);
        return switch (code.substring(5)) {
            case "Q1" -> "quý I năm " + year;
            case "Q2" -> "quý II năm " + year;
            case "Q3" -> "quý III năm " + year;
            case "Q4" -> "quý IV năm " + year;
            case "H1" -> "6 tháng đầu năm " + year;
            case "9M" -> "9 tháng năm " + year;
            default -> "năm " + year;
        };
    }

    public static String en(String code) {
        String year = code.substring(0, 4);
        return switch (code.substring(5)) {
            case "Q1", "Q2", "Q3", "Q4" -> code.substring(5) + " " + year;
            case "H1" -> "first half of " + year;
            case "9M" -> "nine months of " + year;
            default -> "year " + year;
        };
    }
}
