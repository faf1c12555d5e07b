package vn.cchc.catalog;

import java.text.Normalizer;
import java.util.Locale;

/** How slugs are written, as the reference data's: lower case, no accents, đ → d, anything else → '-'. */
public final class Slugs {

    private Slugs() {
    }

    /** "Quảng Trị" → "quang-tri", "huyện Đồng Hới" → "huyen-dong-hoi". */
    public static String of(String text) {
        String plain = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT).replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
