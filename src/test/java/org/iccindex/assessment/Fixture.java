package org.iccindex.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.iccindex.account.Accounts;
import org.iccindex.account.CurrentUser;
import org.iccindex.account.Role;
import org.iccindex.city.City;
import org.iccindex.city.CityRepository;
import org.iccindex.city.CitySlug;
import org.springframework.core.io.ClassPathResource;

/**
 * A city of its own for one test, with its coordinator and contributor, an analyst, and the coordinator of another
 * city: tests sharing a database never see each other's rows.
 */
public record Fixture(
        City city, CurrentUser coordinator, CurrentUser contributor, CurrentUser analyst, CurrentUser stranger) {
    public static final String PASSWORD = "a test password";
    /** Valmonte's complete demo answers (docs/answers-format.md), as YAML. */
    public static final String VALMONTE = "demo/answers/valmonte-2023.yaml";

    public static Fixture create(CityRepository cities, Accounts accounts) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        City city = cities.create(new CitySlug("testville-" + id), "Testville " + id, "Testland", true);
        City other = cities.create(new CitySlug("otherton-" + id), "Otherton " + id, "Testland", true);
        return new Fixture(
                city,
                accounts.create(
                        "coordinator-" + id + "@example.org",
                        "Coordinator " + id,
                        Role.COORDINATOR,
                        Optional.of(city.id()),
                        Optional.of(PASSWORD),
                        false),
                accounts.create(
                        "contributor-" + id + "@example.org",
                        "Contributor " + id,
                        Role.CONTRIBUTOR,
                        Optional.of(city.id()),
                        Optional.of(PASSWORD),
                        false),
                accounts.create(
                        "analyst-" + id + "@example.org",
                        "Analyst " + id,
                        Role.ANALYST,
                        Optional.empty(),
                        Optional.of(PASSWORD),
                        false),
                accounts.create(
                        "stranger-" + id + "@example.org",
                        "Stranger " + id,
                        Role.COORDINATOR,
                        Optional.of(other.id()),
                        Optional.of(PASSWORD),
                        false));
    }

    /** Valmonte's answers without the lines of the questions named (each "code:" line and what it holds). */
    public static byte[] valmonteAnswersWithout(List<String> questions) {
        StringBuilder out = new StringBuilder();
        boolean skipping = false;
        for (String line : text(VALMONTE).split("\n")) {
            boolean entry = line.startsWith("  ") && !line.startsWith("    ");
            if (entry) {
                String code = line.strip().split(":")[0];
                skipping = questions.contains(code);
            } else if (!line.startsWith("    ")) {
                skipping = false;
            }
            if (!skipping) {
                out.append(line).append('\n');
            }
        }
        return out.toString()
                .replace("round: 2023", "")
                .replace("city: valmonte", "")
                .getBytes(StandardCharsets.UTF_8);
    }

    public static String text(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
