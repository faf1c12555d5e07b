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
import static org.jooq.impl.DSL.excluded;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.DataFiles;
import vn.cchc.catalog.DepartmentLineageRef;
import vn.cchc.catalog.DepartmentRef;
import vn.cchc.catalog.Indicator;
import vn.cchc.catalog.ProvinceRef;
import vn.cchc.catalog.ProvinceSuccessionRef;
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

    // One multi-row statement per table: hundreds of single inserts would cost seconds on every new warehouse.

    private static void loadProvinces(DSLContext dsl, ReferenceData reference) {
        var provinces = dsl.insertInto(PROVINCE, PROVINCE.SLUG, PROVINCE.NAME, PROVINCE.GENERATION, PROVINCE.VALID_FROM,
                PROVINCE.VALID_TO, PROVINCE.REGION);
        for (ProvinceRef p : reference.provinces()) {
            provinces = provinces.values(p.slug(), p.name(), p.generation(), p.validFrom(), p.validTo(), p.region());
        }
        provinces.onConflict(PROVINCE.SLUG).doUpdate()
                .set(PROVINCE.NAME, excluded(PROVINCE.NAME)).set(PROVINCE.GENERATION, excluded(PROVINCE.GENERATION))
                .set(PROVINCE.VALID_FROM, excluded(PROVINCE.VALID_FROM)).set(PROVINCE.VALID_TO, excluded(PROVINCE.VALID_TO))
                .set(PROVINCE.REGION, excluded(PROVINCE.REGION))
                .execute();

        dsl.deleteFrom(PROVINCE_ALIAS).execute();
        var aliases = dsl.insertInto(PROVINCE_ALIAS, PROVINCE_ALIAS.PROVINCE_SLUG, PROVINCE_ALIAS.ALIAS, PROVINCE_ALIAS.KIND);
        for (ProvinceRef p : reference.provinces()) {
            for (String a : p.aliases()) {
                aliases = aliases.values(p.slug(), a, "alias");
            }
            for (String a : p.places()) {
                aliases = aliases.values(p.slug(), a, "place");
            }
        }
        aliases.onConflictDoNothing().execute();

        dsl.deleteFrom(PROVINCE_SUCCESSION).execute();
        var succession = dsl.insertInto(PROVINCE_SUCCESSION, PROVINCE_SUCCESSION.OLD_SLUG, PROVINCE_SUCCESSION.NEW_SLUG,
                PROVINCE_SUCCESSION.EFFECTIVE);
        for (ProvinceSuccessionRef s : reference.succession()) {
            succession = succession.values(s.oldSlug(), s.newSlug(), s.effective());
        }
        succession.execute();

        var kinds = dsl.insertInto(AGENCY_KIND, AGENCY_KIND.KIND, AGENCY_KIND.NAME_VI, AGENCY_KIND.NAME_EN);
        for (Map<String, String> k : reference.agencyKinds()) {
            kinds = kinds.values(k.get("kind"), k.get("name_vi"), k.get("name_en"));
        }
        kinds.onConflict(AGENCY_KIND.KIND).doUpdate()
                .set(AGENCY_KIND.NAME_VI, excluded(AGENCY_KIND.NAME_VI)).set(AGENCY_KIND.NAME_EN, excluded(AGENCY_KIND.NAME_EN))
                .execute();
    }

    private static void loadDepartments(DSLContext dsl, ReferenceData reference) {
        var types = dsl.insertInto(DEPARTMENT_TYPE, DEPARTMENT_TYPE.SLUG, DEPARTMENT_TYPE.NAME, DEPARTMENT_TYPE.VALID_FROM,
                DEPARTMENT_TYPE.VALID_TO);
        for (DepartmentRef d : reference.departments()) {
            types = types.values(d.slug(), d.name(), d.validFrom(), d.validTo());
        }
        types.onConflict(DEPARTMENT_TYPE.SLUG).doUpdate()
                .set(DEPARTMENT_TYPE.NAME, excluded(DEPARTMENT_TYPE.NAME))
                .set(DEPARTMENT_TYPE.VALID_FROM, excluded(DEPARTMENT_TYPE.VALID_FROM))
                .set(DEPARTMENT_TYPE.VALID_TO, excluded(DEPARTMENT_TYPE.VALID_TO))
                .execute();

        dsl.deleteFrom(DEPARTMENT_ALIAS).execute();
        var aliases = dsl.insertInto(DEPARTMENT_ALIAS, DEPARTMENT_ALIAS.DEPARTMENT_SLUG, DEPARTMENT_ALIAS.ALIAS,
                DEPARTMENT_ALIAS.KIND);
        for (DepartmentRef d : reference.departments()) {
            for (String c : d.shortCodes()) {
                aliases = aliases.values(d.slug(), c, "code");
            }
            for (String a : d.aliases()) {
                aliases = aliases.values(d.slug(), a, "alias");
            }
        }
        aliases.onConflictDoNothing().execute();

        dsl.deleteFrom(DEPARTMENT_LINEAGE).execute();
        var lineage = dsl.insertInto(DEPARTMENT_LINEAGE, DEPARTMENT_LINEAGE.FROM_SLUG, DEPARTMENT_LINEAGE.TO_SLUG,
                DEPARTMENT_LINEAGE.EFFECTIVE, DEPARTMENT_LINEAGE.NOTE);
        for (DepartmentLineageRef l : reference.lineage()) {
            lineage = lineage.values(l.fromSlug(), l.toSlug(), l.effective(), l.note());
        }
        lineage.execute();
    }

    private static void loadIndicators(DSLContext dsl, Catalog catalog) {
        var rows = dsl.insertInto(INDICATOR, INDICATOR.ID, INDICATOR.AREA, INDICATOR.NAME_VI, INDICATOR.NAME_EN, INDICATOR.UNIT,
                INDICATOR.KIND, INDICATOR.HIGHER_IS_BETTER, INDICATOR.NUMERATOR_ID, INDICATOR.DENOMINATOR_ID, INDICATOR.TOTAL_ID,
                INDICATOR.ACCUMULATION, INDICATOR.CODES);
        for (Indicator i : catalog.indicators()) {
            rows = rows.values(i.id(), i.area(), i.nameVi(), i.nameEn(), i.unit(), i.kind().name().toLowerCase(Locale.ROOT),
                    i.higherIsBetter(), i.numeratorId(), i.denominatorId(), i.totalId(),
                    i.accumulation().name().toLowerCase(Locale.ROOT), i.codes());
        }
        rows.onConflict(INDICATOR.ID).doUpdate()
                .set(INDICATOR.AREA, excluded(INDICATOR.AREA)).set(INDICATOR.NAME_VI, excluded(INDICATOR.NAME_VI))
                .set(INDICATOR.NAME_EN, excluded(INDICATOR.NAME_EN)).set(INDICATOR.UNIT, excluded(INDICATOR.UNIT))
                .set(INDICATOR.KIND, excluded(INDICATOR.KIND)).set(INDICATOR.HIGHER_IS_BETTER, excluded(INDICATOR.HIGHER_IS_BETTER))
                .set(INDICATOR.NUMERATOR_ID, excluded(INDICATOR.NUMERATOR_ID))
                .set(INDICATOR.DENOMINATOR_ID, excluded(INDICATOR.DENOMINATOR_ID))
                .set(INDICATOR.TOTAL_ID, excluded(INDICATOR.TOTAL_ID)).set(INDICATOR.ACCUMULATION, excluded(INDICATOR.ACCUMULATION))
                .set(INDICATOR.CODES, excluded(INDICATOR.CODES))
                .execute();
    }
}
