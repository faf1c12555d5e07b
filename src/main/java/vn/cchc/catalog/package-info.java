/**
 * The indicator catalog with the template aliases of each generation, and the reference data (provinces of 2008 and 2025 with the merger map, agency kinds, department types and their 2025 lineage). All of it is CSV data under src/main/resources, never code.
 */
package vn.cchc.catalog;
