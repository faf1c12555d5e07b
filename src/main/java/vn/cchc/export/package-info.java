/**
 * Tables and pivots out of the app as .xlsx (Apache POI SXSSF, streamed, bounded memory) and CSV:
 * typed numeric cells with Vietnamese/English formats, a "Bộ lọc" sheet saying what was exported
 * and from which reports, and report text that can never run as a formula. Pure: POI only — the
 * rows come in as an {@link java.util.Iterator}, whoever queries them (analytics, the CLI, the UI).
 */
package vn.cchc.export;
