package vn.cchc.ui.upload;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.cchc.intake.Staged;

/**
 * Receives one file of the Upload into the {@link UploadFolder}, counting its bytes as they arrive:
 * past the size limit it stops reading, deletes what it wrote and rejects the file — the browser's
 * own limit is only a courtesy. What arrived is handed to the page on its UI thread; a page gone
 * by then gets nothing, and the file is deleted.
 */
final class SizeCappedUpload implements UploadHandler {

    /** What became of one file sent: staged for reading, or refused with the reason. */
    record Received(String name, Staged staged, String refusal) {
    }

    private final UploadFolder folder;
    private final long maxBytes;
    private final SerializableConsumer<Received> receiver;

    SizeCappedUpload(UploadFolder folder, long maxBytes, SerializableConsumer<Received> receiver) {
        this.folder = folder;
        this.maxBytes = maxBytes;
        this.receiver = receiver;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String name = event.getFileName();
        UI ui = event.getUI();
        Path file = folder.newFile();
        boolean tooLarge;
        try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
            tooLarge = copyAtMost(in, out, maxBytes);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        Received received;
        if (tooLarge) {
            Files.deleteIfExists(file);
            String reason = "larger than " + maxBytes / (1024 * 1024) + " MB (cchc.upload.max-file-mb)";
            event.reject(reason);
            received = new Received(name, null, reason);
        } else {
            received = new Received(name, new Staged(name, file, true), null);
        }
        try {
            ui.access(() -> receiver.accept(received));
        } catch (RuntimeException detached) {
            Files.deleteIfExists(file);
        }
    }

    /** Copies up to max bytes; true (and stops reading) when there were more. */
    static boolean copyAtMost(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            total += n;
            if (total > max) {
                return true;
            }
            out.write(buffer, 0, n);
        }
        return false;
    }
}
