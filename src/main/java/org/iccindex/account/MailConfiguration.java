package org.iccindex.account;

import java.time.Clock;
import org.iccindex.account.persistence.OutboxStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Delivery of the outbox by SMTP, only with {@code icc.mail.enabled=true}: the demo needs no mail server. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "icc.mail", name = "enabled", havingValue = "true")
    @EnableScheduling
    static class Delivery implements SchedulingConfigurer {
        private final OutboxSender sender;
        private final MailProperties properties;

        Delivery(
                OutboxStore store,
                ObjectProvider<JavaMailSender> mail,
                PlatformTransactionManager transactions,
                MailProperties properties,
                Clock clock) {
            JavaMailSender smtp = mail.getIfAvailable();
            if (smtp == null) {
                throw new IllegalStateException(
                        "icc.mail.enabled=true needs an SMTP server: set spring.mail.host (and spring.mail.port,"
                                + " spring.mail.username, spring.mail.password if it asks for them)");
            }
            this.sender = new OutboxSender(store, smtp, new TransactionTemplate(transactions), properties, clock);
            this.properties = properties;
        }

        @Bean
        OutboxSender outboxSender() {
            return sender;
        }

        @Override
        public void configureTasks(ScheduledTaskRegistrar registrar) {
            registrar.addFixedDelayTask(
                    new FixedDelayTask(sender::sendWaiting, properties.interval(), properties.interval()));
        }
    }
}
