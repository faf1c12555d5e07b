package vn.cchc.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Provinces of both generations with the 2025 merger map, agency kinds, department types and
 * their 2025 lineage — read from reference/*.csv, which users may correct.
 */
public record ReferenceData(List<ProvinceRef> provinces, List<ProvinceSuccessionRef> succession,
                            List<DepartmentRef> departments, List<DepartmentLineageRef> lineage,
                            List<Map<String, String>> agencyKinds) {

    public static ReferenceData bundled() {
        return load(DataFiles.bundled("reference"));
    }

    public static ReferenceData load(DataFiles files) {
        List<ProvinceRef> provinces = files.rows("provinces.csv").stream()
                .map(r -> new ProvinceRef(r.get("slug"), r.get("name"), r.get("generation"), date(r.get("valid_from")),
                        date(r.get("valid_to")), r.get("region"), Csv.list(r.get("aliases")), Csv.list(r.get("places"))))
                .toList();
        List<ProvinceSuccessionRef> succession = files.rows("province_succession.csv").stream()
                .map(r -> new ProvinceSuccessionRef(r.get("old_slug"), r.get("new_slug"), date(r.get("effective"))))
                .toList();
        List<DepartmentRef> departments = files.rows("department_types.csv").stream()
                .map(r -> new DepartmentRef(r.get("slug"), r.get("name"), Csv.list(r.get("short_codes")),
                        date(r.get("valid_from")), date(r.get("valid_to")), Csv.list(r.get("aliases"))))
                .toList();
        List<DepartmentLineageRef> lineage = files.rows("department_lineage.csv").stream()
                .map(r -> new DepartmentLineageRef(r.get("from_slug"), r.get("to_slug"), date(r.get("effective")),
                        r.get("note").startsWith("primary"), r.get("note")))
                .toList();
        return new ReferenceData(provinces, succession, departments, lineage, files.rows("agency_kinds.csv"));
    }

    private static LocalDate date(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }

    /** Old province slug → the slug of the 2025 province it became part of. */
    public Map<String, String> successorSlugs() {
        return succession.stream().collect(Collectors.toMap(ProvinceSuccessionRef::oldSlug, ProvinceSuccessionRef::newSlug));
    }

    public Optional<ProvinceRef> province(String slug) {
        return provinces.stream().filter(p -> p.slug().equals(slug)).findFirst();
    }

    public Map<String, ProvinceRef> provincesBySlug() {
        return provinces.stream().collect(Collectors.toMap(ProvinceRef::slug, Function.identity()));
    }

    public Optional<DepartmentRef> department(String slug) {
        return departments.stream().filter(d -> d.slug().equals(slug)).findFirst();
    }
}
