package vn.cchc.warehouse;

import static vn.cchc.warehouse.jooq.Tables.AGENCY_KIND;
import static vn.cchc.warehouse.jooq.Tables.DEPARTMENT_ALIAS;
import static vn.cchc.warehouse.jooq.Tables.DEPARTMENT_LINEAGE;
import static vn.cchc.warehouse.jooq.Tables.DEPARTMENT_TYPE;
import static vn.cchc.warehouse.jooq.Tables.INDICATOR;
import static vn.cchc.warehouse.jooq.Tables.PROVINCE;
import static vn.cchc.warehouse.jooq.Tables.PROVINCE_ALIAS;
import static vn.cchc.warehouse.jooq.Tables.PROVINCE_SUCCESSION;

import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.DataFiles;
import vn.cchc.catalog.DepartmentLineageRef;
import vn.cchc.catalog.DepartmentRef;
import vn.cchc.catalog.Indicator;
import vn.cchc.catalog.ProvinceRef;
import vn.cchc.catalog.ReferenceData;

/**
 * Loads the reference data and the indicator catalog from their CSV files. Repeatable: its
 * checksum is that of the files, so a corrected file is applied again on the next start.
 * Rows are upserted, never deleted, because reports may already point at them.
 */
final class ReferenceDataMigration implements JavaMigration {

    static final String[] REFERENCE_FILES = {"provinces.csv", "province_succession.csv", "agency_kinds.csv",
        "department_types.csv", "department_lineage.csv"};
    static final String[] CATALOG_FILES = {"indicators.csv", "aliases.csv", "sections.csv", "units.csv"};

    private final DataFiles referenceFiles;
    private final DataFiles catalogFiles;

    ReferenceDataMigration(DataFiles referenceFiles, DataFiles catalogFiles) {
        this.referenceFiles = referenceFiles;
        this.catalogFiles = catalogFiles;
    }

    @Override
    public MigrationVersion getVersion() {
        return null;
    }

    @Override
    public String getDescription() {
        return "reference data and indicator catalog";
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        for (String f : REFERENCE_FILES) {
            crc.update(referenceFiles.bytes(f));
        }
        for (String f : CATALOG_FILES) {
            crc.update(catalogFiles.bytes(f));
        }
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        DSLContext dsl = DSL.using(context.getConnection(), SQLDialect.DUCKDB);
        ReferenceData reference = ReferenceData.load(referenceFiles);
        loadProvinces(dsl, reference);
        loadDepartments(dsl, reference);
        loadIndicators(dsl, Catalog.load(catalogFiles));
    }

    private static void loadProvinces(DSLContext dsl, ReferenceData reference) {
        for (ProvinceRef p : reference.provinces()) {
            dsl.insertInto(PROVINCE)
                    .set(PROVINCE.SLUG, p.slug()).set(PROVINCE.NAME, p.name()).set(PROVINCE.GENERATION, p.generation())
                    .set(PROVINCE.VALID_FROM, p.validFrom()).set(PROVINCE.VALID_TO, p.validTo()).set(PROVINCE.REGION, p.region())
                    .onConflict(PROVINCE.SLUG).doUpdate()
                    .set(PROVINCE.NAME, p.name()).set(PROVINCE.GENERATION, p.generation())
                    .set(PROVINCE.VALID_FROM, p.validFrom()).set(PROVINCE.VALID_TO, p.validTo()).set(PROVINCE.REGION, p.region())
                    .execute();
        }
        dsl.deleteFrom(PROVINCE_ALIAS).execute();
        for (ProvinceRef p : reference.provinces()) {
            p.aliases().forEach(a -> dsl.insertInto(PROVINCE_ALIAS).values(p.slug(), a, "alias").onConflictDoNothing().execute());
            p.places().forEach(a -> dsl.insertInto(PROVINCE_ALIAS).values(p.slug(), a, "place").onConflictDoNothing().execute());
        }
        dsl.deleteFrom(PROVINCE_SUCCESSION).execute();
        for (Map.Entry<String, String> s : reference.succession().entrySet()) {
            dsl.insertInto(PROVINCE_SUCCESSION).values(s.getKey(), s.getValue(), java.time.LocalDate.of(2025, 7, 1)).execute();
        }
        for (Map<String, String> k : reference.agencyKinds()) {
            dsl.insertInto(AGENCY_KIND).values(k.get("kind"), k.get("name_vi"), k.get("name_en"))
                    .onConflict(AGENCY_KIND.KIND).doUpdate()
                    .set(AGENCY_KIND.NAME_VI, k.get("name_vi")).set(AGENCY_KIND.NAME_EN, k.get("name_en")).execute();
        }
    }

    private static void loadDepartments(DSLContext dsl, ReferenceData reference) {
        for (DepartmentRef d : reference.departments()) {
            dsl.insertInto(DEPARTMENT_TYPE)
                    .set(DEPARTMENT_TYPE.SLUG, d.slug()).set(DEPARTMENT_TYPE.NAME, d.name())
                    .set(DEPARTMENT_TYPE.VALID_FROM, d.validFrom()).set(DEPARTMENT_TYPE.VALID_TO, d.validTo())
                    .onConflict(DEPARTMENT_TYPE.SLUG).doUpdate()
                    .set(DEPARTMENT_TYPE.NAME, d.name())
                    .set(DEPARTMENT_TYPE.VALID_FROM, d.validFrom()).set(DEPARTMENT_TYPE.VALID_TO, d.validTo())
                    .execute();
        }
        dsl.deleteFrom(DEPARTMENT_ALIAS).execute();
        dsl.deleteFrom(DEPARTMENT_LINEAGE).execute();
        for (DepartmentRef d : reference.departments()) {
            d.shortCodes().forEach(c -> dsl.insertInto(DEPARTMENT_ALIAS).values(d.slug(), c, "code").onConflictDoNothing().execute());
            d.aliases().forEach(a -> dsl.insertInto(DEPARTMENT_ALIAS).values(d.slug(), a, "alias").onConflictDoNothing().execute());
        }
        for (DepartmentLineageRef l : reference.lineage()) {
            dsl.insertInto(DEPARTMENT_LINEAGE).values(l.fromSlug(), l.toSlug(), l.effective(), l.note()).execute();
        }
    }

    private static void loadIndicators(DSLContext dsl, Catalog catalog) {
        for (Indicator i : catalog.indicators()) {
            String kind = i.kind().name().toLowerCase(Locale.ROOT);
            String accumulation = i.accumulation().name().toLowerCase(Locale.ROOT);
            dsl.insertInto(INDICATOR)
                    .set(INDICATOR.ID, i.id()).set(INDICATOR.AREA, i.area()).set(INDICATOR.NAME_VI, i.nameVi())
                    .set(INDICATOR.NAME_EN, i.nameEn()).set(INDICATOR.UNIT, i.unit()).set(INDICATOR.KIND, kind)
                    .set(INDICATOR.HIGHER_IS_BETTER, i.higherIsBetter()).set(INDICATOR.NUMERATOR_ID, i.numeratorId())
                    .set(INDICATOR.DENOMINATOR_ID, i.denominatorId()).set(INDICATOR.TOTAL_ID, i.totalId())
                    .set(INDICATOR.ACCUMULATION, accumulation).set(INDICATOR.CODES, i.codes())
                    .onConflict(INDICATOR.ID).doUpdate()
                    .set(INDICATOR.AREA, i.area()).set(INDICATOR.NAME_VI, i.nameVi()).set(INDICATOR.NAME_EN, i.nameEn())
                    .set(INDICATOR.UNIT, i.unit()).set(INDICATOR.KIND, kind).set(INDICATOR.HIGHER_IS_BETTER, i.higherIsBetter())
                    .set(INDICATOR.NUMERATOR_ID, i.numeratorId()).set(INDICATOR.DENOMINATOR_ID, i.denominatorId())
                    .set(INDICATOR.TOTAL_ID, i.totalId()).set(INDICATOR.ACCUMULATION, accumulation)
                    .set(INDICATOR.CODES, i.codes())
                    .execute();
        }
    }
}
