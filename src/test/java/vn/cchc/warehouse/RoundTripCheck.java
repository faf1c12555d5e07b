package vn.cchc.warehouse;

import static vn.cchc.warehouse.jooq.Tables.INDICATOR_VALUES;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.DSLContext;
import vn.cchc.catalog.Csv;
import vn.cchc.warehouse.jooq.tables.records.IndicatorValuesRecord;

/**
 * A generated history against the warehouse it was loaded into: every manifest value read back
 * exactly through indicator_values (NULL where the report gives none, with the province, agency,
 * kind, period and template it was written for), nothing more; every planted inconsistency found
 * as a finding of its rule, and no other finding. For the benchmark, which prints it.
 *
 * @param wrongValues       manifest values missing or read differently (a few shown in {@code examples})
 * @param extraValues       values read that the manifest does not hold
 * @param plantedMissed     planted inconsistencies without their finding
 * @param unexpectedFindings findings where nothing was planted
 */
record RoundTripCheck(long manifestValues, long readValues, long wrongValues, long extraValues, long planted,
                      long plantedMissed, long unexpectedFindings, List<String> examples) {

    boolean ok() {
        return wrongValues == 0 && extraValues == 0 && plantedMissed == 0 && unexpectedFindings == 0 && planted > 0
                && manifestValues > 0;
    }

    static RoundTripCheck of(DSLContext dsl, Path manifest, Path inconsistencies) throws IOException {
        List<String> examples = new ArrayList<>();
        Map<String, IndicatorValuesRecord> read = new HashMap<>();
        long readValues = 0;
        for (IndicatorValuesRecord r : dsl.selectFrom(INDICATOR_VALUES).fetch()) {
            readValues++;
            if (read.put(r.getSourceFile() + " " + r.getIndicator(), r) != null) {
                examples.add("two values for " + r.getSourceFile() + " " + r.getIndicator());
            }
        }
        long wrong = 0;
        long manifestValues = 0;
        for (Map<String, String> m : read(manifest, "manifest.csv")) {
            manifestValues++;
            String key = m.get("file") + " " + m.get("indicator");
            IndicatorValuesRecord r = read.remove(key);
            String problem = null;
            if (r == null) {
                problem = "missing";
            } else {
                Double expected = m.get("value").equals("NULL") ? null : Double.valueOf(m.get("value"));
                if (!Objects.equals(expected, r.getValue())) {
                    problem = "expected " + m.get("value") + ", read " + r.getValue() + " from '" + r.getRaw() + "'";
                } else if (!List.of(m.get("province"), m.get("agency"), m.get("agency_kind"), m.get("period"), m.get("template"))
                        .equals(List.of(r.getProvince(), r.getAgency(), r.getAgencyKind(), r.getPeriod(), r.getTemplate()))) {
                    problem = "metadata " + List.of(r.getProvince(), r.getAgency(), r.getAgencyKind(), r.getPeriod(), r.getTemplate());
                }
            }
            if (problem != null) {
                wrong++;
                if (examples.size() < 5) {
                    examples.add(key + ": " + problem);
                }
            }
        }
        long extra = read.size();
        read.keySet().stream().limit(3).forEach(k -> examples.add("not in the manifest: " + k));

        Set<String> expected = FindingKeys.planted(read(inconsistencies, "manifest_inconsistencies.csv"));
        Set<String> found = new HashSet<>();
        long unexpected = 0;
        for (String key : FindingKeys.findings(dsl)) {
            found.add(key);
            if (!expected.contains(key)) {
                unexpected++;
                if (examples.size() < 8) {
                    examples.add("finding where none was planted: " + key);
                }
            }
        }
        long missed = expected.stream().filter(e -> !found.contains(e)).count();
        return new RoundTripCheck(manifestValues, readValues, wrong, extra, expected.size(), missed, unexpected, examples);
    }

    private static List<Map<String, String>> read(Path file, String name) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Csv.read(in, name);
        }
    }
}
