package vn.cchc.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archives opened with every byte counted; Office files left whole; the temporary copies gone. */
class UploadedFilesTest {

    private static final long MB = 1024 * 1024;

    @TempDir
    Path tmp;
    final UploadedFiles files = new UploadedFiles(MB, 3 * MB);

    private Staged stage(String name, byte[] bytes) throws IOException {
        Path p = Files.createTempFile(tmp, "staged-", ".tmp");
        Files.write(p, bytes);
        return new Staged(name, p, true);
    }

    private static byte[] zip(Object... nameThenBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < nameThenBytes.length; i += 2) {
                z.putNextEntry(new ZipEntry((String) nameThenBytes[i]));
                z.write((byte[]) nameThenBytes[i + 1]);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void anArchiveGivesItsFilesFoldersIncludedEachUnderItsOwnName() throws Exception {
        Staged s = stage("quy2.zip", zip("a.txt", "one".getBytes(), "sub/folder/b.txt", "two".getBytes(),
                "__MACOSX/._b.txt", "x".getBytes(), "sub/.DS_Store", "x".getBytes()));

        List<UploadedFiles.Item> items = files.read(List.of(s));

        assertThat(items).extracting(UploadedFiles.Item::shownAs).containsExactly("quy2.zip/a.txt", "quy2.zip/sub/folder/b.txt");
        assertThat(items).extracting(i -> i.text().fileName()).containsExactly("a.txt", "b.txt");
        assertThat(items).extracting(i -> new String(i.text().bytes())).containsExactly("one", "two");
        assertThat(Files.exists(s.bytes())).as("the temporary copy is deleted once read").isFalse();
    }

    @Test
    void anEntryClimbingOutOfTheArchiveIsRefusedAndTheOthersRead() throws Exception {
        List<UploadedFiles.Item> items = files.read(List.of(stage("x.zip", zip("../../etc/passwd.txt", "a".getBytes(),
                "/abs.txt", "b".getBytes(), "ok.txt", "c".getBytes()))));

        assertThat(items).hasSize(3);
        assertThat(items.get(0).error()).contains("outside");
        assertThat(items.get(1).error()).contains("outside");
        assertThat(items.get(2).text().fileName()).isEqualTo("ok.txt");
    }

    @Test
    void aZipBombStopsAtTheLimitWithoutInflatingTheRest() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("bomb.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 1024; i++) { // 1 GiB of zeros, about 1 MB compressed
                z.write(zeros);
            }
            z.closeEntry();
            z.putNextEntry(new ZipEntry("after.txt"));
            z.write("after".getBytes());
            z.closeEntry();
        }
        long t0 = System.nanoTime();

        List<UploadedFiles.Item> items = new UploadedFiles(2 * MB, 3 * MB).read(List.of(stage("bomb.zip", out.toByteArray())));

        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.shownAs()).isEqualTo("bomb.zip/bomb.txt");
            assertThat(i.error()).contains("unpacks to more than 2 MB", "not read");
        });
        assertThat((System.nanoTime() - t0) / 1e9).as("seconds: the bomb is never inflated whole").isLessThan(20);
    }

    @Test
    void everythingAnArchiveUnpacksToIsBoundedToo() throws Exception {
        byte[] almostOneMb = new byte[(int) (MB - 10)];
        List<UploadedFiles.Item> items = files.read(List.of(stage("many.zip",
                zip("1.txt", almostOneMb, "2.txt", almostOneMb, "3.txt", almostOneMb, "4.txt", almostOneMb))));

        assertThat(items).hasSize(4);
        assertThat(items.subList(0, 3)).allSatisfy(i -> assertThat(i.error()).isNull());
        assertThat(items.get(3).error()).contains("archive unpacks to more than 3 MB");
    }

    @Test
    void aWordFileIsAReportNotAnArchive() throws Exception {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument d = new XWPFDocument()) {
            d.createParagraph().createRun().setText("BÁO CÁO");
            d.write(docx);
        }

        List<UploadedFiles.Item> items = files.read(List.of(stage("bao-cao.docx", docx.toByteArray())));

        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.text().fileName()).isEqualTo("bao-cao.docx");
            assertThat(i.text().bytes()).isEqualTo(docx.toByteArray());
        });
    }

    @Test
    void aFileOverTheLimitIsRefusedByItsRealSizeWhateverItsName() throws Exception {
        Staged big = stage("small.txt", new byte[(int) MB + 1]);
        Staged ok = stage("C:\\Users\\x\\Desktop\\ok.txt", "ok".getBytes());

        List<UploadedFiles.Item> items = files.read(List.of(big, ok));

        assertThat(items.get(0).error()).contains("larger than 1 MB", "cchc.upload.max-file-mb");
        assertThat(items.get(1).text().fileName()).as("a browser's full path is cut to the name").isEqualTo("ok.txt");
        assertThat(items).extracting(UploadedFiles.Item::source).containsExactly(0, 1);
        assertThat(Files.exists(big.bytes())).isFalse();
    }

    @Test
    void aZipWithoutItsDirectoryGoesToTheLoaderWhichSaysWhatItIs() throws Exception {
        byte[] z = zip("a.txt", "hello".getBytes());
        byte[] cut = java.util.Arrays.copyOf(z, z.length - 30); // central directory gone: not even a zip to ZipFile

        List<UploadedFiles.Item> items = files.read(List.of(stage("cut.zip", cut)));

        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.error()).isNull();
            assertThat(i.text().bytes()).isEqualTo(cut);
        });
    }
}
