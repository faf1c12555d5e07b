package vn.cchc.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.api.ApiError;
import vn.cchc.api.FileResult;
import vn.cchc.ingest.InputFile;

/**
 * {@code load --server URL PATH...}: the files sent to a running app through {@code POST
 * /api/v1/reports} in batches, authenticated by the token in {@code CCHC_TOKEN} (never an argument:
 * a command line is visible to every user of the machine). The same progress bar, file lines,
 * summary and exit codes as a local load; the app reads, checks the account's provinces, loads and
 * refreshes its dashboards.
 */
final class ServerLoad {

    /** Files per request, and bytes per request: small enough that one refused batch costs little. */
    static final int BATCH_FILES = 20;
    static final long BATCH_BYTES = 32L * 1024 * 1024;
    static final String TOKEN_VARIABLE = "CCHC_TOKEN";
    private static final String PATH = "/api/v1/reports";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    ServerLoad(Messages messages, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    /** Thrown to end the load with one line: the token refused, the server unreachable. */
    private static final class Stop extends Exception {
        Stop(String line) {
            super(line, null, false, false);
        }
    }

    int run(String server, String token, List<InputFile> files, Progress progress) {
        if (token == null || token.isBlank()) {
            err.println(messages.get("load.server.noToken"));
            return UsageErrors.USAGE;
        }
        URI endpoint;
        try {
            URI base = URI.create(server.strip());
            if (base.getScheme() == null || !base.getScheme().matches("https?") || base.getHost() == null) {
                throw new IllegalArgumentException();
            }
            endpoint = URI.create(server.strip().replaceAll("/+$", "") + PATH);
        } catch (IllegalArgumentException e) {
            err.println(messages.get("load.server.badUrl", server));
            return UsageErrors.USAGE;
        }
        List<FileResult> results = new ArrayList<>();
        try {
            for (List<InputFile> batch : batches(files)) {
                for (FileResult r : send(endpoint, token.strip(), batch)) {
                    results.add(r);
                    progress.step(r.valueCount(), isFailure(r));
                }
            }
        } catch (Stop stop) {
            progress.finish();
            err.println(stop.getMessage());
            return UsageErrors.UNAVAILABLE;
        }
        progress.finish();
        results.forEach(this::printFile);
        return summary(results);
    }

    private List<List<InputFile>> batches(List<InputFile> files) {
        List<List<InputFile>> batches = new ArrayList<>();
        List<InputFile> current = new ArrayList<>();
        long bytes = 0;
        for (InputFile f : files) {
            long size = f.path().toFile().length();
            if (!current.isEmpty() && (current.size() == BATCH_FILES || bytes + size > BATCH_BYTES)) {
                batches.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(f);
            bytes += size;
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    private List<FileResult> send(URI endpoint, String token, List<InputFile> batch) throws Stop {
        String boundary = "cchc-" + UUID.randomUUID();
        List<byte[]> body = new ArrayList<>();
        List<FileResult> unreadable = new ArrayList<>();
        for (InputFile f : batch) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(f.path());
            } catch (IOException | OutOfMemoryError e) {
                unreadable.add(failed(f.fileName(), "cannot read the file: " + e.getMessage()));
                continue;
            }
            body.add(partHeader(boundary, f.fileName()));
            body.add(bytes);
            body.add("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        if (body.isEmpty()) {
            return unreadable;
        }
        body.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofMinutes(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArrays(body)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Stop(messages.get("load.server.unreachable", endpoint.resolve("/"), oneLine(e)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stop(messages.get("load.server.unreachable", endpoint.resolve("/"), "interrupted"));
        }
        int status = response.statusCode();
        if (status == 401) {
            throw new Stop(messages.get("load.server.tokenRefused", reason(response)));
        }
        if (status == 403) {
            throw new Stop(messages.get("load.server.forbidden", reason(response)));
        }
        List<FileResult> results = new ArrayList<>(unreadable);
        if (status == 200) {
            try {
                results.addAll(JSON.readValue(response.body(), FileResult.Files.class).files());
                return results;
            } catch (JacksonException e) {
                throw new Stop(messages.get("load.server.error", status, batch.size(), "not the API's answer: " + oneLine(e)));
            }
        }
        if (status == 404 || status == 302 || status == 301) {
            // Not our API at that address: stop rather than report every file failed.
            throw new Stop(messages.get("load.server.error", status, batch.size(), "no CCHC API at " + endpoint));
        }
        // The batch as a whole was refused (e.g. too large): its files failed, the others go on.
        String why = messages.get("load.server.error", status, batch.size(), reason(response));
        for (InputFile f : batch) {
            if (unreadable.stream().noneMatch(u -> u.name().equals(f.fileName()))) {
                results.add(failed(f.fileName(), why));
            }
        }
        return results;
    }

    /** One part named "file"; the name both plain (ASCII) and as RFC 5987 UTF-8, which Spring prefers. */
    private static byte[] partHeader(String boundary, String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String utf8 = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + ascii
                + "\"; filename*=UTF-8''" + utf8 + "\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static String reason(HttpResponse<String> response) {
        try {
            ApiError e = JSON.readValue(response.body(), ApiError.class);
            if (e.error() != null) {
                return e.error();
            }
        } catch (JacksonException notJson) {
            // fall through to the status
        }
        return "HTTP " + response.statusCode();
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s*\\R\\s*", " ");
    }

    private static FileResult failed(String name, String error) {
        return new FileResult(name, "failed", null, null, null, null, null, 0, List.of(), null, List.of(), error);
    }

    private static boolean isFailure(FileResult r) {
        return switch (r.outcome()) {
            case "failed", "fatal", "refused" -> true;
            default -> false;
        };
    }

    private void printFile(FileResult r) {
        switch (r.outcome()) {
            case "failed", "refused" -> err.println(messages.get("load.failed", r.name(), r.error()));
            case "fatal" -> err.println(messages.get("load.fatal", r.name(), r.error()));
            case "not_attempted" -> err.println(messages.get("load.notAttempted", r.name(), r.error()));
            case "duplicate" -> out.println(messages.get("load.duplicate", r.name(), r.duplicateOf()));
            case "loaded" -> {
                if (r.superseded() != null && !r.superseded().isEmpty()) {
                    out.println(messages.get("load.supersedes", r.name(), r.superseded()));
                }
            }
            default -> err.println(messages.get("load.failed", r.name(), r.outcome()));
        }
    }

    private int summary(List<FileResult> results) {
        Map<String, Long> counts = new TreeMap<>();
        Map<String, Long> rules = new TreeMap<>();
        long superseded = 0;
        long values = 0;
        for (FileResult r : results) {
            counts.merge(r.outcome(), 1L, Long::sum);
            if (!"duplicate".equals(r.outcome()) && r.findings() != null) {
                r.findings().forEach(f -> rules.merge(f.rule(), 1L, Long::sum));
            }
            if ("loaded".equals(r.outcome())) {
                superseded += r.superseded() == null ? 0 : r.superseded().size();
                values += r.valueCount();
            }
        }
        long failed = results.stream().filter(ServerLoad::isFailure).count();
        out.println(messages.get("summary.load", results.size(), counts.getOrDefault("loaded", 0L), values,
                counts.getOrDefault("duplicate", 0L), superseded, failed));
        if (!rules.isEmpty()) {
            out.println(messages.get("summary.findings"));
            rules.forEach((rule, n) -> out.println(String.format("  %-28s %d", rule, n)));
        }
        if (counts.containsKey("fatal")) {
            out.println(messages.get("summary.stopped", counts.getOrDefault("not_attempted", 0L)));
            return LoadCommand.FATAL_EXIT;
        }
        return failed > 0 ? 1 : 0;
    }
}
