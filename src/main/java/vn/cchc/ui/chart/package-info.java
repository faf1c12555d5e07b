/**
 * The chart component: an ECharts web component (frontend/components/cchc-chart.js) fed with option
 * JSON built on the server by echarts-java, with typed click events and PNG export.
 */
package vn.cchc.ui.chart;
