/**
 * The documents the overview hands out (issue 13): the one-page briefing ("Bản tin", every role)
 * and, at province level, the province's composed aggregate appendix ("Lập báo cáo tổng hợp",
 * analysts and importers). Each is a download whose role is checked again when it is asked for,
 * whose province scope is applied by the analytics query beneath, and which is audited.
 */
package vn.cchc.ui.documents;
