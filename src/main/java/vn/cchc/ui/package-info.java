/**
 * The web dashboard (Vaadin): one sub-package per view (overview, trends, rankings, drill, heatmap,
 * quality) and the pieces they share (layout, filter, state, chart, export, i18n). Views call the
 * analytics services and receive records — never SQL — and keep what they show in the URL.
 */
package vn.cchc.ui;
