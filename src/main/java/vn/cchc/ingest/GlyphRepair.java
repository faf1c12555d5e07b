package vn.cchc.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the glyphs pdftotext loses when a PDF's font has no usable mapping for them: each lost
 * glyph became exactly one space, so "Tỷ lệ" arrives as "T  lệ", "đúng" as "đ ng", "lý" as " ý".
 *
 * <p>The text is read as a sequence of syllables. Next to every fragment of letters, a space may
 * be a lost glyph when putting one letter there makes a known syllable: "T" + "ỷ", "đ" + "ú" +
 * "ng", "l" + "ý". All such readings compete with reading the text as it stands, and a model of
 * syllables and of syllable pairs learnt from clean report text picks the most probable reading
 * of the whole text. A restored glyph has a low prior probability, so correct text stays as it
 * is, and so do words the vocabulary does not know (names, codes, TTHC, UBND, NSNN) unless a
 * known syllable fits far better. Thread-safe once built.
 */
public final class GlyphRepair {

    private static final String VOCABULARY_RESOURCE = "/ingest/syllables.txt";
    private static final Pattern LETTERS = Pattern.compile("[\\p{L}\\p{M}]+");
    /** What pdftotext writes for a glyph it cannot map. */
    private static final char LOST_GLYPH = ' ';
    /**
     * Prior odds of a lost glyph at a given space: the repaired reading must be this much more
     * probable than the text as written before it is chosen.
     */
    private static final double LOST_GLYPH_LOG_PRIOR = Math.log(1e-3);

    private final SyllableModel model;

    /** Learns the vocabulary from clean text: per line and table cell, syllables and neighbours. */
    public GlyphRepair(Collection<String> vocabularyTexts) {
        this(SyllableModel.learn(vocabularyTexts));
    }

    private GlyphRepair(SyllableModel model) {
        this.model = model;
    }

    /** The vocabulary shipped in {@value #VOCABULARY_RESOURCE}. */
    public static GlyphRepair fromClasspath() {
        try (InputStream in = GlyphRepair.class.getResourceAsStream(VOCABULARY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + VOCABULARY_RESOURCE);
            }
            return new GlyphRepair(SyllableModel.read(new BufferedReader(new InputStreamReader(in,
                    StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text in NFC with its lost glyphs restored; as it was when none are found. */
    public String repair(String text) {
        String t = VietnameseText.nfc(text);
        List<Fragment> fragments = fragments(t);
        if (fragments.isEmpty()) {
            return t;
        }
        List<List<Step>> endingAt = new ArrayList<>();
        for (int i = 0; i < fragments.size(); i++) {
            endingAt.add(new ArrayList<>());
        }
        for (int i = 0; i < fragments.size(); i++) {
            List<Step> before = i == 0 ? List.of(Step.START) : endingAt.get(i - 1);
            for (Reading reading : readingsFrom(t, fragments, i)) {
                Step best = bestStep(before, separator(t, fragments, i), i > 0, reading);
                if (best != null) {
                    endingAt.get(reading.last()).add(best);
                }
            }
        }
        Step last = bestStep(endingAt.get(fragments.size() - 1), separator(t, fragments, fragments.size()),
                false, null);
        return written(last);
    }

    /**
     * The most probable way to reach {@code reading} (null: the end of the text) from the steps
     * ending just before it, across the separator between them; null if none can.
     */
    private Step bestStep(List<Step> before, String separator, boolean betweenFragments, Reading reading) {
        boolean readingTakesSpace = reading != null && reading.restore() == Restore.START;
        Step best = null;
        for (Step previous : before) {
            String rest = remainder(separator, previous.takesSpaceAfter(), readingTakesSpace, betweenFragments);
            if (rest == null) {
                continue;
            }
            double score = previous.score();
            if (reading != null) {
                // Only words written one after the other are evidence for each other.
                String context = rest.isBlank() ? previous.syllable() : null;
                score += model.logProbability(context, reading.syllable())
                        + (reading.restore() == Restore.NONE ? 0 : LOST_GLYPH_LOG_PRIOR);
            }
            if (best == null || score > best.score()) {
                best = new Step(reading, rest, score, previous);
            }
        }
        return best;
    }

    /**
     * What is left of a separator once the readings on either side took from it the space of
     * the glyph each restores; null when they cannot. A glyph lost at a word's edge leaves the
     * word's own separator beside it ("T  lệ", "c  = 0", "đ " at the end), so a single space
     * before a word or a number ("T 37") is never taken: the words would run together.
     */
    private static String remainder(String separator, boolean takeFirst, boolean takeLast, boolean betweenFragments) {
        int from = takeFirst ? 1 : 0;
        int to = separator.length() - (takeLast ? 1 : 0);
        if (from > to || takeFirst && separator.charAt(0) != LOST_GLYPH
                || takeLast && separator.charAt(separator.length() - 1) != LOST_GLYPH) {
            return null;
        }
        String rest = separator.substring(from, to);
        if (betweenFragments && rest.isEmpty()) {
            return null;
        }
        boolean glued = !rest.isEmpty() && (takeFirst && Character.isLetterOrDigit(rest.charAt(0))
                || takeLast && Character.isLetterOrDigit(rest.charAt(rest.length() - 1)));
        return glued ? null : rest;
    }

    private static String written(Step last) {
        List<Step> path = new ArrayList<>();
        for (Step s = last; s != Step.START; s = s.previous()) {
            path.addFirst(s);
        }
        StringBuilder out = new StringBuilder();
        for (Step s : path) {
            out.append(s.separatorBefore());
            if (s.reading() != null) {
                out.append(s.reading().written());
            }
        }
        return out.toString();
    }

    private List<Reading> readingsFrom(String t, List<Fragment> fragments, int i) {
        Fragment f = fragments.get(i);
        String lower = f.lower();
        List<Reading> readings = new ArrayList<>();
        readings.add(new Reading(i, Restore.NONE, model.contains(lower) ? lower : null, f.written()));
        for (String s : model.completions(lower, "")) {
            readings.add(new Reading(i, Restore.END, s, f.written() + letter(s, lower.length(), f.written())));
        }
        for (String s : model.completions("", lower)) {
            readings.add(new Reading(i, Restore.START, s, letter(s, 0, f.written()) + f.written()));
        }
        if (i + 1 < fragments.size() && separator(t, fragments, i + 1).equals(String.valueOf(LOST_GLYPH))) {
            Fragment next = fragments.get(i + 1);
            for (String s : model.completions(lower, next.lower())) {
                readings.add(new Reading(i + 1, Restore.INSIDE, s,
                        f.written() + letter(s, lower.length(), f.written() + next.written()) + next.written()));
            }
        }
        return readings;
    }

    /** The restored letter, upper case inside an upper-case word ("Đ NG" → "ĐÚNG"), else lower case. */
    private static String letter(String syllable, int at, String writtenLetters) {
        String letter = syllable.substring(at, at + 1);
        boolean upperCaseWord = writtenLetters.length() >= 2
                && writtenLetters.equals(writtenLetters.toUpperCase(Locale.ROOT));
        return upperCaseWord ? letter.toUpperCase(Locale.ROOT) : letter;
    }

    private static List<Fragment> fragments(String t) {
        List<Fragment> fragments = new ArrayList<>();
        Matcher m = LETTERS.matcher(t);
        while (m.find()) {
            fragments.add(new Fragment(m.start(), m.end(), m.group()));
        }
        return fragments;
    }

    /** The text before fragment i (i = size: after the last one). */
    private static String separator(String t, List<Fragment> fragments, int i) {
        int from = i == 0 ? 0 : fragments.get(i - 1).end();
        int to = i == fragments.size() ? t.length() : fragments.get(i).start();
        return t.substring(from, to);
    }

    private record Fragment(int start, int end, String written) {

        String lower() {
            return written.toLowerCase(Locale.ROOT);
        }
    }

    /** Where a reading puts a lost glyph back: nowhere, after, before or inside its fragment(s). */
    private enum Restore { NONE, END, START, INSIDE }

    /**
     * One way to read a fragment, or two for INSIDE ("đ" + "ng"), as one syllable.
     *
     * @param last     the index of the last fragment read
     * @param syllable the vocabulary syllable read, null for a fragment the vocabulary does not know
     * @param written  the text to write for it
     */
    private record Reading(int last, Restore restore, String syllable, String written) {
    }

    /** A reading chosen on the best path to it, with what is left of the separator before it. */
    private record Step(Reading reading, String separatorBefore, double score, Step previous) {

        static final Step START = new Step(null, "", 0, null);

        boolean takesSpaceAfter() {
            return reading != null && reading.restore() == Restore.END;
        }

        String syllable() {
            return reading == null ? null : reading.syllable();
        }
    }

    /**
     * Vietnamese syllables with how often they occur, alone and in pairs written one after the
     * other, and which syllables differ from a fragment by one letter.
     */
    private static final class SyllableModel {

        /** Onset, one to three vowels, coda: the shape of every Vietnamese syllable (vowels as V). */
        private static final Pattern SYLLABLE_SHAPE =
                Pattern.compile("(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?V{1,3}(ch|ng|nh|[cmnpt])?");
        private static final char GAP = '\u0000';
        /** How much a syllable's probability leans on the one before it rather than on its own frequency. */
        private static final double CONTEXT_WEIGHT = 0.7;
        /** Frequency given to a fragment the vocabulary does not know, in occurrences. */
        private static final double UNKNOWN_COUNT = 0.5;

        private final Map<String, Integer> counts;
        private final Map<String, Integer> pairCounts;
        private final Map<String, List<String>> byMissingLetter = new HashMap<>();
        private final double total;

        private SyllableModel(Map<String, Integer> counts, Map<String, Integer> pairCounts) {
            this.counts = counts;
            this.pairCounts = pairCounts;
            this.total = Math.max(1, counts.values().stream().mapToLong(Integer::longValue).sum());
            for (String s : counts.keySet()) {
                for (int k = 0; k < s.length(); k++) {
                    byMissingLetter.computeIfAbsent(s.substring(0, k) + GAP + s.substring(k + 1), x -> new ArrayList<>())
                            .add(s);
                }
            }
        }

        static SyllableModel learn(Collection<String> texts) {
            Map<String, Integer> counts = new HashMap<>();
            Map<String, Integer> pairs = new HashMap<>();
            for (String text : texts) {
                for (String line : VietnameseText.nfc(text).split("\n")) {
                    for (String cell : line.split("\t")) {
                        learnCell(VietnameseText.stripMarkup(cell), counts, pairs);
                    }
                }
            }
            return new SyllableModel(counts, pairs);
        }

        private static void learnCell(String cell, Map<String, Integer> counts, Map<String, Integer> pairs) {
            Matcher m = LETTERS.matcher(cell);
            String previous = null;
            int previousEnd = 0;
            while (m.find()) {
                String word = m.group().toLowerCase(Locale.ROOT);
                boolean adjacent = cell.substring(previousEnd, m.start()).isBlank();
                if (!isSyllable(word)) {
                    previous = null;
                } else {
                    counts.merge(word, 1, Integer::sum);
                    if (previous != null && adjacent) {
                        pairs.merge(previous + " " + word, 1, Integer::sum);
                    }
                    previous = word;
                }
                previousEnd = m.end();
            }
        }

        /** Lines "syllable TAB count" and "syllable syllable TAB count"; '#' starts a comment. */
        static SyllableModel read(BufferedReader in) throws IOException {
            Map<String, Integer> counts = new HashMap<>();
            Map<String, Integer> pairs = new HashMap<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length != 2) {
                    throw new IllegalStateException("Not 'syllable TAB count': " + line);
                }
                String entry = VietnameseText.nfc(columns[0].strip()).toLowerCase(Locale.ROOT);
                int count = Integer.parseInt(columns[1].strip());
                (entry.contains(" ") ? pairs : counts).merge(entry, count, Integer::sum);
            }
            counts.keySet().removeIf(s -> !isSyllable(s));
            return new SyllableModel(counts, pairs);
        }

        static boolean isSyllable(String lower) {
            StringBuilder skeleton = new StringBuilder();
            for (char c : lower.toCharArray()) {
                char base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
                skeleton.append("aeiouy".indexOf(base) >= 0 ? 'V' : c);
            }
            return SYLLABLE_SHAPE.matcher(skeleton).matches();
        }

        boolean contains(String syllable) {
            return counts.containsKey(syllable);
        }

        /** The syllables spelt left + one letter + right. */
        List<String> completions(String left, String right) {
            return byMissingLetter.getOrDefault(left + GAP + right, List.of());
        }

        /** log P(syllable | previous); a null syllable is one the vocabulary does not know. */
        double logProbability(String previous, String syllable) {
            if (syllable == null) {
                return Math.log(UNKNOWN_COUNT / total);
            }
            double alone = counts.get(syllable) / total;
            Integer previousCount = previous == null ? null : counts.get(previous);
            if (previousCount == null) {
                return Math.log(alone);
            }
            double together = pairCounts.getOrDefault(previous + " " + syllable, 0) / (double) previousCount;
            return Math.log(CONTEXT_WEIGHT * together + (1 - CONTEXT_WEIGHT) * alone);
        }
    }
}
