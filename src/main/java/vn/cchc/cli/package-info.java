/**
 * The jar's command line (load, generate, export): parses options, runs the warehouse, ingest,
 * sample and export services, prints progress and a summary; Vietnamese by default.
 */
package vn.cchc.cli;
