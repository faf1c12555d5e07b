/**
 * The one way reports come into the warehouse: read (ingest), checked against the loader's
 * province scope, written by the one writer (warehouse), the dashboard's derived tables brought up
 * to date (analytics). The command line, the first start's sample, the upload view, the HTTP API
 * and the inbox folder all load through {@link vn.cchc.intake.ReportIntake}; in the app,
 * {@link vn.cchc.intake.IntakeService} adds who is loading (their scope and the audit log),
 * previews with corrections, and retraction. No Vaadin here: the upload view and the API call in.
 */
package vn.cchc.intake;
