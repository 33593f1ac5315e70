package org.iccindex.web;

import org.apache.catalina.connector.Connector;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's per-connection write buffer ({@code icc.web.socket-write-buffer}, 64 KiB by default; Tomcat's own is
 * 8 KiB). The public pages and API answers held by the response cache are 15 to 160 KiB; through an 8 KiB buffer
 * each is written to the socket in up to twenty pieces. bench/load.sh measured the larger buffer side by side with
 * Tomcat's (docs/benchmarks.md). Each open connection holds one such buffer.
 */
@Configuration(proxyBeanMethods = false)
class ConnectorConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> socketWriteBuffer(
            @Value("${icc.web.socket-write-buffer:65536}") int bytes) {
        return factory -> factory.addConnectorCustomizers(writeBuffer(bytes));
    }

    static TomcatConnectorCustomizer writeBuffer(int bytes) {
        if (bytes < 8192 || bytes > 1_048_576) {
            throw new IllegalArgumentException(
                    "icc.web.socket-write-buffer: " + bytes + " bytes; give between 8192 and 1048576");
        }
        return (Connector connector) -> connector.setProperty("socket.appWriteBufSize", String.valueOf(bytes));
    }
}
