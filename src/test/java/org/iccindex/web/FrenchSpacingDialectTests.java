package org.iccindex.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * French pages and reports get no-break spaces before the high signs; text people typed, code, styles, attributes and
 * other languages do not.
 */
class FrenchSpacingDialectTests {
    private static final String PAGE = "<p>Résultats : <strong>12</strong> villes ; voir « le plan » !</p>"
            + "<textarea name=\"note\">Oui : tel que saisi</textarea>"
            + "<pre>GET /api ?edition</pre><code>a ;b</code>"
            + "<style>a :hover { color: red }</style><abbr title=\"x : y\">x</abbr>"
            + "<p th:text=\"${answer}\">x</p>";

    private static String render(Locale locale) {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        engine.addDialect(new FrenchSpacingDialect());
        Context context = new Context(locale);
        context.setVariable("answer", "Une donnée stockée : 40 % ?");
        return engine.process(PAGE, context);
    }

    @Test
    void aFrenchPageGetsNoBreakSpacesInItsTextWhereverTheTextComesFrom() {
        assertThat(render(Locale.FRENCH))
                .contains("Résultats\u00a0: <strong>12</strong> villes\u00a0; voir «\u00a0le plan\u00a0»\u00a0!")
                .contains("Une donnée stockée\u00a0: 40 %\u00a0?");
    }

    @Test
    void typedTextCodeAndEnglishPagesAreLeftAsWritten() {
        String french = render(Locale.FRENCH);
        assertThat(french)
                .contains("<textarea name=\"note\">Oui : tel que saisi</textarea>")
                .contains("<pre>GET /api ?edition</pre><code>a ;b</code>")
                .contains("<style>a :hover { color: red }</style><abbr title=\"x : y\">");
        assertThat(render(Locale.ENGLISH)).doesNotContain("\u00a0").contains("Résultats : ");
    }
}
