package org.iccindex.site.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of {@code /api/v1} (served at {@code /api/v1/openapi.json}, browsable at {@code /api/v1/docs}).
 * Every property of a response record is marked required unless its record component is {@code @Nullable}: the JSON
 * leaves out absent values and always carries the rest, which the contract tests check on real responses.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {
    private static final String RECORDS = "org.iccindex.site.api.v1.";

    @Bean
    OpenAPI iccOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("ICC Index open data")
                        .version("v1")
                        .description("Published results of the Intercultural Cities Index: editions and their"
                                + " definitions, cities and their rounds, the sample's statistics and rankings, and"
                                + " downloads. Read-only, no key needed. Every response about results carries an ETag"
                                + " and Last-Modified: send If-None-Match to get 304 when nothing changed. Cities"
                                + " marked synthetic are fictional demo data.")
                        .license(new License().name("Open data")));
    }

    @Bean
    OpenApiCustomizer requiredRecordProperties() {
        return api -> {
            if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
                return;
            }
            for (Map.Entry<String, Schema> entry :
                    api.getComponents().getSchemas().entrySet()) {
                record(entry.getKey()).ifPresent(type -> entry.getValue().setRequired(required(type)));
            }
        };
    }

    private static java.util.Optional<Class<?>> record(String name) {
        try {
            Class<?> type = Class.forName(RECORDS + name);
            return type.isRecord() ? java.util.Optional.of(type) : java.util.Optional.empty();
        } catch (ClassNotFoundException e) {
            return java.util.Optional.empty();
        }
    }

    private static List<String> required(Class<?> type) {
        List<String> required = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            if (!component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                required.add(component.getName());
            }
        }
        return required;
    }
}
