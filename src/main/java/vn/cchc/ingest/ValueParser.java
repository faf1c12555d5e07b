package vn.cchc.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a value of the Số liệu column: "2.097", "99,62% (523/525)", "77 (cấp tỉnh 54, huyện 23)",
 * "4 HĐ68", "-", "Đã kết nối" (DOMAIN §4). Stateless and thread-safe; never throws — what it cannot
 * read becomes TEXT, so that nothing a report wrote is lost or turned into an invented number.
 */
public final class ValueParser {

    /** Digits, possibly grouped or split by dots and commas; which is which is decided later. */
    private static final String DIGITS = "\\d+(?:[.,]\\d+)*";
    /** Dashes (hyphen, en/em dash, minus) alone: the template's way of writing "nothing to report". */
    private static final Pattern NOT_REPORTED = Pattern.compile("[\\-\\u2010-\\u2015\\u2212\\s]*");
    private static final Pattern LEADING_NUMBER = Pattern.compile("(-?" + DIGITS + ")(\\s*%)?(.*)");
    private static final Pattern FRACTION = Pattern.compile("\\(?\\s*(" + DIGITS + ")\\s*/\\s*(" + DIGITS + ")\\s*\\)?");
    private static final Pattern IN_PARENTHESES = Pattern.compile("\\((.*)\\)");
    /** Breakdown items are split at a comma or semicolon followed by a label, never inside "54,5". */
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s*[,;]\\s*(?=\\p{L})");
    private static final Pattern ITEM = Pattern.compile("(\\p{L}[\\p{L}\\s]*?)\\s*:?\\s*(" + DIGITS + ")");
    /** A full stop or the like after the number ends the sentence; it says nothing about the value. */
    private static final Pattern CLOSING_PUNCTUATION = Pattern.compile("[.,;]");
    private static final char NO_DECIMAL_MARK = '\0';

    public ParsedValue parse(String raw, NumberHint hint) {
        String value = VietnameseText.stripMarkup(raw);
        if (NOT_REPORTED.matcher(value).matches()) {
            return ParsedValue.empty(raw);
        }
        Matcher m = LEADING_NUMBER.matcher(value);
        if (!m.matches()) {
            return ParsedValue.text(raw, value);
        }
        Written number = Written.read(m.group(1), hint);
        boolean percentSign = m.group(2) != null;
        String rest = m.group(3);
        if (number == null || !setApart(rest, percentSign)) {
            return ParsedValue.text(raw, value);
        }
        return withRest(raw, number, percentSign, rest.trim());
    }

    /** "15/9/2023" or "12abc" do not start with a number of their own; "4 HĐ68" and "83%." do. */
    private static boolean setApart(String rest, boolean percentSign) {
        return rest.isEmpty() || percentSign || Character.isWhitespace(rest.charAt(0)) || rest.startsWith("(")
                || CLOSING_PUNCTUATION.matcher(rest).matches();
    }

    private static ParsedValue withRest(String raw, Written number, boolean percentSign, String rest) {
        Matcher fraction = FRACTION.matcher(rest);
        if (fraction.matches() && isCount(fraction.group(1)) && isCount(fraction.group(2))) {
            return number(raw, number, percentSign, count(fraction.group(1)), count(fraction.group(2)), List.of(),
                    null);
        }
        List<ValuePart> parts = breakdown(rest);
        if (parts != null) {
            return number(raw, number, percentSign, null, null, parts, null);
        }
        boolean nothingElse = rest.isEmpty() || CLOSING_PUNCTUATION.matcher(rest).matches();
        return number(raw, number, percentSign, null, null, List.of(), nothingElse ? null : rest);
    }

    private static ParsedValue number(String raw, Written number, boolean percentSign, Double numerator,
                                      Double denominator, List<ValuePart> parts, String qualifier) {
        return new ParsedValue(raw, ParsedValue.Status.NUMBER, number.value(), null, numerator, denominator, parts,
                qualifier, number.decimals(), percentSign);
    }

    private static boolean isCount(String digits) {
        return Written.read(digits, NumberHint.COUNT) != null;
    }

    private static double count(String digits) {
        return Written.read(digits, NumberHint.COUNT).value();
    }

    /** The items of "(cấp tỉnh 54, huyện 23)"; null unless it is that: labels with numbers in parentheses. */
    private static List<ValuePart> breakdown(String rest) {
        Matcher parenthesised = IN_PARENTHESES.matcher(rest);
        if (!parenthesised.matches()) {
            return null;
        }
        List<ValuePart> parts = new ArrayList<>();
        for (String item : ITEM_SEPARATOR.split(parenthesised.group(1).trim())) {
            Matcher m = ITEM.matcher(item.trim());
            if (!m.matches() || !isCount(m.group(2))) {
                return null;
            }
            parts.add(new ValuePart(level(m.group(1).trim()), count(m.group(2)), item.trim()));
        }
        return parts;
    }

    private static String level(String label) {
        String key = VietnameseText.matchKey(label).replaceFirst("^cap ", "");
        return switch (key) {
            case "tinh" -> "province";
            case "huyen" -> "district";
            case "xa" -> "commune";
            default -> label;
        };
    }

    /** A number as written, with the separators resolved, and how many decimals it was given. */
    private record Written(double value, int decimals) {

        /** null when the separators make no number ("1.2.3", "1.2,3"). */
        static Written read(String token, NumberHint hint) {
            boolean negative = token.startsWith("-");
            String s = negative ? token.substring(1) : token;
            char mark = decimalMark(s, hint);
            int at = mark == NO_DECIMAL_MARK ? s.length() : s.lastIndexOf(mark);
            String whole = s.substring(0, at);
            String fraction = at < s.length() ? s.substring(at + 1) : "";
            if (whole.indexOf(mark) >= 0 || !groupedInThousands(whole)) {
                return null;
            }
            BigDecimal v = new BigDecimal(whole.replaceAll("[.,]", "") + (fraction.isEmpty() ? "" : "." + fraction));
            return new Written(negative ? v.negate().doubleValue() : v.doubleValue(), fraction.length());
        }

        /**
         * Both separators: the last is the decimal one ("6.786,875"). Several of one kind: thousands
         * ("10.323.108"). A single one: Vietnamese writes a decimal comma and a thousands dot, but a
         * percentage may come with a decimal point ("92.86") and a count with an English thousands
         * comma ("1,510") — so three digits after it mean thousands unless the hint says otherwise.
         */
        private static char decimalMark(String s, NumberHint hint) {
            int dots = occurrences(s, '.');
            int commas = occurrences(s, ',');
            if (dots > 0 && commas > 0) {
                return s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
            }
            if (dots + commas != 1) {
                return NO_DECIMAL_MARK;
            }
            char mark = dots == 1 ? '.' : ',';
            int at = s.indexOf(mark);
            boolean looksLikeThousands = s.length() - at - 1 == 3 && at <= 3;
            boolean hintAllowsThousands = mark == '.' ? hint != NumberHint.PERCENT : hint == NumberHint.COUNT;
            return looksLikeThousands && hintAllowsThousands ? NO_DECIMAL_MARK : mark;
        }

        /** "10.323.108": a first group of one to three digits, then groups of exactly three. */
        private static boolean groupedInThousands(String whole) {
            if (whole.indexOf('.') >= 0 && whole.indexOf(',') >= 0) {
                return false;
            }
            String[] groups = whole.split("[.,]", -1);
            if (groups.length == 1) {
                return true;
            }
            if (groups[0].length() > 3) {
                return false;
            }
            for (int i = 1; i < groups.length; i++) {
                if (groups[i].length() != 3) {
                    return false;
                }
            }
            return true;
        }

        private static int occurrences(String s, char c) {
            return (int) s.chars().filter(ch -> ch == c).count();
        }
    }
}
