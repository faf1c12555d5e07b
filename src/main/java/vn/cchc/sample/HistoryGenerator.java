package vn.cchc.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.ProvinceRef;
import vn.cchc.catalog.ReferenceData;

/**
 * Generates a synthetic national history of CCHC reports: for every period from the first year to
 * the last (Q1, Q2, H1, Q3, Q4, Y), every province of the period's generation, the reports of its
 * departments and districts and then its People's Committee's aggregate of them. Deterministic: the
 * same settings give byte-identical files, in the same order.
 */
public final class HistoryGenerator {

    /** Folder of the reports inside the output folder; the manifests sit beside it. */
    public static final String REPORTS = "reports";
    public static final String MANIFEST = ManifestWriter.VALUES;
    public static final String INCONSISTENCIES = ManifestWriter.INCONSISTENCIES;

    private final GeneratorSettings settings;
    private final Randomness random;
    private final ProvinceRoster roster;
    private final PeriodValues values;
    private final ReportAssembler assembler;

    public HistoryGenerator(Catalog catalog, ReferenceData reference, GeneratorSettings settings) {
        this.settings = settings;
        this.random = new Randomness(settings.seed());
        this.roster = new ProvinceRoster(reference, settings, random);
        this.values = new PeriodValues(catalog, new ActivityModel(catalog, random), random);
        this.assembler = new ReportAssembler(catalog, random, settings);
    }

    /** What a run wrote. */
    public record Summary(int reports, long values, long nullValues, int planted, Map<Agency.Kind, Integer> byKind,
                          Map<TextShape, Integer> byShape, Path reportFolder, Path manifest, Path inconsistencies) {
    }

    /** Every report, in generation order, handed to the sink one at a time (nothing is kept). */
    public void forEach(Consumer<GeneratedReport> sink) {
        for (ReportingPeriod period : ReportingPeriod.between(settings.fromYear(), settings.toYear())) {
            if (!settings.periodKinds().contains(period.kind())) {
                continue;
            }
            for (ProvinceRef province : roster.provinces(period)) {
                List<PeriodValues.Truth> units = new ArrayList<>();
                for (Agency unit : roster.units(province, period)) {
                    PeriodValues.Truth truth = values.unit(unit, period);
                    units.add(truth);
                    sink.accept(report(truth));
                }
                sink.accept(report(values.province(Agency.province(province), period, units)));
            }
        }
    }

    /** The whole history in memory: for tests and small runs. */
    public List<GeneratedReport> generate() {
        List<GeneratedReport> all = new ArrayList<>();
        forEach(all::add);
        return all;
    }

    /**
     * Writes the reports under {@code out/reports/YEAR/} and the two manifests into {@code out}.
     *
     * @throws IllegalStateException when {@code out} already holds a generated history: files of an
     *                               earlier run would mix with this one's without being in its manifest
     */
    public Summary write(Path out, Consumer<GeneratedReport> progress) throws IOException {
        Path reports = out.resolve(REPORTS);
        if (Files.exists(reports) || Files.exists(out.resolve(MANIFEST))) {
            throw new IllegalStateException(out + " already holds a generated history; choose an empty folder");
        }
        Files.createDirectories(reports);
        int[] count = {0, 0};
        long[] valueCounts = {0, 0};
        Map<Agency.Kind, Integer> byKind = new EnumMap<>(Agency.Kind.class);
        Map<TextShape, Integer> byShape = new EnumMap<>(TextShape.class);
        try (ManifestWriter manifest = new ManifestWriter(out)) {
            forEach(report -> {
                try {
                    Path dir = Files.createDirectories(reports.resolve(report.folder()));
                    Files.writeString(dir.resolve(report.fileName()), report.text(), StandardCharsets.UTF_8);
                    manifest.add(report);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                count[0]++;
                count[1] += report.planted().size();
                valueCounts[0] += report.values().size();
                valueCounts[1] += report.values().stream().filter(v -> v.value() == null).count();
                byKind.merge(report.agency().kind(), 1, Integer::sum);
                byShape.merge(report.shape(), 1, Integer::sum);
                progress.accept(report);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Summary(count[0], valueCounts[0], valueCounts[1], count[1], byKind, byShape, reports,
                out.resolve(MANIFEST), out.resolve(INCONSISTENCIES));
    }

    private GeneratedReport report(PeriodValues.Truth truth) {
        Agency agency = truth.agency();
        ReportingPeriod period = truth.period();
        String fileName = period.code() + "_" + agency.province().slug() + "_" + agency.slug() + ".txt";
        TextShape shape = shape(fileName);
        ReportContent content = assembler.assemble(truth, fileName, shape);
        RandomGenerator r = random.stream("layout", fileName);
        String text = ShapeRenderer.of(shape).render(content, new ReportProse(content, r), r);
        return new GeneratedReport(fileName, String.valueOf(period.year()), agency, period, content.generation(), shape,
                text, content.manifest(), content.planted());
    }

    /** Converted DOCX files are the usual original; PDFs a quarter of what arrives. */
    private TextShape shape(String fileName) {
        double x = random.uniform(0, 1, "shape", fileName);
        return x < 0.4 ? TextShape.MARKDOWN_TABBED : x < 0.75 ? TextShape.PLAIN_TABBED : TextShape.PDF_LAYOUT;
    }
}
