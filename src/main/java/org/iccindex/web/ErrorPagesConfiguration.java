package org.iccindex.web;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link PlainErrorValve} in the place of Tomcat's error report (and of the one Spring Boot configures). */
@Configuration(proxyBeanMethods = false)
class ErrorPagesConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> plainErrorValve(MessageSource messages) {
        return new ValveCustomizer(messages);
    }

    private record ValveCustomizer(MessageSource messages)
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                StandardHost host = (StandardHost) context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                // the host adds its own report valve on start unless one of this class is in place
                host.setErrorReportValveClass(PlainErrorValve.class.getName());
                host.getPipeline().addValve(new PlainErrorValve(messages));
            });
        }

        /** After Spring Boot's customizer, which adds its own report valve. */
        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
