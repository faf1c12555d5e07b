package vn.cchc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The directions the style guide promises: who may talk to the database, who may use Vaadin. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.cchc");
    }

    @Test
    void onlyWarehouseAndAnalyticsUseJooq() {
        noClasses().that().resideOutsideOfPackages("vn.cchc.warehouse..", "vn.cchc.analytics..")
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
}
