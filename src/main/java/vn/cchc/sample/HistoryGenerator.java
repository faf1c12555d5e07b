package vn.cchc.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
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
    private final SampleShape shape;
    private final Randomness random;
    private final ProvinceRoster roster;
    private final PeriodValues values;
    private final ReportAssembler assembler;

    public HistoryGenerator(Catalog catalog, ReferenceData reference, GeneratorSettings settings) {
        this(catalog, reference, settings, SampleShape.COMPLETE);
    }

    /** @param shape which reports are written: the cut-off, the missing ones, the corrected ones */
    public HistoryGenerator(Catalog catalog, ReferenceData reference, GeneratorSettings settings, SampleShape shape) {
        this.settings = settings;
        this.shape = shape;
        this.random = new Randomness(settings.seed());
        this.roster = new ProvinceRoster(reference, settings, random);
        this.values = new PeriodValues(catalog, new ActivityModel(catalog, random), random);
        this.assembler = new ReportAssembler(catalog, random, settings);
    }

    /** What a run wrote. */
    public record Summary(int reports, long values, long nullValues, int planted, Map<Agency.Kind, Integer> byKind,
                          Map<TextShape, Integer> byShape, Map<FileFormat, Integer> byFormat, Path reportFolder,
                          Path manifest, Path inconsistencies) {
    }

    /** Every report, in generation order, handed to the sink one at a time (nothing is kept). */
    public void forEach(Consumer<GeneratedReport> sink) {
        for (ReportingPeriod period : ReportingPeriod.between(settings.fromYear(), settings.toYear())) {
            if (!settings.periodKinds().contains(period.kind()) || !shape.includes(period)) {
                continue;
            }
            boolean unitsReport = shape.unitPeriods().contains(period.kind());
            for (ProvinceRef province : roster.provinces(period)) {
                List<PeriodValues.Truth> units = new ArrayList<>();
                for (Agency unit : roster.units(province, period)) {
                    PeriodValues.Truth truth = values.unit(unit, period);
                    units.add(truth); // the aggregate sums every unit, filed or not
                    if (unitsReport) {
                        emit(truth, sink);
                    }
                }
                emit(values.province(Agency.province(province), period, units), sink);
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
        Map<FileFormat, Integer> byFormat = new EnumMap<>(FileFormat.class);
        try (ManifestWriter manifest = new ManifestWriter(out)) {
            forEach(report -> {
                try {
                    Path dir = Files.createDirectories(reports.resolve(report.folder()));
                    Files.write(dir.resolve(report.fileName()), report.bytes());
                    manifest.add(report);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                count[0]++;
                count[1] += report.planted().size();
                valueCounts[0] += report.values().size();
                valueCounts[1] += report.values().stream().filter(v -> v.value() == null).count();
                byKind.merge(report.agency().kind(), 1, Integer::sum);
                if (report.shape() != null) {
                    byShape.merge(report.shape(), 1, Integer::sum);
                }
                byFormat.merge(report.format(), 1, Integer::sum);
                progress.accept(report);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Summary(count[0], valueCounts[0], valueCounts[1], count[1], byKind, byShape, byFormat, reports,
                out.resolve(MANIFEST), out.resolve(INCONSISTENCIES));
    }

    /** A report as the shape has it: missing, filed once, or filed and then corrected. */
    private void emit(PeriodValues.Truth truth, Consumer<GeneratedReport> sink) {
        String stem = stem(truth);
        if (shape.missingRate() > 0 && random.uniform(0, 1, "missing", stem) < shape.missingRate()) {
            return;
        }
        sink.accept(report(truth, stem));
        if (shape.correctionRate() > 0 && random.uniform(0, 1, "corrected", stem) < shape.correctionRate()) {
            // Its own noise (values left out, the planted error) and layout: other bytes, the same agency and period.
            sink.accept(report(truth, stem + SampleShape.CORRECTED));
        }
    }

    private static String stem(PeriodValues.Truth truth) {
        return truth.period().code() + "_" + truth.agency().province().slug() + "_" + truth.agency().slug();
    }

    /**
     * One report. Its noise (values not reported, the planted error) is drawn from its name without
     * the extension, so the manifest is the same whichever format the report is written in.
     */
    private GeneratedReport report(PeriodValues.Truth truth, String stem) {
        Agency agency = truth.agency();
        ReportingPeriod period = truth.period();
        FileFormat format = format(stem);
        TextShape shape = format == FileFormat.TXT ? shape(stem) : null;
        String fileName = stem + "." + format.extension();
        // A PDF, read like pdftotext output, cannot tell a note from a value: no notes there.
        boolean notes = format != FileFormat.PDF && shape != TextShape.PDF_LAYOUT;
        ReportContent content = assembler.assemble(truth, stem, fileName, notes);
        RandomGenerator r = random.stream("layout", stem);
        byte[] bytes = ReportRenderer.of(format, shape).render(content, new ReportProse(content, r), r);
        return new GeneratedReport(fileName, String.valueOf(period.year()), agency, period, content.date(), content.generation(), format,
                shape, bytes, content.manifest(), content.planted());
    }

    /**
     * Text (a converted DOCX, or pdftotext output) is what usually reaches an analyst; then Word
     * files, PDFs and workbooks. Among the formats chosen, by these weights.
     */
    private FileFormat format(String stem) {
        List<FileFormat> allowed = settings.formats().stream().sorted().toList();
        double[] weights = allowed.stream().mapToDouble(f -> switch (f) {
            case TXT -> 4;
            case DOCX -> 3;
            case PDF -> 1.5;
            case XLSX -> 1.5;
        }).toArray();
        double x = random.uniform(0, java.util.Arrays.stream(weights).sum(), "format", stem);
        for (int i = 0; i < allowed.size(); i++) {
            x -= weights[i];
            if (x < 0) {
                return allowed.get(i);
            }
        }
        return allowed.getLast();
    }

    /** Converted DOCX files are the usual original; PDFs a quarter of what arrives. */
    private TextShape shape(String stem) {
        double x = random.uniform(0, 1, "shape", stem);
        return x < 0.4 ? TextShape.MARKDOWN_TABBED : x < 0.75 ? TextShape.PLAIN_TABBED : TextShape.PDF_LAYOUT;
    }
}
