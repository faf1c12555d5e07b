/**
 * The views' export buttons: what a view shows (its table, its chart's data, the heatmap as a
 * pivot) handed to the {@code vn.cchc.export} writers and streamed to the browser as .xlsx.
 */
package vn.cchc.ui.export;
