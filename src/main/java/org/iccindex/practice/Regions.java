package org.iccindex.practice;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** Which world region a country belongs to, for "same region" in recommendations (data: practice/regions.properties). */
public final class Regions {
    private static final Regions STANDARD = load();
    private final Map<String, String> byCountry;

    public Regions(Map<String, String> byCountry) {
        Map<String, String> normalized = new HashMap<>();
        byCountry.forEach((country, region) -> normalized.put(key(country), region));
        this.byCountry = Map.copyOf(normalized);
    }

    /** The regions shipped with the application. */
    public static Regions standard() {
        return STANDARD;
    }

    /** The region code of a country (e.g. {@code northern_europe}), if known. */
    public Optional<String> of(String country) {
        return country == null ? Optional.empty() : Optional.ofNullable(byCountry.get(key(country)));
    }

    private static String key(String country) {
        return country.trim().toLowerCase(Locale.ROOT);
    }

    private static Regions load() {
        Properties properties = new Properties();
        try (InputStream in = Regions.class.getClassLoader().getResourceAsStream("practice/regions.properties")) {
            if (in == null) {
                throw new IllegalStateException("practice/regions.properties is missing from the classpath");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read practice/regions.properties", e);
        }
        Map<String, String> map = new HashMap<>();
        properties.forEach((region, countries) -> {
            for (String country : countries.toString().split(",")) {
                if (!country.isBlank()) {
                    map.put(country.trim(), region.toString());
                }
            }
        });
        return new Regions(map);
    }
}
