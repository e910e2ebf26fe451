package io.djcheck.examples.spring;

import io.djcheck.Checker;
import io.djcheck.ingest.DocumentException;
import io.djcheck.ingest.LimitExceededException;
import io.djcheck.model.Status;
import io.djcheck.result.CheckResult;
import io.djcheck.result.ResultJson;
import io.djcheck.spring.DjcheckMetrics;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Checks an uploaded report with the shared checker: {@code POST /reports} (multipart {@code file})
 * answers a short summary, {@code POST /reports?full=true} the published CheckResult JSON.
 */
@RestController
@RequestMapping("/reports")
public class ReportController {

    /** What a platform typically stores of a check: the score, the grade and what to fix. */
    public record Summary(String source, double score, String grade, String pack, List<Problem> problems) {
    }

    public record Problem(String ruleId, String status, String message, String suggestion) {
    }

    private final Checker checker;
    private final DjcheckMetrics metrics;

    public ReportController(Checker checker, DjcheckMetrics metrics) {
        this.checker = checker;
        this.metrics = metrics;
    }

    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> check(@RequestParam("file") MultipartFile file,
                                   @RequestParam(name = "full", defaultValue = "false") boolean full) throws IOException {
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        CheckResult r = metrics.timed(() -> checker.check(readBytes(file), name));
        if (full) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(ResultJson.toJson(r));
        }
        List<Problem> problems = r.findings().stream().filter(f -> f.status() != Status.PASS)
                .map(f -> new Problem(f.ruleId(), f.status().name(), f.message(), f.suggestion())).toList();
        return ResponseEntity.ok(new Summary(r.source(), r.score(), r.gradeLabel(),
                r.ruleset().id() + " " + r.ruleset().version(), problems));
    }

    @GetMapping("/rules")
    public Map<String, Object> rules() {
        return Map.of("pack", checker.pack(), "rules", checker.rules());
    }

    /** A report that cannot be read: 413 past the size limit, else 422; the message names the file and what to do. */
    @ExceptionHandler(DocumentException.class)
    public ResponseEntity<Map<String, String>> unreadable(DocumentException e) {
        HttpStatus status = e instanceof LimitExceededException le && le.limit() == io.djcheck.ingest.Limit.SIZE
                ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.UNPROCESSABLE_ENTITY;
        return ResponseEntity.status(status).body(Map.of("code", "unreadable", "message", e.getMessage()));
    }

    private static byte[] readBytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
