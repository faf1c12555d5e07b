package vn.cchc.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.SectionHeading;
import vn.cchc.catalog.TemplateAlias;

/**
 * Recognises appendix rows as template rows of the catalog: by the section a row stands in and
 * its normalised label, with the item code only as a hint (codes repeat and drift, DOMAIN §2)
 * and the enclosing row where the same label occurs twice in a section.
 */
public final class RowMatcher {

    /** Below this a label is not taken for a template row. */
    static final double THRESHOLD = 0.84;
    private static final double CODE_HINT = 0.03;
    private static final double OTHER_SECTION_PENALTY = 0.06;
    private static final Pattern FORM_NUMBER = Pattern.compile("^bieu mau (\\d+)\\b");

    private record Candidate(TemplateAlias alias, LabelSimilarity.Key key) {
    }

    private record Frame(int depth, String target) {
    }

    /**
     * The template rows of one generation; {@code byKey} finds the rows written exactly so, which
     * is most rows of most reports, without comparing against every alias.
     */
    private record Generation(List<Candidate> all, Map<String, List<Candidate>> byKey,
                              List<SectionHeading> headings, List<LabelSimilarity.Key> headingKeys,
                              Map<String, Integer> sectionByTitle) {
    }

    private static final int NO_SECTION = Integer.MIN_VALUE;

    private final Map<String, Generation> generations = new LinkedHashMap<>();
    private final UnaryOperator<String> repair;
    /**
     * Most labels recur in report after report, and repairing and keying them was a third of the
     * parsing time; the repair is a function of the label alone, so its result can be shared.
     * Bounded: cleared when full, so a stream of unusual labels cannot grow it without end.
     */
    private final Map<String, PreparedLabel> preparedLabels = new ConcurrentHashMap<>();
    private static final int PREPARED_LABELS_KEPT = 50_000;

    public RowMatcher(Catalog catalog, UnaryOperator<String> repair) {
        this.repair = repair;
        for (String g : catalog.generations()) {
            List<Candidate> all = new ArrayList<>();
            Map<String, List<Candidate>> byKey = new HashMap<>();
            for (TemplateAlias a : catalog.aliases()) {
                if (a.generation().equals(g)) {
                    Candidate c = new Candidate(a, LabelSimilarity.Key.of(a.label()));
                    all.add(c);
                    byKey.computeIfAbsent(c.key().key(), k -> new ArrayList<>()).add(c);
                    if (!c.key().bare().isEmpty() && !c.key().bare().equals(c.key().key())) {
                        byKey.computeIfAbsent(c.key().bare(), k -> new ArrayList<>()).add(c);
                    }
                }
            }
            List<SectionHeading> headings = catalog.sections(g);
            generations.put(g, new Generation(all, byKey, headings,
                    headings.stream().map(h -> LabelSimilarity.Key.of(h.label())).toList(), new ConcurrentHashMap<>()));
        }
    }

    public List<String> generations() {
        return List.copyOf(generations.keySet());
    }

    /** The rows matched against one template generation, in document order. */
    public List<MatchedRow> match(List<AppendixRow> rows, String generation) {
        return matchPrepared(prepare(rows), generation);
    }

    /** A row with its label repaired and keyed once, to be matched against every generation. */
    record PreparedRow(AppendixRow row, String label, LabelSimilarity.Key key) {
    }

    List<PreparedRow> prepare(List<AppendixRow> rows) {
        List<PreparedRow> prepared = new ArrayList<>(rows.size());
        for (AppendixRow row : rows) {
            ParseDeadline.check();
            PreparedLabel p = preparedLabels.get(row.label());
            if (p == null) {
                String label = repair.apply(row.label());
                p = new PreparedLabel(label, LabelSimilarity.Key.of(label));
                if (preparedLabels.size() >= PREPARED_LABELS_KEPT) {
                    preparedLabels.clear();
                }
                preparedLabels.put(row.label(), p);
            }
            prepared.add(new PreparedRow(row, p.label(), p.key()));
        }
        return prepared;
    }

    /** A label as written, repaired and keyed: the same for every report that writes it so. */
    private record PreparedLabel(String label, LabelSimilarity.Key key) {
    }

    /**
     * How many table rows carry a label this generation prints exactly: a cheap first look that
     * tells the generations apart without comparing every row with every alias.
     */
    int exactLabels(List<PreparedRow> rows, String generation) {
        Generation gen = generation(generation);
        int hits = 0;
        for (PreparedRow r : rows) {
            if (!r.row().isHeading() && (gen.byKey().containsKey(r.key().key()) || gen.byKey().containsKey(r.key().bare()))) {
                hits++;
            }
        }
        return hits;
    }

    private Generation generation(String generation) {
        Generation gen = generations.get(generation);
        if (gen == null) {
            throw new IllegalArgumentException("unknown template generation " + generation);
        }
        return gen;
    }

    List<MatchedRow> matchPrepared(List<PreparedRow> rows, String generation) {
        Generation gen = generation(generation);
        List<MatchedRow> out = new ArrayList<>();
        Deque<Frame> frames = new ArrayDeque<>();
        int section = 1;
        int lastCodedDepth = 1;
        for (PreparedRow prepared : rows) {
            ParseDeadline.check();
            AppendixRow row = prepared.row();
            String label = prepared.label();
            LabelSimilarity.Key key = prepared.key();
            Integer opened = sectionOpenedBy(gen, row, key);
            if (opened != null) {
                section = opened;
                frames.clear();
                if (row.isHeading()) {
                    continue;
                }
            }
            if (row.isHeading()) {
                continue;
            }
            int depth = row.code().isEmpty() ? lastCodedDepth + 1 : row.code().split("\\.").length;
            if (!row.code().isEmpty()) {
                lastCodedDepth = depth;
            }
            while (!frames.isEmpty() && frames.peek().depth() >= depth) {
                frames.pop();
            }
            String parent = frames.isEmpty() ? null : frames.peek().target();
            MatchedRow m = best(gen, section, row, label, key, parent);
            out.add(m);
            frames.push(new Frame(depth, m.matched() ? m.alias().target() : null));
        }
        return out;
    }

    /** How many rows of the appendix a generation recognises: the generation that knows most is the template. */
    public int recognised(List<AppendixRow> rows, String generation) {
        return recognised(match(rows, generation));
    }

    public static int recognised(List<MatchedRow> matched) {
        return (int) matched.stream().filter(MatchedRow::matched).count();
    }

    private Integer sectionOpenedBy(Generation gen, AppendixRow row, LabelSimilarity.Key key) {
        Matcher form = FORM_NUMBER.matcher(key.key());
        if (row.isHeading() && form.find()) {
            return Integer.parseInt(form.group(1));
        }
        boolean titleRow = row.isHeading() || (row.unit().isBlank() && row.value().isBlank());
        if (!titleRow) {
            return null;
        }
        // The same title rows recur in every report: compare each wording with the headings once.
        // Keyed by both forms of the label: the bare form (without parentheses) scores too.
        if (gen.sectionByTitle().size() >= PREPARED_LABELS_KEPT) {
            gen.sectionByTitle().clear();
        }
        int section = gen.sectionByTitle().computeIfAbsent(key.key() + '\u0000' + key.bare(), k -> titleSection(gen, key));
        return section == NO_SECTION ? null : section;
    }

    private static int titleSection(Generation gen, LabelSimilarity.Key key) {
        for (int i = 0; i < gen.headings().size(); i++) {
            if (LabelSimilarity.score(key, gen.headingKeys().get(i)) >= 0.95
                    && !FORM_NUMBER.matcher(gen.headingKeys().get(i).key()).find()) {
                // A section title inside a 2023 form only confirms the form's number; in a 2021 table it opens the section.
                return gen.headings().get(i).section();
            }
        }
        return NO_SECTION;
    }

    private MatchedRow best(Generation gen, int section, AppendixRow row, String label, LabelSimilarity.Key key,
                            String parent) {
        TemplateAlias best = null;
        double bestScore = 0;
        List<Candidate> exact = new ArrayList<>(gen.byKey().getOrDefault(key.key(), List.of()));
        exact.addAll(gen.byKey().getOrDefault(key.bare(), List.of()));
        // A label written exactly as the template prints it needs no fuzzy comparison with all others,
        // unless only aliases of the wrong parent have it (then a nearby wording may fit better).
        List<Candidate> candidates = exact.stream().anyMatch(c -> c.alias().parent() == null
                || c.alias().parent().equals(parent)) ? exact : gen.all();
        for (Candidate c : candidates) {
            double s = LabelSimilarity.score(key, c.key());
            if (s < THRESHOLD - CODE_HINT) {
                continue;
            }
            if (c.alias().section() != section) {
                s -= OTHER_SECTION_PENALTY;
            }
            if (!row.code().isEmpty() && row.code().equals(c.alias().code())) {
                s += CODE_HINT;
            }
            if (c.alias().parent() != null) {
                s += c.alias().parent().equals(parent) ? CODE_HINT : -1;
            }
            if (s > bestScore) {
                best = c.alias();
                bestScore = s;
            }
        }
        if (best == null || bestScore < THRESHOLD) {
            return new MatchedRow(row, null, label, section, bestScore);
        }
        return new MatchedRow(row, best, label, section, Math.min(1.0, bestScore));
    }
}
