package org.iccindex.messages;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application context's {@code messageSource}: pages ({@code #{...}}), controllers and services use it. */
@Configuration(proxyBeanMethods = false)
public class MessagesConfiguration {
    /** Named so that Spring uses it as the context's own message source (and Boot's default steps aside). */
    @Bean(name = "messageSource")
    MessageSource messageSource() {
        return Messages.create();
    }
}
