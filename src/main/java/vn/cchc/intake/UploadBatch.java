package vn.cchc.intake;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.warehouse.FileOutcome;

/**
 * One upload between reading and confirming: the files as read (in memory only — their temporary
 * copies are gone once read) with the user's corrections. Dropping it leaves nothing behind.
 */
public final class UploadBatch {

    /** One file of the upload: as shown, as read, as last corrected. */
    static final class Entry {
        final String shownAs;
        FileOutcome read;
        Correction correction = Correction.NONE;

        Entry(String shownAs, FileOutcome read) {
            this.shownAs = shownAs;
            this.read = read;
        }
    }

    private final Loader loader;
    private final List<Entry> entries = new ArrayList<>();
    private boolean closed;

    UploadBatch(Loader loader) {
        this.loader = loader;
    }

    public Loader loader() {
        return loader;
    }

    public int size() {
        return entries.size();
    }

    /** Confirmed or cancelled: it can be neither again. */
    public boolean closed() {
        return closed;
    }

    void add(Entry e) {
        entries.add(e);
    }

    Entry entry(int index) {
        if (closed) {
            throw new IllegalStateException("this upload was already confirmed or cancelled");
        }
        return entries.get(index);
    }

    List<Entry> entries() {
        return entries;
    }

    void close() {
        closed = true;
        entries.clear();
    }
}
