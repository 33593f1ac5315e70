package org.iccindex.practice.seed;

import java.util.Objects;
import org.iccindex.practice.PracticeContent;

/** One practice read from a seed file, with the stable slug the file gives it. */
public record SeedPractice(String slug, PracticeContent content) {
    public SeedPractice {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(content, "content");
    }
}
