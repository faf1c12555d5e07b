package vn.cchc.export;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * SXSSF with its compression tuned for speed: every row is deflated twice (into the gzip temp file,
 * then into the .xlsx zip), and at the default level that is most of an export's CPU time. The
 * fastest level costs some 15–25 % in file size and saves most of that time (measured by
 * ExportBenchmark). POI's writer also gets a buffer without a lock per call: a sheet is written by
 * one thread, and it is called a few dozen times per cell.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    StreamingWorkbook(int window) {
        super(window);
        setCompressTempFiles(true);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new GZIPSheetDataWriter() {
            /** POI writes each attribute and tag as a small string: an unlocked buffer in front of the encoder. */
            @Override
            public Writer createWriter(File fd) throws IOException {
                return new UnlockedBufferedWriter(new OutputStreamWriter(decorateOutputStream(new FileOutputStream(fd)),
                        StandardCharsets.UTF_8));
            }

            @Override
            protected OutputStream decorateOutputStream(FileOutputStream fos) throws IOException {
                return new GZIPOutputStream(fos, 1 << 16) {
                    {
                        def.setLevel(Deflater.BEST_SPEED);
                    }
                };
            }
        };
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }

    /** A char buffer that takes no lock per write, unlike {@link java.io.BufferedWriter}; one thread only. */
    static final class UnlockedBufferedWriter extends Writer {

        private final Writer out;
        private final char[] buffer = new char[1 << 14];
        private int used;

        UnlockedBufferedWriter(Writer out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            if (used == buffer.length) {
                flushBuffer();
            }
            buffer[used++] = (char) c;
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            while (len > 0) {
                if (used == buffer.length) {
                    flushBuffer();
                }
                int n = Math.min(len, buffer.length - used);
                s.getChars(off, off + n, buffer, used);
                used += n;
                off += n;
                len -= n;
            }
        }

        @Override
        public void write(String s) throws IOException {
            write(s, 0, s.length());
        }

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            if (len >= buffer.length) {
                flushBuffer();
                out.write(chars, off, len);
                return;
            }
            if (len > buffer.length - used) {
                flushBuffer();
            }
            System.arraycopy(chars, off, buffer, used, len);
            used += len;
        }

        private void flushBuffer() throws IOException {
            if (used > 0) {
                out.write(buffer, 0, used);
                used = 0;
            }
        }

        @Override
        public void flush() throws IOException {
            flushBuffer();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            try {
                flushBuffer();
            } finally {
                out.close();
            }
        }
    }
}
