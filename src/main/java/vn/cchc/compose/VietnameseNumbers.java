package vn.cchc.compose;

import java.math.BigDecimal;

/** Numbers as Vietnamese reports write them: "45.700", "94,92", "6.786,875". */
public final class VietnameseNumbers {

    private VietnameseNumbers() {
    }

    public static String format(BigDecimal v) {
        String plain = v.stripTrailingZeros().toPlainString();
        boolean negative = plain.startsWith("-");
        if (negative) {
            plain = plain.substring(1);
        }
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : "," + plain.substring(point + 1);
        StringBuilder out = new StringBuilder();
        int lead = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        out.append(whole, 0, lead);
        for (int i = lead; i < whole.length(); i += 3) {
            out.append('.').append(whole, i, i + 3);
        }
        return (negative ? "-" : "") + out + fraction;
    }

    public static String format(double v, int decimals) {
        return format(BigDecimal.valueOf(v).setScale(decimals, java.math.RoundingMode.HALF_UP));
    }
}
