package org.iccindex.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.iccindex.city.CitySlug;
import org.iccindex.result.ResultImporter;
import org.iccindex.support.OnH2WithDemo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The analysts' editor and the public downloads: an edit survives regeneration and is flagged when the data under
 * it changes; a published version is downloadable by anyone; drafts reach nobody but programme staff.
 */
@OnH2WithDemo
@AutoConfigureMockMvc
class ReportWebIntegrationTests {
    @Autowired
    MockMvcTester mvc;

    @Autowired
    Reports reports;

    @Autowired
    ResultImporter importer;

    @Autowired
    UserDetailsService accounts;

    private void importRow(String file, String city, String slug, String date, int commitment) {
        String csv = "city,slug,country,edition,round,published_on,origin,population,foreign_born_pct,commitment,"
                + "education,source\n"
                + city + "," + slug + ",Testland,icc-2019,2032," + date + ",published,150000,18," + commitment
                + ",70,Test fixture\n";
        importer.importResults(file, csv.getBytes(StandardCharsets.UTF_8), "test");
    }

    private UserDetails analyst() {
        return accounts.loadUserByUsername("analyst@example.org");
    }

    private UserDetails coordinator() {
        return accounts.loadUserByUsername("coordinator.valmonte@example.org");
    }

    @Test
    void anEditSurvivesRegenerationAndIsFlaggedWhenTheDataUnderItChanges() throws Exception {
        importRow("editville.csv", "Editville", "editville", "2032-06-01", 40);
        ReportRequest request = new ReportRequest(new CitySlug("editville"), 2032, Optional.empty(), Locale.ENGLISH);
        String key = "area.commitment.score";

        // a round with no published result has no report yet: 404 to an analyst, not a server error
        assertThat(mvc.get()
                        .uri("/reports/editville/2031?lang=en")
                        .with(user(analyst()))
                        .exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get()
                        .uri("/reports/editville/2031/draft.html?lang=en")
                        .with(user(analyst()))
                        .exchange())
                .hasStatus(HttpStatus.NOT_FOUND);

        MvcTestResult form = mvc.get()
                .uri("/reports/editville/2032/paragraphs/" + key + "?lang=en")
                .with(user(analyst()))
                .exchange();
        assertThat(form).hasStatusOk();
        assertThat(form.getResponse().getContentAsString()).contains("Editville scores 40 in commitment");

        assertThat(mvc.post()
                        .uri("/reports/editville/2032/paragraphs/" + key)
                        .with(user(analyst()))
                        .with(csrf())
                        .param("lang", "en")
                        .param("version", "0")
                        .param("text", "Editville has just started its intercultural strategy."))
                .hasStatus3xxRedirection();
        Paragraph edited = paragraph(reports.build(request), key);
        assertThat(edited.text()).isEqualTo("Editville has just started its intercultural strategy.");
        assertThat(edited.edited()).isTrue();
        assertThat(edited.stale()).isFalse();
        assertThat(edited.draft()).startsWith("Editville scores 40 in commitment");

        // a second analyst who opened the draft before the save cannot overwrite it silently
        MvcTestResult conflict = mvc.post()
                .uri("/reports/editville/2032/paragraphs/" + key)
                .with(user(analyst()))
                .with(csrf())
                .param("lang", "en")
                .param("version", "0")
                .param("text", "Another text")
                .exchange();
        assertThat(conflict).hasStatusOk();
        assertThat(conflict.getResponse().getContentAsString()).contains("was changed by someone else");
        assertThat(paragraph(reports.build(request), key).text()).startsWith("Editville has just started");

        // a new city in the sample before Editville's date moves the ranks under the paragraph
        importRow("another.csv", "Othertown", "othertown-2032", "2032-01-15", 90);
        Paragraph stale = paragraph(reports.build(request), key);
        assertThat(stale.text()).isEqualTo("Editville has just started its intercultural strategy.");
        assertThat(stale.stale()).isTrue();
        MvcTestResult editor = mvc.get()
                .uri("/reports/editville/2032?lang=en")
                .with(user(analyst()))
                .exchange();
        assertThat(editor.getResponse().getContentAsString())
                .contains("Edited by an analyst")
                .contains("The data changed since this paragraph was edited");
    }

    @Test
    void twoEditionsOfOneYearAreTwoReportsAndTheEditorAsksWhichOne() throws Exception {
        String csv = "city,slug,country,edition,round,published_on,origin,population,foreign_born_pct,commitment,"
                + "education,source\n"
                + "Twoway,twoway,Testland,icc-2011,2033,2033-03-01,published,150000,18,30,60,Test fixture\n"
                + "Twoway,twoway,Testland,icc-2019,2033,2033-09-01,published,150000,18,45,70,Test fixture\n";
        importer.importResults("twoway.csv", csv.getBytes(StandardCharsets.UTF_8), "test");
        String key = "area.commitment.score";
        ReportRequest under2019 = new ReportRequest(
                new CitySlug("twoway"),
                2033,
                Optional.of(new org.iccindex.definition.EditionId("icc-2019")),
                Optional.empty(),
                Locale.ENGLISH);
        ReportRequest under2011 = new ReportRequest(
                new CitySlug("twoway"),
                2033,
                Optional.of(new org.iccindex.definition.EditionId("icc-2011")),
                Optional.empty(),
                Locale.ENGLISH);

        // the year alone is ambiguous: refused rather than one edition picked silently
        assertThat(mvc.get()
                        .uri("/reports/twoway/2033?lang=en")
                        .with(user(analyst()))
                        .exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
        MvcTestResult editor = mvc.get()
                .uri("/reports/twoway/2033?lang=en&edition=icc-2019")
                .with(user(analyst()))
                .exchange();
        assertThat(editor).hasStatusOk();
        assertThat(editor.getResponse().getContentAsString()).contains("edition=icc-2019");

        assertThat(mvc.post()
                        .uri("/reports/twoway/2033/paragraphs/" + key + "?edition=icc-2019")
                        .with(user(analyst()))
                        .with(csrf())
                        .param("lang", "en")
                        .param("version", "0")
                        .param("text", "Twoway's 2019-edition paragraph."))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/reports/twoway/2033?lang=en&benchmark=&edition=icc-2019#"
                        + paragraph(reports.build(under2019), key).anchor());
        assertThat(paragraph(reports.build(under2019), key).text()).isEqualTo("Twoway's 2019-edition paragraph.");
        Paragraph other = paragraph(reports.build(under2011), key);
        assertThat(other.edited()).isFalse();
        assertThat(other.text()).contains("30");
    }

    @Test
    void aPublishedVersionIsPublicAndDraftsStayWithTheAnalysts() throws Exception {
        importRow("pubville.csv", "Pubville", "pubville", "2032-07-01", 55);
        assertThat(mvc.get().uri("/reports/pubville/2032").exchange()).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/reports/pubville/2032/draft.pdf").exchange()).hasStatus3xxRedirection();
        assertThat(mvc.get()
                        .uri("/reports/pubville/2032")
                        .with(user(coordinator()))
                        .exchange())
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/reports/pubville/2032/draft.html")
                        .with(user(coordinator()))
                        .exchange())
                .hasStatus(403);
        MvcTestResult before = mvc.get().uri("/cities/pubville/reports").exchange();
        assertThat(before).hasStatusOk();
        assertThat(before.getResponse().getContentAsString()).contains("No report has been published");

        assertThat(mvc.post()
                        .uri("/reports/pubville/2032/publish")
                        .with(user(analyst()))
                        .with(csrf())
                        .param("lang", "en"))
                .hasStatus3xxRedirection();

        MvcTestResult list = mvc.get().uri("/cities/pubville/reports").exchange();
        String html = list.getResponse().getContentAsString();
        assertThat(html).contains("Pubville: Intercultural City Index analysis 2032");
        String pdfLink = html.replaceAll("(?s).*href=\"(/cities/pubville/reports/\\d+\\.pdf)\".*", "$1");
        MvcTestResult pdf = mvc.get().uri(pdfLink).exchange();
        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        MvcTestResult page = mvc.get().uri(pdfLink.replace(".pdf", ".html")).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Pubville scores 55 in commitment");
        // a published id of another city is not reachable under this city
        assertThat(mvc.get().uri(pdfLink.replace("pubville", "ansan")).exchange())
                .hasStatus(404);
    }

    private static Paragraph paragraph(CityReport report, String key) {
        return report.paragraphs().stream()
                .filter(p -> p.key().equals(key))
                .findFirst()
                .orElseThrow();
    }
}
