/**
 * Withdrawing a wrongly loaded report from the dashboard ("Rút báo cáo"), for importers and admins:
 * a button, a dialog asking for the reason, and an event saying what became current again. Used by
 * the drill-down's report detail and the upload page's history; the intake does the work.
 */
package vn.cchc.ui.retract;
