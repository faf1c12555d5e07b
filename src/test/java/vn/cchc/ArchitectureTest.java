package vn.cchc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Service;
import vn.cchc.analytics.ReadAccess;
import vn.cchc.security.AuditLog;

/** The directions the style guide promises: who may talk to the database, who may use Vaadin. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.cchc");
    }

    @Test
    void onlyWarehouseAnalyticsAndTheAccountStoreUseJooq() {
        noClasses().that().resideOutsideOfPackages("vn.cchc.warehouse..", "vn.cchc.analytics..", "vn.cchc.security..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..")
                .check(classes);
    }

    @Test
    void viewsNeverSeeTheDatabase() {
        noClasses().that().resideInAPackage("vn.cchc.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.cchc.warehouse..", "org.jooq..", "java.sql..")
                .check(classes);
    }

    @Test
    void onlyUiUsesVaadin() {
        noClasses().that().resideOutsideOfPackages("vn.cchc.ui..").and().doNotHaveFullyQualifiedName("vn.cchc.Application")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..")
                .check(classes);
    }

    @Test
    void ingestIsPureOfTheWarehouse() {
        noClasses().that().resideInAnyPackage("vn.cchc.ingest..", "vn.cchc.catalog..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.cchc.warehouse..", "vn.cchc.analytics..",
                        "vn.cchc.ui..", "vn.cchc.cli..", "java.sql..", "org.springframework..")
                .check(classes);
    }

    @Test
    void exportIsPureOfTheWarehouseAndTheFrameworks() {
        // The exporters take rows and write bytes: the UI, the CLI and jobs feed them, never the other way.
        noClasses().that().resideInAPackage("vn.cchc.export..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.cchc.warehouse..", "vn.cchc.analytics..",
                        "vn.cchc.ui..", "vn.cchc.cli..", "vn.cchc.ingest..", "org.jooq..", "java.sql..",
                        "org.springframework..", "com.vaadin..")
                .check(classes);
    }

    @Test
    void everyAnalyticsReadTakesTheReadersScope() {
        // A service that queries the warehouse takes ReadAccess, the one place the signed-in reader's
        // province scope becomes SQL: a new service cannot forget it. MeasureCatalog reads the indicator
        // catalog (no province's data); AnalyticsTables refreshes derived tables (returns nothing). A
        // service that only composes others (OverviewPage) reads through theirs: taking no DSLContext, it
        // cannot query, and its parts are checked here themselves.
        classes().that().resideInAPackage("vn.cchc.analytics").and().areAnnotatedWith(Service.class)
                .and().doNotHaveSimpleName("MeasureCatalog")
                .should(new ArchCondition<JavaClass>("take ReadAccess in their constructor, or no DSLContext") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        boolean takes = c.getConstructors().stream().allMatch(k -> k.getRawParameterTypes().stream()
                                .anyMatch(t -> t.isEquivalentTo(ReadAccess.class))
                                || k.getRawParameterTypes().stream().noneMatch(t -> t.isAssignableTo(org.jooq.DSLContext.class)
                                        || t.isAssignableTo(vn.cchc.warehouse.Warehouse.class)));
                        if (!takes) {
                            events.add(SimpleConditionEvent.violated(c, c.getName() + " does not take ReadAccess"));
                        }
                    }
                })
                .check(classes);
    }

    @Test
    void figuresAreOnlyComputedThroughTheScopedQuery() {
        // FigureQuery.of and perProvince apply the scope; its private 'over' is the unscoped core.
        noClasses().that().resideOutsideOfPackage("vn.cchc.analytics")
                .should().dependOnClassesThat().haveSimpleName("FigureQuery").check(classes);
    }

    @Test
    void onlyTheAuditLogWritesTheAuditTable() {
        // Append-only: the audit table's writer is AuditLog, which has no update or delete.
        noClasses().that().doNotHaveFullyQualifiedName(AuditLog.class.getName())
                .and().resideOutsideOfPackage("vn.cchc.security.jooq..")
                .should().accessField(vn.cchc.security.jooq.Tables.class, "AUDIT_EVENT").check(classes);
    }

    @Test
    void theAccountStoreKnowsNothingOfTheDashboardOrTheWarehouseQueries() {
        noClasses().that().resideInAPackage("vn.cchc.security")
                .should().dependOnClassesThat().resideInAnyPackage("vn.cchc.ui..", "vn.cchc.cli..", "vn.cchc.ingest..",
                        "com.vaadin..")
                .check(classes);
    }

    @Test
    void reportsComeInOnlyThroughTheIntake() {
        // One pipeline for the command line, the sample, uploads, the API and the inbox: parse,
        // the importer's scope, one writer, the derived tables refreshed (issue 11).
        noClasses().that().resideOutsideOfPackages("vn.cchc.warehouse..", "vn.cchc.intake..")
                .should().dependOnClassesThat().haveSimpleName("ReportLoader")
                .orShould().dependOnClassesThat().haveSimpleName("ReportRetraction")
                .orShould().callConstructorWhere(com.tngtech.archunit.core.domain.JavaConstructorCall.Predicates
                        .target(com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With
                                .owner(com.tngtech.archunit.base.DescribedPredicate.describe("BatchLoader",
                                        (JavaClass c) -> c.getSimpleName().equals("BatchLoader")))))
                .check(classes);
    }

    @Test
    void theApiAndTheViewsStayApart() {
        noClasses().that().resideInAPackage("vn.cchc.ui..").should().dependOnClassesThat()
                .resideInAPackage("vn.cchc.api..").check(classes);
        noClasses().that().resideInAPackage("vn.cchc.api..").should().dependOnClassesThat()
                .resideInAnyPackage("vn.cchc.ui..", "vn.cchc.warehouse..", "com.vaadin..").check(classes);
        noClasses().that().resideInAPackage("vn.cchc.intake..").should().dependOnClassesThat()
                .resideInAnyPackage("vn.cchc.ui..", "vn.cchc.api..", "vn.cchc.cli..").check(classes);
    }

    @Test
    void namesAreOrderedByTheOneVietnameseCollator() {
        // Issue 12: one order of names everywhere (vn.cchc.catalog.VietnameseOrder); a Collator of its own
        // elsewhere (the JDK's puts "Hải Phòng" before "Hà Nội") would make two views disagree.
        noClasses().that().doNotHaveFullyQualifiedName("vn.cchc.catalog.VietnameseOrder")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.text.Collator")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.ibm.icu.text.Collator")
                .check(classes);
    }

    @Test
    void theUploadPageAndRetractionGoThroughTheIntake() {
        // Reading, checking the provinces, writing and withdrawing are the intake's: the pages only
        // hold an upload's state (issue 11).
        noClasses().that().resideInAnyPackage("vn.cchc.ui.upload..", "vn.cchc.ui.retract..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.cchc.ingest..", "vn.cchc.catalog..",
                        "vn.cchc.warehouse..")
                .check(classes);
        noClasses().that().resideInAPackage("vn.cchc.ui.retract..").should().dependOnClassesThat()
                .resideInAPackage("vn.cchc.ui.upload..").check(classes);
    }

    @Test
    void composeIsPureOfTheWarehouseAndTheFrameworks() {
        // The composed appendix and the briefing take the scoped query's rows and write bytes: the
        // CLI and the views feed them (issue 13).
        noClasses().that().resideInAnyPackage("vn.cchc.compose..", "vn.cchc.brief..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.cchc.warehouse..", "vn.cchc.ui..", "vn.cchc.cli..",
                        "org.jooq..", "java.sql..", "org.springframework..", "com.vaadin..")
                .check(classes);
    }

    @Test
    void snapshotsAreTakenBelowTheViews() {
        // The admin check and the audit are the service's (issue 14): the view only streams the file.
        noClasses().that().resideInAPackage("vn.cchc.snapshot..").should().dependOnClassesThat()
                .resideInAnyPackage("vn.cchc.ui..", "vn.cchc.api..", "vn.cchc.cli..", "com.vaadin..").check(classes);
    }

    @Test
    void theProvinceMapIsAComponentTheViewsUseNotAView() {
        // The map takes figures the views already have (a ranking, a drill-down level) and queries nothing.
        noClasses().that().resideInAPackage("vn.cchc.ui.map..").should().dependOnClassesThat()
                .resideInAnyPackage("vn.cchc.ui.overview..", "vn.cchc.ui.rankings..", "vn.cchc.ui.drill..",
                        "vn.cchc.ui.layout..")
                .orShould().dependOnClassesThat().areAnnotatedWith(Service.class)
                .check(classes);
    }
}
