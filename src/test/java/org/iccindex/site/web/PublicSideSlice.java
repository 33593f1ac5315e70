package org.iccindex.site.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.iccindex.ApplicationClock;
import org.iccindex.account.ApplicationSecurity;
import org.iccindex.account.web.AccountHeader;
import org.iccindex.messages.MessagesConfiguration;
import org.iccindex.site.data.NoPublishedResults;
import org.iccindex.site.data.PublicResults;
import org.iccindex.site.data.PublicRobustness;
import org.iccindex.web.CountryNames;
import org.iccindex.web.PageWords;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * A web slice ({@code @WebMvcTest}) of the public side without a database: the league page and the open-data API's
 * city list and league (package-private controllers of {@code site.api}, hence included by name, with their
 * {@code ApiTexts}), with what a page needs around its controller (the application's security, clock and message
 * source, the header's account links, the page texts and country names) and the public side's data,
 * {@link PublicResults} and {@link PublicRobustness}, mocked as an empty database by {@link NoPublishedResults}.
 * Every class with this annotation and nothing else shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(
        controllers = LeagueController.class,
        includeFilters =
                @ComponentScan.Filter(
                        type = FilterType.REGEX,
                        pattern = {
                            "org\\.iccindex\\.site\\.api\\.CitiesApi",
                            "org\\.iccindex\\.site\\.api\\.SampleApi",
                            "org\\.iccindex\\.site\\.api\\.ApiTexts"
                        }))
@ApplicationClock
@ApplicationSecurity
@AccountHeader
@Import({MessagesConfiguration.class, PageWords.class, CountryNames.class, NoPublishedResults.class})
public @interface PublicSideSlice {}
