package org.iccindex.report.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.iccindex.account.CurrentUser;
import org.iccindex.account.CurrentUsers;
import org.iccindex.city.CitySlug;
import org.iccindex.report.CityReport;
import org.iccindex.report.Paragraph;
import org.iccindex.report.ReportRequest;
import org.iccindex.report.Reports;
import org.iccindex.report.persistence.ParagraphOverrides;
import org.iccindex.report.persistence.ParagraphOverrides.ConcurrentEditException;
import org.iccindex.report.persistence.Publications;
import org.iccindex.report.persistence.ReportKey;
import org.iccindex.report.render.HtmlRenderer;
import org.iccindex.result.PublishedSnapshots;
import org.iccindex.result.ResultRepository;
import org.iccindex.result.RoundChoice;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/** The analysts' side of reports: drafts, paragraph edits, downloads of drafts, publishing. Programme staff only. */
@Controller
class ReportEditorController {
    private final Reports reports;
    private final HtmlRenderer html;
    private final ParagraphOverrides overrides;
    private final Publications publications;
    private final ResultRepository results;
    private final PublishedSnapshots snapshots;
    private final CurrentUsers users;

    ReportEditorController(
            Reports reports,
            HtmlRenderer html,
            ParagraphOverrides overrides,
            Publications publications,
            ResultRepository results,
            PublishedSnapshots snapshots,
            CurrentUsers users) {
        this.reports = reports;
        this.html = html;
        this.overrides = overrides;
        this.publications = publications;
        this.results = results;
        this.snapshots = snapshots;
        this.users = users;
    }

    @GetMapping("/reports")
    String index(
            @RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "sort", required = false) String sort,
            @RequestParam(name = "dir", required = false) String dir,
            Model model) {
        staff();
        model.addAttribute("page", ReportIndex.of(results.findAll(), publications, query, sort, dir));
        return "report/index";
    }

    @GetMapping(value = "/reports/{slug}/{round}", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String editor(
            @PathVariable String slug,
            @PathVariable int round,
            @RequestParam(defaultValue = "") String edition,
            @RequestParam(defaultValue = "en") String lang,
            @RequestParam(defaultValue = "") String benchmark,
            @RequestParam(defaultValue = "") String message,
            HttpServletRequest request) {
        staff();
        ReportRequest r = request(slug, round, edition, lang, benchmark);
        CityReport report = build(r);
        ReportKey key = key(r);
        String base = "/reports/" + slug + "/" + round;
        String query = "?lang=" + lang + "&benchmark=" + encode(benchmark) + editionParam(edition);
        List<EditorToolbar.Choice> languages = ReportRequest.LANGUAGES.stream()
                .map(l -> new EditorToolbar.Choice(
                        l, Locale.forLanguageTag(l).getDisplayLanguage(Locale.forLanguageTag(l)), l.equals(lang)))
                .toList();
        List<EditorToolbar.Choice> benchmarks = new ArrayList<>();
        benchmarks.add(new EditorToolbar.Choice("", "", benchmark.isEmpty()));
        for (String id : snapshots.ids()) {
            benchmarks.add(new EditorToolbar.Choice(id, id, id.equals(benchmark)));
        }
        List<EditorToolbar.PublishedVersion> published = publications.of(key).stream()
                .map(p -> new EditorToolbar.PublishedVersion(
                        p.language() + ", " + p.benchmark().orElse("\u2013") + ", " + p.publishedOn() + " ("
                                + p.publishedBy() + ")",
                        "/cities/" + slug + "/reports/" + p.id() + ".pdf",
                        "/cities/" + slug + "/reports/" + p.id() + ".html",
                        !p.language().equals(lang)
                                || !p.benchmark().equals(r.benchmark())
                                || p.fingerprint().equals(report.fingerprint())))
                .toList();
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        List<Paragraph> paragraphs = report.paragraphs();
        EditorToolbar toolbar = new EditorToolbar(
                slug,
                round,
                lang,
                benchmark,
                languages,
                benchmarks,
                base + "/draft.pdf" + query,
                base + "/draft.html" + query,
                base + "/publish",
                csrf == null ? "_csrf" : csrf.getParameterName(),
                csrf == null ? "" : csrf.getToken(),
                "/cities/" + slug + "/reports",
                published,
                (int) paragraphs.stream().filter(Paragraph::edited).count(),
                (int) paragraphs.stream().filter(Paragraph::stale).count(),
                message);
        return html.page(report, base + "/paragraphs/", query, toolbar);
    }

    @GetMapping("/reports/{slug}/{round}/paragraphs/{key}")
    String paragraph(
            @PathVariable String slug,
            @PathVariable int round,
            @RequestParam(defaultValue = "") String edition,
            @PathVariable String key,
            @RequestParam(defaultValue = "en") String lang,
            @RequestParam(defaultValue = "") String benchmark,
            Model model) {
        staff();
        ReportRequest r = request(slug, round, edition, lang, benchmark);
        CityReport report = build(r);
        Paragraph paragraph = find(report, key);
        int version = overrides
                .find(key(r), lang, key)
                .map(ParagraphOverrides.Override::version)
                .orElse(0);
        model.addAttribute(
                "page", page(report, paragraph, paragraph.text(), version, slug, round, edition, lang, benchmark, ""));
        return "report/paragraph";
    }

    @PostMapping("/reports/{slug}/{round}/paragraphs/{key}")
    String save(
            @PathVariable String slug,
            @PathVariable int round,
            @RequestParam(defaultValue = "") String edition,
            @PathVariable String key,
            @RequestParam(defaultValue = "en") String lang,
            @RequestParam(defaultValue = "") String benchmark,
            @RequestParam(defaultValue = "") String text,
            @RequestParam int version,
            @RequestParam(defaultValue = "save") String action,
            Model model) {
        CurrentUser user = staff();
        ReportRequest r = request(slug, round, edition, lang, benchmark);
        CityReport built = build(r);
        Paragraph paragraph = find(built, key);
        ReportKey report = key(r);
        try {
            if (action.equals("reset")) {
                overrides.reset(report, lang, key, paragraph.fingerprint(), version, user.username());
            } else {
                if (text.isBlank()) {
                    throw new IllegalArgumentException(
                            "the text is empty: write the paragraph, or reset it to the draft");
                }
                overrides.save(report, lang, key, text.strip(), paragraph.fingerprint(), version, user.username());
            }
        } catch (ConcurrentEditException | IllegalArgumentException e) {
            int current = overrides
                    .find(report, lang, key)
                    .map(ParagraphOverrides.Override::version)
                    .orElse(0);
            model.addAttribute(
                    "page",
                    page(built, paragraph, text, current, slug, round, edition, lang, benchmark, e.getMessage()));
            return "report/paragraph";
        }
        return "redirect:/reports/" + slug + "/" + round + "?lang=" + lang + "&benchmark=" + encode(benchmark)
                + editionParam(edition) + "#" + paragraph.anchor();
    }

    @GetMapping("/reports/{slug}/{round}/draft.pdf")
    ResponseEntity<byte[]> draftPdf(
            @PathVariable String slug,
            @PathVariable int round,
            @RequestParam(defaultValue = "") String edition,
            @RequestParam(defaultValue = "en") String lang,
            @RequestParam(defaultValue = "") String benchmark) {
        staff();
        CityReport report = build(request(slug, round, edition, lang, benchmark));
        return download(reports.pdf(report), MediaType.APPLICATION_PDF, slug + "-" + round + "-" + lang + "-draft.pdf");
    }

    @GetMapping("/reports/{slug}/{round}/draft.html")
    ResponseEntity<byte[]> draftHtml(
            @PathVariable String slug,
            @PathVariable int round,
            @RequestParam(defaultValue = "") String edition,
            @RequestParam(defaultValue = "en") String lang,
            @RequestParam(defaultValue = "") String benchmark) {
        staff();
        CityReport report = build(request(slug, round, edition, lang, benchmark));
        return download(
                reports.html(report).getBytes(StandardCharsets.UTF_8),
                MediaType.TEXT_HTML,
                slug + "-" + round + "-" + lang + "-draft.html");
    }

    @PostMapping("/reports/{slug}/{round}/publish")
    String publish(
            @PathVariable String slug,
            @PathVariable int round,
            @RequestParam(defaultValue = "") String edition,
            @RequestParam(defaultValue = "en") String lang,
            @RequestParam(defaultValue = "") String benchmark,
            RedirectAttributes redirect) {
        CurrentUser user = staff();
        ReportRequest r = request(slug, round, edition, lang, benchmark);
        CityReport report = build(r);
        long id = publications.add(
                key(r),
                lang,
                r.benchmark(),
                report.title(),
                report.fingerprint(),
                reports.html(report),
                reports.pdf(report),
                user.username());
        redirect.addAttribute("lang", lang);
        redirect.addAttribute("benchmark", benchmark);
        if (!edition.isBlank()) {
            redirect.addAttribute("edition", edition);
        }
        redirect.addAttribute("message", String.valueOf(id));
        return "redirect:/reports/" + slug + "/" + round;
    }

    static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, String file) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file).build().toString())
                .body(bytes);
    }

    private ParagraphPage page(
            CityReport report,
            Paragraph paragraph,
            String text,
            int version,
            String slug,
            int round,
            String edition,
            String lang,
            String benchmark,
            String error) {
        String query = "?lang=" + lang + "&benchmark=" + encode(benchmark) + editionParam(edition);
        return new ParagraphPage(
                report.title(),
                paragraph.key(),
                text,
                paragraph.draft(),
                paragraph.edited(),
                paragraph.stale(),
                version,
                "/reports/" + slug + "/" + round + "/paragraphs/" + paragraph.key() + "?edition=" + encode(edition),
                "/reports/" + slug + "/" + round + query + "#" + paragraph.anchor(),
                lang,
                benchmark,
                error);
    }

    private static Paragraph find(CityReport report, String key) {
        return report.paragraphs().stream()
                .filter(p -> p.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no paragraph " + key));
    }

    /** The report of a round; 404 (not 500) for a round that has no published result yet. */
    private CityReport build(ReportRequest r) {
        try {
            return reports.build(r);
        } catch (IllegalArgumentException noResult) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, noResult.getMessage());
        }
    }

    private static ReportRequest request(String slug, int round, String edition, String lang, String benchmark) {
        if (!CitySlug.isValid(slug) || !ReportRequest.LANGUAGES.contains(lang)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try {
            return new ReportRequest(
                    new CitySlug(slug),
                    round,
                    RoundChoice.of(round, edition).edition(),
                    Optional.of(benchmark),
                    Locale.forLanguageTag(lang));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    /** The key of the report's result; 404 when the year is ambiguous and no edition was chosen. */
    private ReportKey key(ReportRequest r) {
        try {
            return reports.key(r);
        } catch (IllegalArgumentException noResult) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, noResult.getMessage());
        }
    }

    private static String editionParam(String edition) {
        return edition.isBlank() ? "" : "&edition=" + encode(edition.strip());
    }

    private CurrentUser staff() {
        CurrentUser user = users.require();
        if (!user.isProgrammeStaff()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "reports are written by the programme's analysts");
        }
        return user;
    }

    private static String encode(String value) {
        return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8);
    }
}
