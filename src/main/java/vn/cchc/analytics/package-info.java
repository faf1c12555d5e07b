/**
 * Queries over the warehouse for the views, written with jOOQ and returning records; views never see SQL.
 */
package vn.cchc.analytics;
