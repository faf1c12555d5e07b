package vn.cchc.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The indicator catalog with the aliases of every template generation. A new generation is a
 * set of new alias rows, not new code.
 */
public final class Catalog {

    private final Map<String, Indicator> indicators;
    private final List<TemplateAlias> aliases;
    private final List<SectionHeading> sections;
    private final Set<String> units;

    public Catalog(List<Indicator> indicators, List<TemplateAlias> aliases, List<SectionHeading> sections,
                   Set<String> units) {
        Map<String, Indicator> byId = new LinkedHashMap<>();
        indicators.forEach(i -> byId.put(i.id(), i));
        this.indicators = Collections.unmodifiableMap(byId);
        this.aliases = List.copyOf(aliases);
        this.sections = List.copyOf(sections);
        this.units = Collections.unmodifiableSet(new LinkedHashSet<>(units));
        checkReferences();
    }

    public static Catalog bundled() {
        return load(DataFiles.bundled("catalog"));
    }

    public static Catalog load(DataFiles files) {
        List<Indicator> indicators = files.rows("indicators.csv").stream().map(Catalog::indicator).toList();
        List<TemplateAlias> aliases = files.rows("aliases.csv").stream()
                .map(r -> new TemplateAlias(r.get("generation"), Integer.parseInt(r.get("section")),
                        blankToNull(r.get("parent")), r.get("code"), r.get("label"), r.get("target")))
                .toList();
        List<SectionHeading> sections = files.rows("sections.csv").stream()
                .map(r -> new SectionHeading(r.get("generation"), Integer.parseInt(r.get("section")), r.get("label")))
                .toList();
        Set<String> units = new LinkedHashSet<>();
        files.rows("units.csv").forEach(r -> units.add(r.get("unit")));
        return new Catalog(indicators, aliases, sections, units);
    }

    private static Indicator indicator(Map<String, String> r) {
        String better = r.get("higher_is_better");
        return new Indicator(r.get("id"), Integer.parseInt(r.get("area")), r.get("name_vi"), r.get("name_en"),
                blankToNull(r.get("unit")), Indicator.Kind.valueOf(r.get("kind").toUpperCase(Locale.ROOT)),
                better == null || better.isBlank() ? null : Boolean.valueOf(better),
                blankToNull(r.get("numerator")), blankToNull(r.get("denominator")), blankToNull(r.get("total")),
                Indicator.Accumulation.valueOf(r.get("accumulation").toUpperCase(Locale.ROOT)),
                blankToNull(r.get("codes")), plausibleMax(r));
    }

    /** Optional: a corrected copy of indicators.csv from before the column keeps working, without bounds. */
    private static Double plausibleMax(Map<String, String> r) {
        String max = blankToNull(r.get("plausible_max"));
        if (max == null) {
            return null;
        }
        double bound = Double.parseDouble(max);
        if (!(bound > 0) || Double.isInfinite(bound)) {
            throw new IllegalArgumentException("indicators.csv: " + r.get("id") + " has plausible_max " + max
                    + ", not a positive number");
        }
        return bound;
    }

    private void checkReferences() {
        List<String> problems = new ArrayList<>();
        for (Indicator i : indicators.values()) {
            for (String ref : new String[] {i.numeratorId(), i.denominatorId(), i.totalId()}) {
                if (ref != null && !indicators.containsKey(ref)) {
                    problems.add(i.id() + " refers to unknown indicator " + ref);
                }
            }
        }
        for (TemplateAlias a : aliases) {
            if (!a.isHeader() && !indicators.containsKey(a.target())) {
                problems.add("alias '" + a.label() + "' targets unknown indicator " + a.target());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("catalog is inconsistent: " + String.join("; ", problems));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public List<Indicator> indicators() {
        return List.copyOf(indicators.values());
    }

    public Optional<Indicator> indicator(String id) {
        return Optional.ofNullable(indicators.get(id));
    }

    public List<TemplateAlias> aliases() {
        return aliases;
    }

    public List<String> generations() {
        return aliases.stream().map(TemplateAlias::generation).distinct().toList();
    }

    public List<SectionHeading> sections(String generation) {
        return sections.stream().filter(s -> s.generation().equals(generation)).toList();
    }

    /** The unit strings the templates print in their unit column (coded lists excluded). */
    public Set<String> units() {
        return units;
    }
}
