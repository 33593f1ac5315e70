package org.iccindex.practice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.iccindex.city.City;
import org.iccindex.definition.Area;
import org.iccindex.practice.persistence.PracticeStore;
import org.iccindex.practice.seed.SeedFile;
import org.iccindex.practice.seed.SeedPractice;
import org.iccindex.practice.seed.SeedReader;
import org.iccindex.shared.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the shipped seed files into the catalogue, each once (recorded in {@code practice_seed}), each whole or not
 * at all: {@code practice/seed-practices.yaml} (the practices the 2020 Ansan report cites, in our own words) always;
 * {@code practice/demo-practices.yaml} (fictional practices of fictional cities) only when every one of its cities
 * exists as a synthetic city, i.e. in a demo database.
 */
@Component
class PracticeSeeds {
    static final String SEED = "practice/seed-practices.yaml";
    static final String DEMO = "practice/demo-practices.yaml";
    private static final Logger log = LoggerFactory.getLogger(PracticeSeeds.class);

    private final PracticeCatalogue catalogue;
    private final PracticeStore store;
    private final CityLinks links;
    private final TransactionTemplate transaction;

    PracticeSeeds(PracticeCatalogue catalogue, PracticeStore store, CityLinks links, TransactionTemplate transaction) {
        this.catalogue = catalogue;
        this.store = store;
        this.links = links;
        this.transaction = transaction;
    }

    void loadAll() {
        load(SEED, false);
        load(DEMO, true);
    }

    void relink() {
        int changed = links.relinkAll();
        if (changed > 0) {
            log.info("Linked {} practice(s) to our cities", changed);
        }
    }

    /** Loads one file unless already loaded; returns the number of practices loaded. */
    int load(String file, boolean onlyWithItsCities) {
        if (store.seedLoaded(file)) {
            return 0;
        }
        String text = read(file);
        SeedFile seed = SeedReader.read(
                file, text, catalogue.areas().stream().map(Area::code).toList());
        if (!seed.isValid()) {
            throw new IllegalStateException("invalid practice seed file:\n  "
                    + String.join(
                            "\n  ",
                            seed.problems().stream().map(Problem::toString).toList()));
        }
        if (onlyWithItsCities && !allCitiesSynthetic(seed.practices())) {
            log.debug("{} not loaded: its fictional cities are not in this database", file);
            return 0;
        }
        Integer loaded = transaction.execute(status -> {
            // another instance starting at the same time waits here, then finds the file loaded
            store.lockSeeds();
            if (store.seedLoaded(file)) {
                return 0;
            }
            int count = 0;
            for (SeedPractice practice : seed.practices()) {
                if (store.slugExists(practice.slug())) {
                    log.warn("{}: practice '{}' already exists, left as it is", file, practice.slug());
                    continue;
                }
                catalogue.seed(practice.slug(), practice.content(), PracticeVersion.seededBy(file));
                count++;
            }
            store.recordSeed(file, sha256(text), count);
            return count;
        });
        log.info("Loaded {} practice(s) from {}", loaded, file);
        return loaded;
    }

    private boolean allCitiesSynthetic(List<SeedPractice> practices) {
        return practices.stream().allMatch(p -> {
            Optional<City> city = links.cityFor(p.content());
            return city.isPresent() && city.get().synthetic();
        });
    }

    private static String read(String file) {
        try (InputStream in = new ClassPathResource(file).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("missing practice seed file " + file, e);
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
