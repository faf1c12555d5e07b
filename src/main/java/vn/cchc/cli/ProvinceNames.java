package vn.cchc.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.cchc.catalog.ProvinceRef;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.catalog.Slugs;
import vn.cchc.catalog.VietnameseOrder;

/**
 * The 34 provinces of 2025 by the names users type, from the bundled reference data: an account's
 * scope is kept as their slugs, and no warehouse is needed to give one. A name is matched as
 * {@code export --province} matches it: slug or name or a known spelling, accents and case optional.
 */
final class ProvinceNames {

    private static final String GENERATION_2025 = "2025";

    private final List<ProvinceRef> current;
    private final List<ProvinceRef> earlier;
    private final Map<String, String> successors;
    private final Map<String, ProvinceRef> bySlug;
    private final Comparator<String> byName;

    /** The bundled reference data's: read when a user command needs it, not for every command. */
    static ProvinceNames bundled(Locale locale) {
        return new ProvinceNames(ReferenceData.bundled(), locale);
    }

    ProvinceNames(ReferenceData reference, Locale locale) {
        this.current = reference.provinces().stream().filter(p -> GENERATION_2025.equals(p.generation())).toList();
        this.earlier = reference.provinces().stream().filter(p -> !GENERATION_2025.equals(p.generation())).toList();
        this.successors = reference.successorSlugs();
        this.bySlug = reference.provincesBySlug();
        // Vietnamese names in the Vietnamese alphabet whatever the messages' language.
        this.byName = VietnameseOrder.NAMES;
    }

    /** One of the 34, by what a user typed. */
    Optional<ProvinceRef> find(String typed) {
        return match(current, typed);
    }

    /** For a name that is none of the 34: the province of 2025 that one of the 63 of that name became part of. */
    Optional<ProvinceRef> successorOfEarlier(String typed) {
        return match(earlier, typed).map(p -> successors.get(p.slug())).map(bySlug::get);
    }

    /** The names of a scope's slugs, in Vietnamese alphabetical order; a slug the reference data does not know, as is. */
    List<String> names(Set<String> slugs) {
        return slugs.stream().map(s -> bySlug.containsKey(s) ? bySlug.get(s).name() : s).sorted(byName).toList();
    }

    private static Optional<ProvinceRef> match(List<ProvinceRef> provinces, String typed) {
        String key = Slugs.of(typed);
        return provinces.stream().filter(p -> key.equals(p.slug()) || key.equals(Slugs.of(p.name()))
                || p.aliases().stream().anyMatch(a -> key.equals(Slugs.of(a)))).findFirst();
    }
}
