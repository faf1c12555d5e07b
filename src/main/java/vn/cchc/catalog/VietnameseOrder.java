package vn.cchc.catalog;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;
import java.util.function.Function;

/**
 * The one order of names shown to users: the Vietnamese alphabet (a ă â b c d đ e ê … with the tones
 * after the letters), by ICU's collator for "vi" (CLDR's tailoring): "Cà Mau, Cao Bằng, Cần Thơ … Hà
 * Nội, Hà Tĩnh, Hải Phòng, Huế, Hưng Yên". Never byte order ("Cao Bằng" before "Cà Mau", "Huế"
 * before "Hà Nội"), and not the JDK's Collator for "vi", which puts "Hải Phòng" before "Hà Nội".
 * SQL orders with DuckDB's ICU collation of the same name (see vn.cchc.analytics.NameOrder); a test
 * holds the two to the same order.
 */
public final class VietnameseOrder {

    /** The collation's name in ICU and in DuckDB's {@code COLLATE}. */
    public static final String LOCALE = "vi";

    /** Frozen, so one instance serves every thread. */
    private static final Collator COLLATOR = Collator.getInstance(ULocale.forLanguageTag(LOCALE)).freeze();

    /**
     * Names in Vietnamese order; names the collator holds equal (canonically equivalent spellings)
     * then by code point, so that the order is total and repeatable; null last.
     */
    public static final Comparator<String> NAMES = Comparator.nullsLast(
            ((Comparator<String>) COLLATOR::compare).thenComparing(Comparator.naturalOrder()));

    private VietnameseOrder() {
    }

    /** Items by a name of theirs, in Vietnamese order. */
    public static <T> Comparator<T> by(Function<? super T, String> name) {
        return Comparator.comparing(name, NAMES);
    }

    public static int compare(String a, String b) {
        return NAMES.compare(a, b);
    }
}
