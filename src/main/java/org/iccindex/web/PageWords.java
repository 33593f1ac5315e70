package org.iccindex.web;

import java.util.Locale;
import org.iccindex.shared.PageTimes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Makes the {@link Words} of a page in the request's language: what every controller uses to write its page. */
@Component
public class PageWords {
    private final MessageSource messages;
    private final PageTimes times;

    PageWords(MessageSource messages, PageTimes times) {
        this.messages = messages;
        this.times = times;
    }

    public Words of(Locale locale) {
        return new Words(messages, locale, times);
    }
}
