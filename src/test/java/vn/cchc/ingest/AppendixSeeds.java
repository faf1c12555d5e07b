package vn.cchc.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The real seed reports on the test classpath, for the appendix reader tests. */
final class AppendixSeeds {

    /** The unit strings of the template, as the catalog lists them. */
    static final List<String> UNITS = List.of("Nhiệm vụ", "Văn bản", "Cơ quan, đơn vị", "Vấn đề", "Số lượng",
            "Thủ tục", "TTHC", "Hồ sơ", "PAKN", "%", "Người", "Triệu đồng", "Đơn vị", "Ban", "Tổ chức");

    private static final Map<String, String> FILES = Map.of(
            "000", "000_325df2895e38e3a8.txt",
            "001", "001_5861b1071b6d393a.txt",
            "002", "002_fff703ffbe76582a.txt",
            "003", "003_6e93ae04989b8532.txt",
            "004", "004_197f7b6bb391846f.txt");

    private AppendixSeeds() {
    }

    /** The file name of seed {@code number} ("000" … "004"). */
    static String fileName(String number) {
        return FILES.get(number);
    }

    /** The bytes of seed {@code number}, as a user's file holds them. */
    static byte[] bytes(String number) {
        try (InputStream in = AppendixSeeds.class.getResourceAsStream("/sample/seeds/" + FILES.get(number))) {
            if (in == null) {
                throw new IllegalStateException("missing resource /sample/seeds/" + FILES.get(number));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of seed {@code number} ("000" … "004"). */
    static List<String> lines(String number) {
        String resource = "/sample/seeds/" + FILES.get(number);
        try (InputStream in = AppendixSeeds.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
