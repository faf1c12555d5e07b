package vn.cchc.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.catalog.ProvinceRef;
import vn.cchc.catalog.ReferenceData;

/**
 * Finds province names — official, alternative spellings, and the towns a date line uses — in
 * text, and picks the unit (2008 or 2025 generation) valid on a given day.
 */
final class ProvinceNames {

    /** A province name found in folded text. */
    record Hit(String key, int start, int end, List<ProvinceRef> candidates, boolean place) {
    }

    private final Map<String, List<ProvinceRef>> byKey = new LinkedHashMap<>();
    private final Map<String, Boolean> keyIsPlaceOnly = new LinkedHashMap<>();
    private final Map<String, String> succession;
    private final Map<String, ProvinceRef> bySlug;

    ProvinceNames(ReferenceData reference) {
        this.succession = reference.successorSlugs();
        this.bySlug = reference.provincesBySlug();
        for (ProvinceRef p : reference.provinces()) {
            add(p.name(), p, false);
            p.aliases().forEach(a -> add(a, p, false));
            p.places().forEach(a -> add(a, p, true));
        }
    }

    private void add(String name, ProvinceRef p, boolean place) {
        String key = VietnameseText.matchKey(name);
        if (key.isEmpty()) {
            return;
        }
        List<ProvinceRef> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(p)) {
            list.add(p);
        }
        keyIsPlaceOnly.merge(key, place, Boolean::logicalAnd);
    }

    /** All names in the text, longest first where they overlap. Text must be a {@link VietnameseText#matchKey}. */
    List<Hit> find(String key) {
        List<Hit> hits = new ArrayList<>();
        for (Map.Entry<String, List<ProvinceRef>> e : byKey.entrySet()) {
            String k = e.getKey();
            for (int at = key.indexOf(k); at >= 0; at = key.indexOf(k, at + 1)) {
                int end = at + k.length();
                boolean wordStart = at == 0 || key.charAt(at - 1) == ' ';
                boolean wordEnd = end == key.length() || key.charAt(end) == ' ';
                if (wordStart && wordEnd) {
                    hits.add(new Hit(k, at, end, e.getValue(), keyIsPlaceOnly.get(k)));
                }
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> -h.key().length()));
        List<Hit> kept = new ArrayList<>();
        int coveredTo = -1;
        for (Hit h : hits) {
            if (h.start() >= coveredTo) {
                kept.add(h);
                coveredTo = h.end();
            }
        }
        return kept;
    }

    /**
     * The unit among the candidates valid on the day; a 2008 unit named after 2025-06-30 is
     * followed to its successor. Without a day, the 2008 unit is preferred (most history).
     */
    Optional<ProvinceRef> resolve(List<ProvinceRef> candidates, LocalDate day) {
        if (day == null) {
            return candidates.stream().min(Comparator.comparing(ProvinceRef::generation));
        }
        Optional<ProvinceRef> valid = candidates.stream().filter(p -> p.validOn(day)).findFirst();
        if (valid.isPresent()) {
            return valid;
        }
        return candidates.stream().map(p -> bySlug.get(succession.get(p.slug())))
                .filter(p -> p != null && p.validOn(day)).findFirst();
    }
}
