package vn.cchc.sample;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

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

    /** The zip rewritten entry by entry, in the same order, every entry dated {@code date}. */
    static byte[] zipEntriesDated(byte[] zip, LocalDate date) {
        long time = saved(date).getTime();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024)) {
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setTime(time);
                    out.putNextEntry(copy);
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
