package vn.cchc.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the reported period out of a title such as "quý I, phương hướng, nhiệm vụ quý II năm
 * 2021" (the first period named is the one reported), "6 tháng đầu năm 2024", "Quý III/2023",
 * "năm 2021". Works on folded text.
 */
final class PeriodPhrase {

    /** A period found in text; {@code start} orders several candidates. */
    record Found(int year, String kind, int start, String phrase) {
        String code() {
            return year + "-" + kind;
        }
    }

    private static final Pattern QUARTER = Pattern.compile("\\bquy\\s+(iv|iii|ii|i|1|2|3|4)\\b");
    private static final Pattern HALF = Pattern.compile("\\b(6|sau) thang dau\\b");
    private static final Pattern NINE = Pattern.compile("\\b(9|chin) thang\\b");
    private static final Pattern YEAR_AFTER = Pattern.compile("(?:nam|/|-)\\s*((?:19|20)\\d{2})\\b");
    private static final Pattern WHOLE_YEAR = Pattern.compile("\\bnam\\s+((?:19|20)\\d{2})\\b");

    private PeriodPhrase() {
    }

    static Optional<Found> find(String text) {
        String f = VietnameseText.fold(text);
        Found best = null;
        best = earlier(best, match(f, QUARTER, m -> "Q" + quarter(m.group(1))));
        best = earlier(best, match(f, HALF, m -> "H1"));
        best = earlier(best, match(f, NINE, m -> "9M"));
        if (best != null) {
            return Optional.of(best);
        }
        Matcher y = WHOLE_YEAR.matcher(f);
        if (y.find() && mentionsReport(f)) {
            return Optional.of(new Found(Integer.parseInt(y.group(1)), "Y", y.start(), y.group()));
        }
        return Optional.empty();
    }

    /** A bare "năm 2021" names the year only in a report title, not in any sentence. */
    private static boolean mentionsReport(String folded) {
        return folded.contains("cai cach hanh chinh") || folded.contains("cchc") || folded.contains("ket qua");
    }

    private static Found match(String f, Pattern p, java.util.function.Function<Matcher, String> kind) {
        Matcher m = p.matcher(f);
        if (!m.find()) {
            return null;
        }
        Matcher y = YEAR_AFTER.matcher(f);
        if (!y.find(m.end())) {
            return null;
        }
        return new Found(Integer.parseInt(y.group(1)), kind.apply(m), m.start(), f.substring(m.start(), y.end()));
    }

    private static Found earlier(Found a, Found b) {
        if (a == null) {
            return b;
        }
        return b == null || a.start() <= b.start() ? a : b;
    }

    private static int quarter(String roman) {
        return switch (roman) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }
}
