package vn.cchc.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceDataTest {

    private static final ReferenceData REF = ReferenceData.bundled();
    private static final LocalDate LAST_DAY_OF_63 = LocalDate.of(2025, 6, 30);
    private static final LocalDate FIRST_DAY_OF_34 = LocalDate.of(2025, 7, 1);

    private static List<ProvinceRef> generation(String generation) {
        return REF.provinces().stream().filter(p -> p.generation().equals(generation)).toList();
    }

    private static Set<String> slugs(String generation) {
        return generation(generation).stream().map(ProvinceRef::slug).collect(Collectors.toSet());
    }

    @Test
    void has63ProvincesOfGeneration2008And34Of2025() {
        assertThat(generation("2008")).hasSize(63);
        assertThat(generation("2025")).hasSize(34);
        assertThat(REF.provinces()).hasSize(97).extracting(ProvinceRef::generation).containsOnly("2008", "2025");
    }

    @Test
    void slugsAreUniqueAnd2025SlugsEndIn2025() {
        assertThat(REF.provinces()).extracting(ProvinceRef::slug).doesNotHaveDuplicates()
                .allMatch(slug -> slug.matches("[a-z]+(-[a-z]+)*(-2025)?"));
        assertThat(slugs("2025")).allMatch(s -> s.endsWith("-2025"));
        assertThat(slugs("2008")).noneMatch(s -> s.endsWith("-2025"));
        assertThat(REF.provincesBySlug()).hasSize(97);
    }

    @Test
    void theGenerationsMeetOnFirstJuly2025() {
        assertThat(generation("2008")).allSatisfy(p -> {
            assertThat(p.validFrom()).as(p.slug()).isNull();
            assertThat(p.validTo()).as(p.slug()).isEqualTo(LAST_DAY_OF_63);
        });
        assertThat(generation("2025")).allSatisfy(p -> {
            assertThat(p.validFrom()).as(p.slug()).isEqualTo(FIRST_DAY_OF_34);
            assertThat(p.validTo()).as(p.slug()).isNull();
        });
    }

    @Test
    void aProvinceIsValidThroughItsLastDayInclusive() {
        ProvinceRef old = REF.province("thua-thien-hue").orElseThrow();
        ProvinceRef now = REF.province("hue-2025").orElseThrow();

        assertThat(old.validOn(LAST_DAY_OF_63)).isTrue();
        assertThat(old.validOn(FIRST_DAY_OF_34)).isFalse();
        assertThat(old.validOn(LocalDate.of(2021, 3, 19))).isTrue();
        assertThat(now.validOn(LAST_DAY_OF_63)).isFalse();
        assertThat(now.validOn(FIRST_DAY_OF_34)).isTrue();
    }

    @Test
    void every2008SlugHasExactlyOneSuccessorOfGeneration2025() {
        Map<String, Long> successions = REF.succession().stream()
                .collect(Collectors.groupingBy(ProvinceSuccessionRef::oldSlug, Collectors.counting()));

        assertThat(successions.keySet()).isEqualTo(slugs("2008"));
        assertThat(successions.values()).containsOnly(1L);
        assertThat(REF.succession()).extracting(ProvinceSuccessionRef::newSlug).allMatch(slugs("2025")::contains);
        assertThat(REF.succession()).extracting(ProvinceSuccessionRef::effective).containsOnly(FIRST_DAY_OF_34);
        assertThat(REF.successorSlugs()).hasSize(63);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "ha-giang,        tuyen-quang-2025",
            "thua-thien-hue,  hue-2025",
            "ba-ria-vung-tau, ho-chi-minh-2025",
            "quang-binh,      quang-tri-2025",
            "thanh-hoa,       thanh-hoa-2025",
            "ninh-thuan,      khanh-hoa-2025",
            "tuyen-quang,     tuyen-quang-2025"})
    void theSeedProvincesAndTheDomainExamplesHaveTheirSuccessor(String old, String successor) {
        assertThat(REF.successorSlugs()).containsEntry(old, successor);
    }

    /** DOMAIN §8, read backwards: each 2025 province and the 2008 provinces it took in. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            tuyen-quang-2025 | tuyen-quang ha-giang
            lao-cai-2025     | lao-cai yen-bai
            thai-nguyen-2025 | thai-nguyen bac-kan
            phu-tho-2025     | phu-tho vinh-phuc hoa-binh
            bac-ninh-2025    | bac-ninh bac-giang
            hung-yen-2025    | hung-yen thai-binh
            hai-phong-2025   | hai-phong hai-duong
            ninh-binh-2025   | ninh-binh ha-nam nam-dinh
            quang-tri-2025   | quang-tri quang-binh
            da-nang-2025     | da-nang quang-nam
            quang-ngai-2025  | quang-ngai kon-tum
            gia-lai-2025     | gia-lai binh-dinh
            khanh-hoa-2025   | khanh-hoa ninh-thuan
            lam-dong-2025    | lam-dong dak-nong binh-thuan
            dak-lak-2025     | dak-lak phu-yen
            ho-chi-minh-2025 | ho-chi-minh binh-duong ba-ria-vung-tau
            dong-nai-2025    | dong-nai binh-phuoc
            tay-ninh-2025    | tay-ninh long-an
            can-tho-2025     | can-tho soc-trang hau-giang
            vinh-long-2025   | vinh-long ben-tre tra-vinh
            dong-thap-2025   | dong-thap tien-giang
            ca-mau-2025      | ca-mau bac-lieu
            an-giang-2025    | an-giang kien-giang
            ha-noi-2025      | ha-noi
            hue-2025         | thua-thien-hue
            lai-chau-2025    | lai-chau
            dien-bien-2025   | dien-bien
            son-la-2025      | son-la
            lang-son-2025    | lang-son
            quang-ninh-2025  | quang-ninh
            thanh-hoa-2025   | thanh-hoa
            nghe-an-2025     | nghe-an
            ha-tinh-2025     | ha-tinh
            cao-bang-2025    | cao-bang
            """)
    void every2025ProvinceTookInTheMembersOfDomainSection8(String successor, String members) {
        List<String> predecessors = REF.succession().stream().filter(s -> s.newSlug().equals(successor))
                .map(ProvinceSuccessionRef::oldSlug).toList();

        assertThat(predecessors).containsExactlyInAnyOrder(members.split(" "));
        assertThat(REF.province(successor)).get().extracting(ProvinceRef::generation).isEqualTo("2025");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "thua-thien-hue,   Thừa Thiên Huế",
            "hue-2025,         Huế",
            "ho-chi-minh,      Hồ Chí Minh",
            "ba-ria-vung-tau,  Bà Rịa - Vũng Tàu",
            "quang-binh,       Quảng Bình",
            "tuyen-quang-2025, Tuyên Quang",
            "thanh-hoa,        Thanh Hóa"})
    void namesAreTheShortOfficialNames(String slug, String name) {
        assertThat(REF.province(slug)).get().extracting(ProvinceRef::name).isEqualTo(name);
    }

    @Test
    void listsTheTownsAReportMayNameInsteadOfItsProvince() {
        assertThat(REF.province("quang-binh").orElseThrow().places()).contains("Đồng Hới");
        assertThat(REF.province("thua-thien-hue").orElseThrow().places()).containsExactly("Huế");
        assertThat(REF.province("ho-chi-minh").orElseThrow().aliases()).contains("TP.HCM", "TP Hồ Chí Minh");
    }

    @Test
    void knowsNoProvinceByAnUnknownSlug() {
        assertThat(REF.province("ha-tay")).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource({
            "so-thong-tin-va-truyen-thong,          so-khoa-hoc-va-cong-nghe,        true",
            "so-thong-tin-va-truyen-thong,          so-van-hoa-the-thao-va-du-lich,  false",
            "so-giao-thong-van-tai,                 so-xay-dung,                     true",
            "so-ke-hoach-va-dau-tu,                 so-tai-chinh,                    true",
            "so-lao-dong-thuong-binh-va-xa-hoi,     so-noi-vu,                       true",
            "so-lao-dong-thuong-binh-va-xa-hoi,     so-y-te,                         false",
            "so-nong-nghiep-va-phat-trien-nong-thon, so-nong-nghiep-va-moi-truong,   true",
            "so-tai-nguyen-va-moi-truong,           so-nong-nghiep-va-moi-truong,    true",
            "so-noi-vu,                             so-dan-toc-va-ton-giao,          false"})
    void departmentLineageFollowsTheMergersOfEarly2025(String from, String to, boolean primary) {
        assertThat(REF.lineage()).filteredOn(l -> l.fromSlug().equals(from) && l.toSlug().equals(to))
                .singleElement().satisfies(l -> {
                    assertThat(l.primary()).isEqualTo(primary);
                    assertThat(l.note()).startsWith(primary ? "primary:" : "partial:");
                    assertThat(l.effective()).isEqualTo(LocalDate.of(2025, 3, 1));
                });
    }

    @Test
    void everyAbolishedDepartmentTypeHasExactlyOnePrimarySuccessor() {
        Map<String, DepartmentRef> types = REF.departments().stream()
                .collect(Collectors.toMap(DepartmentRef::slug, Function.identity()));
        Set<String> abolished = REF.departments().stream().filter(d -> d.validTo() != null).map(DepartmentRef::slug)
                .collect(Collectors.toSet());
        Map<String, Long> primaries = REF.lineage().stream().filter(DepartmentLineageRef::primary)
                .collect(Collectors.groupingBy(DepartmentLineageRef::fromSlug, Collectors.counting()));

        assertThat(abolished).contains("so-thong-tin-va-truyen-thong", "so-ke-hoach-va-dau-tu", "ban-dan-toc");
        assertThat(primaries.keySet()).isEqualTo(abolished);
        assertThat(primaries.values()).containsOnly(1L);
        assertThat(REF.lineage()).allSatisfy(l -> {
            assertThat(types).as(l.fromSlug()).containsKey(l.fromSlug());
            assertThat(types).as(l.toSlug()).containsKey(l.toSlug());
            assertThat(types.get(l.toSlug()).validTo()).as(l.toSlug() + " still exists").isNull();
        });
    }

    @Test
    void departmentTypesCarryTheSuffixesOfTheirDocumentNumbers() {
        assertThat(REF.department("so-xay-dung").orElseThrow().shortCodes()).contains("SXD");
        assertThat(REF.department("so-khoa-hoc-va-cong-nghe").orElseThrow().shortCodes()).contains("SKHCN", "SKHCHN");
        assertThat(REF.department("so-ke-hoach-va-dau-tu").orElseThrow().validTo()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(REF.department("so-nong-nghiep-va-moi-truong").orElseThrow().validFrom())
                .isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void aShortCodeBelongsToOneDepartmentTypeOnly() {
        Map<String, Set<String>> typesByCode = REF.departments().stream()
                .flatMap(d -> d.shortCodes().stream().map(c -> Map.entry(c.toUpperCase(Locale.ROOT), d.slug())))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));

        assertThat(typesByCode).allSatisfy((code, types) -> assertThat(types).as(code).hasSize(1));
        assertThat(typesByCode.get("SXD")).containsExactly("so-xay-dung");
    }

    @Test
    void hasTheFourAgencyKinds() {
        assertThat(REF.agencyKinds()).extracting(k -> k.get("kind"))
                .containsExactly("province", "department", "district", "commune");
    }

    @Test
    void aCorrectedFileInTheOverrideDirectoryWinsWhileTheOthersComeFromTheBundle(@TempDir Path dir) throws IOException {
        String bundled = new String(DataFiles.bundled("reference").bytes("provinces.csv"), StandardCharsets.UTF_8);
        String corrected = bundled.replace("quang-binh,Quảng Bình,2008,", "quang-binh,Quảng Bình (sửa),2008,");
        assertThat(corrected).isNotEqualTo(bundled);
        Files.writeString(dir.resolve("provinces.csv"), corrected);

        ReferenceData data = ReferenceData.load(new DataFiles("reference", dir));

        assertThat(data.province("quang-binh")).get().extracting(ProvinceRef::name).isEqualTo("Quảng Bình (sửa)");
        assertThat(data.provinces()).hasSize(97);
        assertThat(data.succession()).isEqualTo(REF.succession());
        assertThat(data.departments()).isEqualTo(REF.departments());
        assertThat(data.lineage()).isEqualTo(REF.lineage());
        assertThat(data.agencyKinds()).isEqualTo(REF.agencyKinds());
    }

    @Test
    void anOverrideFileMayHoldOnlyTheRowsAUserKeeps(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("provinces.csv"), """
                slug,name,generation,valid_from,valid_to,region,aliases,places
                quang-binh,Quảng Bình,2008,,2025-06-30,Bắc Trung Bộ và Duyên hải miền Trung,,Đồng Hới|Ba Đồn
                """);

        ReferenceData data = ReferenceData.load(new DataFiles("reference", dir));

        assertThat(data.provinces()).extracting(ProvinceRef::slug, ProvinceRef::places)
                .containsExactly(tuple("quang-binh", List.of("Đồng Hới", "Ba Đồn")));
        assertThat(data.succession()).hasSize(63);
    }

    @Test
    void anEmptyOverrideDirectoryReadsTheBundle(@TempDir Path dir) {
        assertThat(ReferenceData.load(new DataFiles("reference", dir))).isEqualTo(REF);
    }

    @Test
    void aBrokenOverrideFileIsReportedByItsPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("province_succession.csv");
        Files.writeString(file, "old_slug,new_slug,effective\nha-giang,tuyen-quang-2025,2025-07-01,extra\n");

        assertThatThrownBy(() -> ReferenceData.load(new DataFiles("reference", dir)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file.toString() + ": ")
                .hasMessageContaining("has 4 fields, the header has 3");
    }

    @Test
    void aMissingDataFileIsNamed() {
        assertThatThrownBy(() -> DataFiles.bundled("reference").rows("districts.csv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("missing data file reference/districts.csv");
    }

    @Test
    void theBundledFilesAreReadable() {
        assertThat(Arrays.asList("provinces.csv", "province_succession.csv", "department_types.csv",
                "department_lineage.csv", "agency_kinds.csv"))
                .allSatisfy(f -> assertThat(DataFiles.bundled("reference").rows(f)).as(f).isNotEmpty());
    }
}
