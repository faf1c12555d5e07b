package vn.cchc.analytics;

import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.noCondition;
import static vn.cchc.warehouse.jooq.Tables.AGENCY;
import static vn.cchc.warehouse.jooq.Tables.PROVINCE;
import static vn.cchc.warehouse.jooq.Tables.PROVINCE_SUCCESSION;
import static vn.cchc.warehouse.jooq.Tables.REPORT;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Component;

/**
 * The one place the reader's province scope becomes SQL. Every analytics read applies one of these
 * conditions (the services take this bean, never a scope from a view or URL; ArchitectureTest keeps
 * it so): a report, agency or province is visible when its province — of either generation — is one
 * of the scope's 2025 provinces or a 2008 province that became one. Reports whose province could not
 * be read are visible to country-wide readers only.
 */
@Component
public class ReadAccess {

    private final DSLContext dsl;
    private final AccessScopeSource source;
    /** 2008 slug → 2025 slug, and 2025 slug → name: reference data, fixed for the life of the process. */
    private volatile Map<String, String> successors;
    private volatile Map<String, String> names2025;

    public ReadAccess(DSLContext dsl, AccessScopeSource source) {
        this.dsl = dsl;
        this.source = source;
    }

    /** The signed-in reader's scope, as the source says now (an admin's change applies at once). */
    public AccessScope scope() {
        return source.current();
    }

    /** Province slugs of both generations the scope covers; empty for country-wide (see {@link #province}). */
    Set<String> slugs(AccessScope s) {
        Set<String> slugs = new HashSet<>(s.provinces());
        successors().forEach((old, now) -> {
            if (s.provinces().contains(now)) {
                slugs.add(old);
            }
        });
        return slugs;
    }

    /** A province slug of either generation within the reader's scope. */
    Condition province(Field<String> slugOfEitherGeneration) {
        AccessScope s = scope();
        if (s.countryWide()) {
            return noCondition();
        }
        return s.isEmpty() ? falseCondition() : slugOfEitherGeneration.in(slugs(s));
    }

    /** The current reports the reader may see (analytics_report). */
    Condition reports() {
        return province(FigureQuery.AR.PROVINCE_SLUG);
    }

    /** A report id (of a current or superseded report) the reader may see: for rows keyed by report. */
    Condition report(Field<Long> reportId) {
        return reportId.in(dsl.select(REPORT.ID).from(REPORT).where(province(REPORT.PROVINCE_SLUG)));
    }

    /** A 2025 province named as indicator_values names it (province_now). */
    Condition provinceNowName(Field<String> name2025) {
        AccessScope s = scope();
        if (s.countryWide()) {
            return noCondition();
        }
        return s.isEmpty() ? falseCondition()
                : name2025.in(s.provinces().stream().map(names2025()::get).filter(n -> n != null).toList());
    }

    /** Whether a province (slug of either generation) is within the scope. */
    public boolean allowsProvince(String slug) {
        AccessScope s = scope();
        return s.countryWide() || (slug != null && slugs(s).contains(slug));
    }

    /**
     * Whether an agency's province is within the scope: for a scoped reader the agency must exist (an
     * unknown id is refused like another province's, so ids tell nothing); a country-wide reader sees any.
     */
    public boolean allowsAgency(long agencyId) {
        return scope().countryWide() || dsl.fetchExists(AGENCY, AGENCY.ID.eq(agencyId).and(province(AGENCY.PROVINCE_SLUG)));
    }

    /** Whether a report (current or superseded) lies within the scope; as {@link #allowsAgency} for unknown ids. */
    public boolean allowsReport(long reportId) {
        return scope().countryWide() || dsl.fetchExists(REPORT, REPORT.ID.eq(reportId).and(province(REPORT.PROVINCE_SLUG)));
    }

    private Map<String, String> successors() {
        if (successors == null) {
            successors = dsl.selectFrom(PROVINCE_SUCCESSION)
                    .fetchMap(PROVINCE_SUCCESSION.OLD_SLUG, PROVINCE_SUCCESSION.NEW_SLUG);
        }
        return successors;
    }

    private Map<String, String> names2025() {
        if (names2025 == null) {
            names2025 = dsl.select(PROVINCE.SLUG, PROVINCE.NAME).from(PROVINCE)
                    .where(PROVINCE.GENERATION.eq(Boundary.NEW_34.generation())).fetchMap(PROVINCE.SLUG, PROVINCE.NAME);
        }
        return names2025;
    }
}
