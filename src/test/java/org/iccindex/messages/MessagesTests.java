package org.iccindex.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

/** The application's message source, as the pages, reports, engine and command line read it. */
class MessagesTests {
    private final MessageSource messages = Messages.create();

    @Test
    void apostrophesReadAsOneWithOrWithoutArgumentsAndPlaceholders() {
        // no placeholder (written with one apostrophe): as written, even when a caller passes arguments
        assertThat(messages.getMessage("group.whole", null, Locale.FRENCH)).isEqualTo("l'ensemble de l'échantillon");
        assertThat(messages.getMessage("group.whole", new Object[] {"x"}, Locale.FRENCH))
                .isEqualTo("l'ensemble de l'échantillon");
        // placeholders (written ''): a pattern
        assertThat(messages.getMessage("title", new Object[] {"Ansan", "2020"}, Locale.FRENCH))
                .isEqualTo("Ansan : analyse de l'Indice des cités interculturelles 2020");
    }

    @Test
    void aLanguageWithoutItsOwnTextsGetsEnglishAndAnUnknownKeyFails() {
        assertThat(messages.getMessage("metric.aggregate", null, Locale.GERMAN))
                .isEqualTo(messages.getMessage("metric.aggregate", null, Locale.ENGLISH));
        assertThatThrownBy(() -> messages.getMessage("no.such.text", null, Locale.ENGLISH))
                .isInstanceOf(NoSuchMessageException.class);
    }
}
