/**
 * The province map: a choropleth of an indicator over the 63 or the 34 provinces (boundaries in
 * src/main/resources/map, built by the test-scoped ProvinceMapBuild), shared by the overview, the
 * rankings and the drill-down. Its figures come from the analytics services, so the province scope applies.
 */
package vn.cchc.ui.map;
