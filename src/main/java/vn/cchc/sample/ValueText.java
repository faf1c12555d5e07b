package vn.cchc.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.random.RandomGenerator;

/**
 * Numbers written the way Vietnamese reports write them (DOMAIN.md §4): thousands dots
 * ("45.700"), decimal commas ("94,92", "6.786,875"), and the habits of some writers — leading
 * zeros ("02"), a percent sign ("83%"), now and then a decimal point in a percentage ("92.86"),
 * no thousands separator at all ("1821"). Each habit belongs to a report, not to a value, so one
 * report writes consistently, as people do.
 */
final class ValueText {

    /** A writer's habits. */
    record Style(boolean thousandsDots, boolean leadingZeros, boolean percentSign, boolean dashForNothing) {

        static Style draw(RandomGenerator r) {
            return new Style(r.nextDouble() < 0.8, r.nextDouble() < 0.35, r.nextDouble() < 0.3, r.nextDouble() < 0.4);
        }
    }

    private final Style style;
    private final RandomGenerator random;

    ValueText(Style style, RandomGenerator random) {
        this.style = style;
        this.random = random;
    }

    /** "Not reported": an empty cell, or a dash where the writer fills every cell. */
    String nothing() {
        return style.dashForNothing ? "-" : "";
    }

    String count(BigDecimal v) {
        String digits = v.setScale(0, RoundingMode.UNNECESSARY).toPlainString();
        if (style.leadingZeros && v.compareTo(BigDecimal.TEN) < 0 && v.signum() > 0 && random.nextDouble() < 0.4) {
            return "0" + digits;
        }
        return style.thousandsDots ? grouped(digits) : digits;
    }

    /** Money in million đồng: grouped whole part, decimal comma ("6.786,875"). */
    String money(BigDecimal v) {
        String plain = v.stripTrailingZeros().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : "," + plain.substring(point + 1);
        return (style.thousandsDots ? grouped(whole) : whole) + fraction;
    }

    /** "94,92", "100", "97,5%"; a decimal point now and then, which the unit column makes unambiguous. */
    String percent(BigDecimal v) {
        String plain = v.stripTrailingZeros().toPlainString();
        boolean point = plain.contains(".") && random.nextDouble() < 0.05;
        String text = point ? plain : plain.replace('.', ',');
        return style.percentSign ? text + "%" : text;
    }

    String code(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /** Thousands separated by dots, as Vietnamese reports write them: 45700 → "45.700". */
    static String grouped(String digits) {
        StringBuilder out = new StringBuilder();
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append('.').append(digits, i, i + 3);
        }
        return out.toString();
    }
}
