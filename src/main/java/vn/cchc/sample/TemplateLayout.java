package vn.cchc.sample;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.SectionHeading;
import vn.cchc.catalog.TemplateAlias;

/**
 * The appendix of one template generation, rendered from the catalog's data — never from a list
 * in code: a row for every target of the generation's aliases (its first wording, with its
 * printed code), in the file's order, sections as numbered, "Trong đó" blocks where codes are
 * empty, and for the 2023 generation its "Biểu mẫu" tables with their titles from sections.csv.
 * A new generation (Thông tư 18/2025/TT-BNV) added as data is rendered the same way.
 *
 * <p>One adjustment of order: a row whose alias names a parent (the same label under 3.1, 3.2 and
 * 3.3 of Biểu mẫu 3) goes under its parent, after the parent's other descendants by code — the
 * file lists such rows together, the printed template interleaves them, and the loader tells them
 * apart by the row above.
 */
public final class TemplateLayout {

    /** One section: a 2021 numbered part of the single table, a 2023 "Biểu mẫu". */
    public record Section(int number, List<String> headings, List<TemplateRow> rows) {
    }

    private final String generation;
    private final List<Section> sections;

    private TemplateLayout(String generation, List<Section> sections) {
        this.generation = generation;
        this.sections = List.copyOf(sections);
    }

    public static TemplateLayout of(Catalog catalog, String generation) {
        Map<Integer, List<TemplateAlias>> bySection = new LinkedHashMap<>();
        Set<String> targets = new HashSet<>();
        for (TemplateAlias a : catalog.aliases()) {
            if (a.generation().equals(generation) && targets.add(a.target())) {
                bySection.computeIfAbsent(a.section(), s -> new ArrayList<>()).add(a);
            }
        }
        if (bySection.isEmpty()) {
            throw new IllegalArgumentException("the catalog has no aliases for template generation " + generation);
        }
        List<Section> sections = new ArrayList<>();
        bySection.forEach((number, aliases) -> sections.add(new Section(number,
                formHeadings(catalog.sections(generation), number), rows(underParents(aliases)))));
        return new TemplateLayout(generation, sections);
    }

    /**
     * A generation whose sections open with a "Biểu mẫu N" line prints each section as a table of its
     * own under that line and its title; a single-table generation opens sections with a row.
     */
    private static List<String> formHeadings(List<SectionHeading> headings, int section) {
        List<String> mine = headings.stream().filter(h -> h.section() == section).map(SectionHeading::label).toList();
        boolean forms = mine.stream().anyMatch(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("biểu mẫu"));
        return forms ? mine : List.of();
    }

    private static List<TemplateAlias> underParents(List<TemplateAlias> aliases) {
        List<TemplateAlias> ordered = new ArrayList<>();
        List<TemplateAlias> children = new ArrayList<>();
        for (TemplateAlias a : aliases) {
            (a.parent() == null ? ordered : children).add(a);
        }
        for (TemplateAlias child : children) {
            int at = -1;
            for (int i = 0; i < ordered.size(); i++) {
                if (ordered.get(i).target().equals(child.parent())) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                ordered.add(child);
                continue;
            }
            String prefix = ordered.get(at).code() + ".";
            int insert = at + 1;
            while (insert < ordered.size() && ordered.get(insert).code().startsWith(prefix)) {
                insert++;
            }
            ordered.add(insert, child);
        }
        return ordered;
    }

    private static List<TemplateRow> rows(List<TemplateAlias> aliases) {
        List<TemplateRow> rows = new ArrayList<>();
        boolean previousWasSubRow = false;
        for (TemplateAlias a : aliases) {
            boolean subRow = a.code().isEmpty();
            rows.add(new TemplateRow(a.section(), a.code(), a.label(), a.target(), subRow, subRow && !previousWasSubRow));
            previousWasSubRow = subRow;
        }
        return rows;
    }

    public String generation() {
        return generation;
    }

    public List<Section> sections() {
        return sections;
    }

    /** Whether the generation prints one table per section ("Biểu mẫu"), as the 2023 one does. */
    public boolean tablePerSection() {
        return sections.stream().anyMatch(s -> !s.headings().isEmpty());
    }

    public List<TemplateRow> rows() {
        return sections.stream().flatMap(s -> s.rows().stream()).toList();
    }

    /** The generation in force in a year: the newest whose key, the year it came into use, is not later. */
    public static String generationFor(Catalog catalog, int year) {
        String chosen = null;
        for (String g : catalog.generations().stream().sorted().toList()) {
            if (chosen == null || Integer.parseInt(g) <= year) {
                chosen = g;
            }
        }
        return chosen;
    }
}
