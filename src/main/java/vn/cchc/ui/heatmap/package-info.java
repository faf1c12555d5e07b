/** Bản đồ nhiệt: agencies × periods for an indicator. */
package vn.cchc.ui.heatmap;
