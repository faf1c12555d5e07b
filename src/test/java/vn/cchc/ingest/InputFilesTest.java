package vn.cchc.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Only regular files are read, each within its format's size; nothing in a folder is skipped silently. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InputFilesTest {

    private static final InputLimits SMALL = new InputLimits(100, 200, 300, 1000, 10_000, 100, 8, 100, 100,
            Duration.ofSeconds(5));

    @TempDir
    Path tmp;

    static void mkfifo(Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assumeThat(p.waitFor()).as("mkfifo available").isZero();
    }

    private static String reason(Path file, InputLimits limits) {
        try {
            InputFiles.read(file, limits);
            return "read";
        } catch (ReportReadException e) {
            return e.getMessage();
        }
    }

    @Test
    void aRegularFileAndALinkToOneAreRead() throws Exception {
        Path file = Files.writeString(tmp.resolve("a.txt"), "BÁO CÁO");
        Path link = Files.createSymbolicLink(tmp.resolve("link.txt"), file);
        assertThat(InputFiles.read(file, SMALL)).isEqualTo("BÁO CÁO".getBytes(StandardCharsets.UTF_8));
        assertThat(InputFiles.read(link, SMALL)).isEqualTo("BÁO CÁO".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFifoADeviceALoopAndABrokenLinkEachGetOneClearReasonAndNeverBlock() throws Exception {
        Path fifo = tmp.resolve("pipe.txt");
        mkfifo(fifo);
        Path zero = Files.createSymbolicLink(tmp.resolve("zero.txt"), Path.of("/dev/zero"));
        Path loopA = tmp.resolve("loop-a.txt");
        Path loopB = tmp.resolve("loop-b.txt");
        Files.createSymbolicLink(loopA, loopB);
        Files.createSymbolicLink(loopB, loopA);
        Path broken = Files.createSymbolicLink(tmp.resolve("broken.txt"), tmp.resolve("gone.txt"));

        assertThat(reason(fifo, SMALL)).isEqualTo("a FIFO (named pipe): not read, only regular files are");
        assertThat(reason(zero, SMALL)).isEqualTo("a character device: not read, only regular files are");
        assertThat(reason(loopA, SMALL)).isEqualTo("a link loop (too many levels of symbolic links): not read");
        assertThat(reason(broken, SMALL)).isEqualTo("a broken link: its target does not exist");
    }

    @Test
    void eachFormatHasItsOwnSizeLimitAndNothingPastItIsRead() throws Exception {
        Path text = Files.write(tmp.resolve("big.txt"), new byte[101]);
        Path pdf = Files.write(tmp.resolve("big.pdf"), ("%PDF-1.4" + "x".repeat(292)).getBytes());
        Path pdfOver = Files.write(tmp.resolve("over.pdf"), ("%PDF-1.4" + "x".repeat(293)).getBytes());
        assertThat(reason(text, SMALL)).isEqualTo("too large: 101 bytes, over the limit of 100 bytes for a text file"
                + " (setting cchc.limits.max-text-bytes)");
        assertThat(reason(pdf, SMALL)).isEqualTo("read");
        assertThat(reason(pdfOver, SMALL)).contains("over the limit of 300 bytes for a PDF");
    }

    @Test
    void aFolderWalkListsEveryEntryByItsRelativePathAndSkipsOnlyHiddenOnes() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("reports"));
        Files.createDirectories(root.resolve("q1"));
        Files.createDirectories(root.resolve("q2"));
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve("q1/same.txt"), "1");
        Files.writeString(root.resolve("q2/same.txt"), "2");
        Files.writeString(root.resolve(".git/config"), "x");
        Files.writeString(root.resolve(".hidden.txt"), "x");
        Files.writeString(root.resolve("new\nline.txt"), "x");
        Files.writeString(root.resolve("back\\slash.txt"), "x");
        mkfifo(root.resolve("pipe.txt"));
        Files.createSymbolicLink(root.resolve("zero.txt"), Path.of("/dev/zero"));
        Files.createSymbolicLink(root.resolve("up"), root);

        List<InputFile> found = InputFiles.collect(List.of(root));

        assertThat(found).extracting(InputFile::shownAs).containsExactly("back\\\\slash.txt", "new\\u000Aline.txt", "pipe.txt", "q1/same.txt",
                "q2/same.txt", "up", "zero.txt");
        assertThat(found.get(1).fileName()).isEqualTo("new\nline.txt");
        InputFile up = found.get(5);
        assertThat(reason(up.path(), SMALL)).startsWith("a link to a folder: not followed");
    }

    @Test
    void withSeveralPathsGivenAFolderEntryIsPrefixedByItsFolderAndAFileIsShownByItsName() throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        Files.writeString(a.resolve("r.txt"), "1");
        Files.writeString(b.resolve("r.txt"), "2");
        Path single = Files.writeString(tmp.resolve("single.txt"), "3");

        assertThat(InputFiles.collect(List.of(a, b, single))).extracting(InputFile::shownAs)
                .containsExactly("a/r.txt", "b/r.txt", "single.txt");
        assertThat(InputFiles.collect(List.of(a))).extracting(InputFile::shownAs).containsExactly("r.txt");
    }

    @Test
    void aMissingFileIsAReasonNotAnException() {
        assertThat(reason(tmp.resolve("nothing.txt"), SMALL)).isEqualTo("no such file");
        assertThatThrownBy(() -> InputFiles.read(tmp, SMALL)).isInstanceOf(ReportReadException.class);
    }
}
