package vn.cchc.sample;

import java.util.EnumSet;
import java.util.Set;

/**
 * What to generate. The same settings (seed included) always give byte-identical files.
 *
 * @param provinceLimit       the first K provinces of 2008 (file order of provinces.csv) and, from
 *                            2025-Q3, the 2025 provinces they became part of; 0 for all
 * @param inconsistencyRate   the share of reports that get one deliberate inconsistency
 * @param minDepartments      fewest department types a province files reports for (before the merger)
 * @param maxDepartments      most department types a province files reports for
 * @param minDistricts        fewest districts per province (until 2025-06-30)
 * @param maxDistricts        most districts per province
 * @param periodKinds         the kinds of period reported (all by default: Q1–Q4, H1, Y)
 * @param formats             the file formats to write (all by default), one chosen per report from the seed
 */
public record GeneratorSettings(long seed, int fromYear, int toYear, int provinceLimit, double inconsistencyRate,
                                int minDepartments, int maxDepartments, int minDistricts, int maxDistricts,
                                Set<ReportingPeriod.Kind> periodKinds, Set<FileFormat> formats) {

    /** A realistic subset: a province files from 10–14 of its ~20 departments and 3–5 districts. */
    public static GeneratorSettings of(long seed, int fromYear, int toYear, int provinceLimit) {
        return new GeneratorSettings(seed, fromYear, toYear, provinceLimit, 0.02, 10, 14, 3, 5,
                EnumSet.allOf(ReportingPeriod.Kind.class), EnumSet.allOf(FileFormat.class));
    }

    public GeneratorSettings {
        if (fromYear > toYear) {
            throw new IllegalArgumentException("--from " + fromYear + " is after --to " + toYear);
        }
        if (provinceLimit < 0) {
            throw new IllegalArgumentException("--provinces must be positive");
        }
        if (inconsistencyRate < 0 || inconsistencyRate > 1) {
            throw new IllegalArgumentException("the inconsistency rate is a share between 0 and 1");
        }
        if (minDepartments < 2 || maxDepartments < minDepartments || minDistricts < 0 || maxDistricts < minDistricts) {
            throw new IllegalArgumentException("department and district counts must be ordered ranges (at least 2 departments)");
        }
        if (periodKinds.isEmpty()) {
            throw new IllegalArgumentException("no kind of period to report");
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no file format to write");
        }
        periodKinds = Set.copyOf(periodKinds);
        formats = Set.copyOf(formats);
    }

    public GeneratorSettings withInconsistencyRate(double rate) {
        return new GeneratorSettings(seed, fromYear, toYear, provinceLimit, rate, minDepartments, maxDepartments,
                minDistricts, maxDistricts, periodKinds, formats);
    }

    /** Fewer agencies per province: for small test runs that must still cover every kind. */
    public GeneratorSettings withAgencies(int departments, int districts) {
        return new GeneratorSettings(seed, fromYear, toYear, provinceLimit, inconsistencyRate, departments, departments,
                districts, districts, periodKinds, formats);
    }

    /** Only some kinds of period: a short test run that still crosses every boundary it needs. */
    public GeneratorSettings withPeriods(Set<ReportingPeriod.Kind> kinds) {
        return new GeneratorSettings(seed, fromYear, toYear, provinceLimit, inconsistencyRate, minDepartments,
                maxDepartments, minDistricts, maxDistricts, kinds, formats);
    }

    /** Only some file formats: each report takes one of them, chosen from the seed. */
    public GeneratorSettings withFormats(Set<FileFormat> chosen) {
        return new GeneratorSettings(seed, fromYear, toYear, provinceLimit, inconsistencyRate, minDepartments,
                maxDepartments, minDistricts, maxDistricts, periodKinds, chosen);
    }
}
