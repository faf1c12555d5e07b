package vn.cchc.sample;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import vn.cchc.export.ZipEntryDates;

/**
 * The dates a binary file carries besides its text — OOXML core properties, the zip entries' own
 * times, PDF metadata — fixed to the report's date, so that the same seed gives the same bytes.
 */
final class FixedFileDates {

    private FixedFileDates() {
    }

    /** The report's date at 08:00 UTC: when it was "saved". */
    static Date saved(LocalDate date) {
        return Date.from(date.atTime(8, 0).toInstant(ZoneOffset.UTC));
    }

    static Calendar savedCalendar(LocalDate date) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTime(saved(date));
        return calendar;
    }

    /** The zip's entries dated the report's "saved" moment ({@link ZipEntryDates}). */
    static byte[] zipEntriesDated(byte[] zip, LocalDate date) {
        return ZipEntryDates.dated(zip, saved(date).getTime());
    }
}
