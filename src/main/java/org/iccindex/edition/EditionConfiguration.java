package org.iccindex.edition;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import org.iccindex.definition.Definition;
import org.iccindex.shared.Timestamps;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class EditionConfiguration {

    /** The definitions: the files shipped on the classpath, or those {@code icc.edition.definitions} points to. */
    @Bean
    EditionCatalog editionCatalog(
            @Value("${icc.edition.definitions:" + EditionCatalog.DEFAULT_LOCATION + "}") String location) {
        return EditionCatalog.load(location);
    }

    /** Registers every edition in the database (results reference them), before any demo data loads. */
    @Bean
    @Order(0)
    ApplicationRunner registerEditions(
            EditionCatalog catalog, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        return args -> transaction.executeWithoutResult(status -> {
            // instances starting together register one after the other (see V60)
            jdbc.sql("select task from startup_lock where task = 'editions' for update")
                    .query(String.class)
                    .single();
            register(catalog, jdbc, clock);
        });
    }

    static void register(EditionCatalog catalog, JdbcClient jdbc, Clock clock) {
        for (Definition definition : catalog.all()) {
            String checksum = sha256(catalog.source(definition.edition()));
            int updated = jdbc.sql("update edition set title = ?, in_force_from = ?, checksum = ? where id = ?")
                    .params(
                            definition.title().english(),
                            definition.inForceFrom(),
                            checksum,
                            definition.edition().value())
                    .update();
            if (updated == 0) {
                jdbc.sql("insert into edition (id, title, in_force_from, checksum, loaded_at) values (?, ?, ?, ?, ?)")
                        .params(
                                definition.edition().value(),
                                definition.title().english(),
                                definition.inForceFrom(),
                                checksum,
                                Timestamps.sql(clock.instant()))
                        .update();
            }
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
