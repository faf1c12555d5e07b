/**
 * The upload page ({@code /upload}, importers and admins): files or a .zip dropped into the browser
 * go to server-side temporary files (size checked while they arrive), are read in the background
 * with a progress bar per file and overall (server push), shown as a preview per file — detected
 * fields with their evidence, values with raw text and source line, findings — corrected where the
 * reader got a field wrong, then confirmed (loaded) or cancelled (nothing left behind). The page
 * also lists recent loads with "Rút báo cáo". The intake ({@code vn.cchc.intake}) does all the work.
 */
package vn.cchc.ui.upload;
