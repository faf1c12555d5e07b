package vn.cchc.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.cchc.analytics.LoadedReport;
import vn.cchc.analytics.LoadedReportsService;
import vn.cchc.intake.IntakeRefused;
import vn.cchc.intake.IntakeService;
import vn.cchc.intake.Loader;
import vn.cchc.intake.Retracted;
import vn.cchc.intake.Staged;

/**
 * Reports in, the list, retraction. The caller is the token's account (the security chain for
 * /api/** authenticates it); its role and province scope apply as in the upload view.
 */
@RestController
@RequestMapping("/api/v1/reports")
@SecurityRequirement(name = "token")
public class ReportsController {

    private final IntakeService intake;
    private final LoadedReportsService reports;

    public ReportsController(IntakeService intake, LoadedReportsService reports) {
        this.intake = intake;
        this.reports = reports;
    }

    @Operation(summary = "Load reports", description = "One or many files, each in a multipart part named 'file' "
            + "(.txt, .docx, .xlsx, .xls, .pdf, or a .zip of them; the type is read from the content). Each file is "
            + "read, checked against the account's provinces and loaded; the answer says what became of each.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public FileResult.Files load(@RequestPart("file") List<MultipartFile> files, HttpServletRequest request) throws IOException {
        Loader who = intake.loader(request.getRemoteAddr());
        Path dir = Files.createTempDirectory("cchc-api-");
        try {
            List<Staged> staged = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                MultipartFile f = files.get(i);
                // The sender's name is kept as the report's name only; the bytes go to a name of ours.
                Path tmp = dir.resolve("part-" + i);
                f.transferTo(tmp);
                staged.add(new Staged(f.getOriginalFilename(), tmp, true));
            }
            return new FileResult.Files(intake.load(who, "api", staged, o -> { }).stream().map(FileResult::of).toList());
        } finally {
            deleteTree(dir);
        }
    }

    @Operation(summary = "List loaded reports", description = "Newest first, within the account's provinces.")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public List<LoadedReport> list(@Parameter(description = "province name, of 2008 or 2025") @RequestParam(required = false) String province,
                                   @Parameter(description = "period code, e.g. 2024-Q2") @RequestParam(required = false) String period,
                                   @Parameter(description = "part of the agency's name") @RequestParam(required = false) String agency,
                                   @Parameter(description = "current, superseded or retracted") @RequestParam(required = false) String status,
                                   @Parameter(description = "the account that loaded them (system: the inbox; cli:USER: the server's command line)")
                                   @RequestParam(required = false) String loadedBy,
                                   @RequestParam(defaultValue = "100") int limit) {
        LoadedReport.Status s = status == null || status.isBlank() ? null : LoadedReport.Status.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
        return reports.list(province, period, agency, s, loadedBy == null || loadedBy.isBlank() ? null : loadedBy.strip(), limit);
    }

    @Operation(summary = "Retract a report", description = "It leaves the current data and the dashboards and stays as "
            + "history; the report it had superseded, if any, is current again.")
    @DeleteMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> retract(@PathVariable long id, @RequestParam(required = false) String reason,
                                     HttpServletRequest request) {
        Retracted r = intake.retract(intake.loader(request.getRemoteAddr()), id, reason);
        return switch (r.status()) {
            case RETRACTED -> ResponseEntity.ok(r);
            case ALREADY_RETRACTED -> ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiError("report " + id + " was already retracted"));
            case UNKNOWN -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError("no report " + id));
            case REFUSED -> ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(new ApiError("report " + id + " is not one of this account's provinces"));
        };
    }

    @ExceptionHandler(IntakeRefused.class)
    ResponseEntity<ApiError> refused(IntakeRefused e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new ApiError(e.getMessage()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ApiError> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(new ApiError(e.getMessage()));
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // Left in the system's temporary folder, which it cleans.
        }
    }
}
