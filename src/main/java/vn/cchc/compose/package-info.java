/**
 * The province's own aggregate appendix (issue 13): from the current reports of a province's
 * departments, districts and communes for one period, every row of the current (2023) template
 * computed by the indicator's aggregation rule, which is catalog data
 * ({@link vn.cchc.catalog.AggregationRules}), and written as .docx (one real table per "Biểu mẫu",
 * the layout the loader reads) or .xlsx (numbers as numbers), with a last section "Nguồn số liệu".
 * The rows come from {@link vn.cchc.sample.TemplateLayout}, the same data the generator prints;
 * the agencies' values from {@link vn.cchc.analytics.AgencyReportsQuery}, which applies the
 * reader's scope. Pure of the warehouse and the frameworks: it takes values and writes bytes.
 */
package vn.cchc.compose;
