/**
 * The jar's command line (load, ...): parses options, runs the warehouse and ingest services, prints progress and a summary.
 */
package vn.cchc.cli;
