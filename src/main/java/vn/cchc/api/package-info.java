/**
 * The HTTP API for scripts (issue 11): reports in, the list of reports, retraction — JSON over
 * {@code /api/v1}, described as OpenAPI at {@code /api/docs}. Authenticated by an importer's API
 * token (bearer); every call goes through {@link vn.cchc.intake.IntakeService} and the reader's
 * scope, exactly as the upload view does. No Vaadin here.
 */
package vn.cchc.api;
