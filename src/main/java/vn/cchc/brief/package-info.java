/**
 * The one-page leadership briefing (issue 13): for a scope (the country or a province) and a
 * period, the three headline rates with their change in points, the biggest movers among units
 * of one kind (provinces with provinces, departments with departments: DOMAIN §5), the units below
 * a threshold, who has not reported, the data-quality warnings touching those figures, and two
 * small charts rendered on the server (JFreeChart) in the dashboard's colours — as A4 PDF (PDFBox,
 * embedded DejaVu) or .docx. Every figure comes from the analytics services the dashboard uses
 * ({@link vn.cchc.brief.BriefingSource}); sentences are templates filled with them
 * ({@link vn.cchc.brief.BriefingText}); the same data gives the same bytes.
 */
package vn.cchc.brief;
