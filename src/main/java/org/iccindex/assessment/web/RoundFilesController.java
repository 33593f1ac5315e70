package org.iccindex.assessment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.iccindex.account.CurrentUser;
import org.iccindex.account.CurrentUsers;
import org.iccindex.assessment.Round;
import org.iccindex.assessment.RoundFiles;
import org.iccindex.assessment.Rounds;
import org.iccindex.assessment.UploadReport;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.web.PageWords;
import org.iccindex.web.Words;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The offline path: a round's workbook and answers file, down and up. */
@Controller
class RoundFilesController {
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final int INSTRUCTION_LINES = 8;

    private final Rounds rounds;
    private final RoundFiles files;
    private final EditionCatalog catalog;
    private final CurrentUsers users;
    private final PageWords pageWords;

    RoundFilesController(
            Rounds rounds, RoundFiles files, EditionCatalog catalog, CurrentUsers users, PageWords pageWords) {
        this.rounds = rounds;
        this.files = files;
        this.catalog = catalog;
        this.users = users;
        this.pageWords = pageWords;
    }

    @GetMapping("/rounds/{roundId}/workbook.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable("roundId") long id, Locale locale) {
        CurrentUser user = users.require();
        Words words = pageWords.of(locale);
        Round round = rounds.load(id, user);
        List<String> instructions = new ArrayList<>();
        instructions.add(words.t(
                "workbook.title",
                round.city().name(),
                String.valueOf(round.year()),
                catalog.get(round.edition()).title().in(words.language())));
        for (int i = 1; i <= INSTRUCTION_LINES; i++) {
            instructions.add(words.t("workbook.instructions." + i));
        }
        byte[] bytes = files.workbook(id, user, words.language(), key -> words.t("workbook." + key), instructions);
        return download(bytes, XLSX, name(round, "xlsx"));
    }

    @GetMapping("/rounds/{roundId}/answers.json")
    ResponseEntity<byte[]> answers(@PathVariable("roundId") long id) {
        CurrentUser user = users.require();
        Round round = rounds.load(id, user);
        byte[] json = files.answersJson(id, user).getBytes(StandardCharsets.UTF_8);
        return download(json, MediaType.APPLICATION_JSON, name(round, "json"));
    }

    @PostMapping("/rounds/{roundId}/workbook")
    String uploadWorkbook(
            @PathVariable("roundId") long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        CurrentUser user = users.require();
        UploadReport report = files.uploadWorkbook(id, fileName(file), bytes(file), user);
        return report(id, report, user, locale, model, response);
    }

    @PostMapping("/rounds/{roundId}/answers-file")
    String uploadAnswers(
            @PathVariable("roundId") long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        CurrentUser user = users.require();
        UploadReport report = files.uploadAnswers(id, fileName(file), bytes(file), user);
        return report(id, report, user, locale, model, response);
    }

    private String report(
            long id, UploadReport report, CurrentUser user, Locale locale, Model model, HttpServletResponse response) {
        Round round = rounds.load(id, user);
        String language = pageWords.of(locale).language();
        if (!report.saved()) {
            response.setStatus(422);
        }
        model.addAttribute(
                "page",
                new UploadPage(
                        RoundHeader.of(round, catalog.get(round.edition()), user, language),
                        report.fileName(),
                        report.saved(),
                        report.changed(),
                        report.problems().stream()
                                .map(p -> new UploadPage.Problem(p.location(), p.message()))
                                .toList(),
                        report.problemCount(),
                        report.more()));
        return "assessment/upload";
    }

    private static String fileName(MultipartFile file) {
        return file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? new byte[0] : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Round round, String extension) {
        return round.city().slug().value() + "-" + round.year() + "-"
                + round.edition().value() + "." + extension;
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(bytes);
    }
}
