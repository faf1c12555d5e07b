package vn.cchc.sample;

import java.math.BigDecimal;

/**
 * A value a generated report holds, as the loader must read it back: the indicator and its number,
 * or null where the report gives none (blank or "-").
 */
public record ManifestValue(String indicator, BigDecimal value) {

    /** The number as the manifest writes it: plain decimal digits with a point, or NULL. */
    public String text() {
        return value == null ? "NULL" : value.stripTrailingZeros().toPlainString();
    }
}
