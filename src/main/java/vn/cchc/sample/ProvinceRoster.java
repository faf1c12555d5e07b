package vn.cchc.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import vn.cchc.catalog.DepartmentLineageRef;
import vn.cchc.catalog.DepartmentRef;
import vn.cchc.catalog.ProvinceRef;
import vn.cchc.catalog.ReferenceData;

/**
 * Who reports in a period: the provinces of the period's generation (the 63 of 2008 until
 * 2025-06-30, the 34 of 2025 after), and for each its People's Committee, the departments it files
 * for and its districts. All of it follows the reference data: a department type abolished on
 * 2025-03-01 continues as its primary successor in department_lineage.csv, districts end with the
 * two-tier local government on 2025-07-01.
 */
final class ProvinceRoster {

    /**
     * Department types that exist in only a few provinces (Hà Nội and Hồ Chí Minh's planning
     * department, provinces that split tourism from culture): left out, a realistic subset does not
     * need them and they would sit beside Sở Văn hóa, Thể thao và Du lịch.
     */
    private static final Set<String> ONLY_IN_A_FEW_PROVINCES = Set.of("so-quy-hoach-kien-truc", "so-du-lich",
            "so-van-hoa-va-the-thao");
    /** Every province files these two, and they exercise the Nội vụ and Văn phòng cues of the detector. */
    private static final List<String> ALWAYS = List.of("so-noi-vu", "van-phong-ubnd-tinh");
    /** The last day districts existed (Nghị quyết 202/2025/QH15, two-tier local government from 2025-07-01). */
    static final LocalDate LAST_DAY_OF_DISTRICTS = LocalDate.of(2025, 6, 30);
    private static final LocalDate BEFORE_THE_MERGERS = LocalDate.of(2024, 12, 31);

    private final ReferenceData reference;
    private final GeneratorSettings settings;
    private final Randomness random;
    private final List<ProvinceRef> oldProvinces;
    private final List<ProvinceRef> newProvinces;
    private final Map<String, List<String>> departmentChoice = new HashMap<>();
    private final Map<String, List<String>> districtChoice = new HashMap<>();
    private final DistrictNames districtNames;

    ProvinceRoster(ReferenceData reference, GeneratorSettings settings, Randomness random) {
        this.reference = reference;
        this.settings = settings;
        this.random = random;
        this.districtNames = new DistrictNames(reference);
        List<ProvinceRef> old = reference.provinces().stream().filter(p -> p.generation().equals("2008")).toList();
        this.oldProvinces = settings.provinceLimit() == 0 ? old : old.subList(0, Math.min(settings.provinceLimit(), old.size()));
        Map<String, String> successors = reference.successorSlugs();
        Set<String> wanted = new LinkedHashSet<>();
        oldProvinces.forEach(p -> wanted.add(successors.get(p.slug())));
        // In file order of provinces.csv, so that --provinces K always lists them the same way.
        this.newProvinces = reference.provinces().stream().filter(p -> wanted.contains(p.slug())).toList();
    }

    /** The provinces whose units report for the period: by the period's last day, as the loader resolves names. */
    List<ProvinceRef> provinces(ReportingPeriod period) {
        return period.end().isAfter(LAST_DAY_OF_DISTRICTS) ? newProvinces : oldProvinces;
    }

    /** The province's departments and districts reporting for the period, its People's Committee not included. */
    List<Agency> units(ProvinceRef province, ReportingPeriod period) {
        List<Agency> units = new ArrayList<>();
        for (DepartmentRef d : departments(province, period.end())) {
            units.add(Agency.department(province, d));
        }
        if (!period.end().isAfter(LAST_DAY_OF_DISTRICTS)) {
            for (String name : districts(province)) {
                units.add(Agency.district(province, name));
            }
        }
        return units;
    }

    /** The department types valid on the day, reached from the province's choice through the lineage. */
    List<DepartmentRef> departments(ProvinceRef province, LocalDate day) {
        Set<String> slugs = new LinkedHashSet<>();
        for (String slug : departmentChoice(province)) {
            successorValidOn(slug, day).ifPresent(slugs::add);
        }
        return slugs.stream().map(s -> reference.department(s).orElseThrow()).toList();
    }

    private Optional<String> successorValidOn(String slug, LocalDate day) {
        String current = slug;
        for (int hops = 0; hops < 5; hops++) {
            DepartmentRef d = reference.department(current).orElseThrow();
            if (validOn(d, day)) {
                return Optional.of(current);
            }
            String from = current;
            Optional<DepartmentLineageRef> next = reference.lineage().stream()
                    .filter(l -> l.fromSlug().equals(from) && l.primary() && !l.effective().isAfter(day)).findFirst();
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get().toSlug();
        }
        return Optional.empty();
    }

    /** department_types.csv: valid_from inclusive, valid_to the day of abolition (exclusive). */
    static boolean validOn(DepartmentRef d, LocalDate day) {
        return (d.validFrom() == null || !day.isBefore(d.validFrom())) && (d.validTo() == null || day.isBefore(d.validTo()));
    }

    /**
     * The department types a province files for, as they were before the 2025 mergers. A 2025
     * province inherits the choice of its namesake predecessor (or of the first one in the run),
     * so that its departments continue that history.
     */
    private List<String> departmentChoice(ProvinceRef province) {
        ProvinceRef origin = province.generation().equals("2025") ? predecessor(province) : province;
        return departmentChoice.computeIfAbsent(origin.slug(), s -> chooseDepartments(origin));
    }

    private ProvinceRef predecessor(ProvinceRef newProvince) {
        Map<String, String> successors = reference.successorSlugs();
        List<ProvinceRef> members = oldProvinces.stream()
                .filter(p -> newProvince.slug().equals(successors.get(p.slug()))).toList();
        return members.stream().filter(p -> p.name().equals(newProvince.name())).findFirst()
                .orElse(members.isEmpty() ? newProvince : members.getFirst());
    }

    private List<String> chooseDepartments(ProvinceRef province) {
        RandomGenerator r = random.stream("departments", province.slug());
        int count = settings.minDepartments() + r.nextInt(settings.maxDepartments() - settings.minDepartments() + 1);
        List<String> candidates = new ArrayList<>();
        List<String> mergedAway = new ArrayList<>();
        for (DepartmentRef d : reference.departments()) {
            if (validOn(d, BEFORE_THE_MERGERS) && !ONLY_IN_A_FEW_PROVINCES.contains(d.slug()) && !ALWAYS.contains(d.slug())) {
                (d.validTo() != null ? mergedAway : candidates).add(d.slug());
            }
        }
        Map<String, Boolean> chosen = new LinkedHashMap<>();
        ALWAYS.forEach(s -> chosen.put(s, true));
        // At least two departments the 2025 mergers abolish, so that every province shows them.
        shuffle(mergedAway, r);
        for (int i = 0; i < Math.min(2, mergedAway.size()) && chosen.size() < count; i++) {
            chosen.put(mergedAway.remove(0), true);
        }
        candidates.addAll(mergedAway);
        shuffle(candidates, r);
        for (String c : candidates) {
            if (chosen.size() >= count) {
                break;
            }
            chosen.put(c, true);
        }
        // Reports are listed in the reference file's order, not the draw's.
        return reference.departments().stream().map(DepartmentRef::slug).filter(chosen::containsKey).toList();
    }

    private List<String> districts(ProvinceRef province) {
        return districtChoice.computeIfAbsent(province.slug(), s -> {
            RandomGenerator r = random.stream("districts", s);
            int count = settings.minDistricts() + r.nextInt(settings.maxDistricts() - settings.minDistricts() + 1);
            return districtNames.invent(count, r);
        });
    }

    private static <T> void shuffle(List<T> list, RandomGenerator r) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
