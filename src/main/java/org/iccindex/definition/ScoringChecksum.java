package org.iccindex.definition;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 checksum of what a definition scores with: question types, kinds, options and thresholds with their
 * points, not-applicable rules, area weights, lens membership and comparison bands; not texts, so rewording a question
 * keeps it. Stored with every computed result, so that a later change of method shows.
 */
public final class ScoringChecksum {
    private ScoringChecksum() {}

    public static String of(Definition definition) {
        StringBuilder canonical = new StringBuilder(definition.edition().value()).append('\n');
        definition
                .scoredAreas()
                .forEach(a -> canonical
                        .append("area ")
                        .append(a.code().value())
                        .append(' ')
                        .append(a.weight().stripTrailingZeros().toPlainString())
                        .append('\n'));
        definition
                .composite()
                .ifPresent(lens -> canonical
                        .append("lens ")
                        .append(lens.areas().stream().map(AreaCode::value).toList())
                        .append('\n'));
        for (BandAxis axis : BandAxis.values()) {
            canonical.append("bands ").append(axis).append(' ');
            BandScheme scheme = definition.bands(axis);
            scheme.edges()
                    .forEach(e -> canonical
                            .append(e.stripTrailingZeros().toPlainString())
                            .append(' '));
            scheme.facts().forEach(f -> canonical.append(f.key()).append(' '));
            canonical.append('\n');
        }
        for (Question q : definition.questions()) {
            canonical
                    .append("question ")
                    .append(q.code().value())
                    .append(' ')
                    .append(q.area().value())
                    .append(' ')
                    .append(q.kind())
                    .append(' ')
                    .append(q.type())
                    .append(' ')
                    .append(q.notApplicable());
            q.options()
                    .forEach(o ->
                            canonical.append(' ').append(o.code()).append('=').append(o.points()));
            q.thresholds()
                    .forEach(t -> canonical
                            .append(" >=")
                            .append(t.atLeast().stripTrailingZeros().toPlainString())
                            .append('=')
                            .append(t.points()));
            canonical.append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
