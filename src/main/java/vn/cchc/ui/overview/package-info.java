/** Tổng quan: the headline KPI cards, the ranking and the trend for leadership. */
package vn.cchc.ui.overview;
