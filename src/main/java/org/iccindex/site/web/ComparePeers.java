package org.iccindex.site.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.iccindex.benchmark.ComparisonGroup;
import org.iccindex.benchmark.SampleAnalysis;
import org.iccindex.benchmark.SampleEntry;
import org.iccindex.definition.Band;
import org.iccindex.definition.BandAxis;
import org.iccindex.definition.Definition;
import org.iccindex.web.Words;

/**
 * Forms a peer group ("cities like mine") around one city of the sample. The group holds cities of that city's kind
 * only: a real city is measured and ranked against real cities, never against the fictional cities of the demo
 * sample (nor a fictional one against real results); the others that the rule would take in are left out, counted in
 * a note.
 */
final class ComparePeers {
    private ComparePeers() {}

    /** The members (the city itself included), a description of the group, and notes on how it was formed. */
    record Group(List<SampleEntry> members, String description, List<String> notes) {}

    static Group of(
            PeerMode mode,
            SampleEntry mine,
            SampleAnalysis analysis,
            Set<String> picked,
            Definition definition,
            Words words) {
        List<String> notes = new ArrayList<>();
        List<SampleEntry> members = new ArrayList<>();
        String description;
        switch (mode) {
            case COUNTRY -> {
                description = words.t("site.compare.peers.desc.country", words.countryInSentence(mine.country()));
                for (SampleEntry e : analysis.sample().entries()) {
                    if (e.country().equals(mine.country())) {
                        members.add(e);
                    }
                }
            }
            case PICKED -> {
                description = words.t("site.compare.peers.desc.picked", mine.name());
                for (SampleEntry e : analysis.sample().entries()) {
                    if (e.city().equals(mine.city()) || picked.contains(e.city())) {
                        members.add(e);
                    }
                }
                if (picked.isEmpty()) {
                    notes.add(words.t("site.compare.peers.none"));
                }
                picked.stream()
                        .filter(p -> analysis.sample().entry(p).isEmpty())
                        .forEach(p -> notes.add(words.t("site.problem", "peer", p, words.t("site.compare.unknown"))));
            }
            default -> {
                List<String> parts = new ArrayList<>();
                List<ComparisonGroup> groups = new ArrayList<>();
                for (BandAxis axis : BandAxis.values()) {
                    Optional<Band> band =
                            mine.position(axis).map(p -> definition.bands(axis).bandOf(p));
                    if (band.isPresent()) {
                        groups.add(new ComparisonGroup.InBand(band.get()));
                        parts.add(words.wording().band(band.get()));
                    } else {
                        notes.add(words.t(
                                axis == BandAxis.POPULATION
                                        ? "site.compare.peers.noPopulation"
                                        : "site.compare.peers.noForeignBorn",
                                mine.name()));
                    }
                }
                description = parts.isEmpty()
                        ? words.t("site.compare.peers.desc.all")
                        : words.t(
                                "site.compare.peers.desc.bands", words.wording().list(parts));
                ComparisonGroup group = new ComparisonGroup.AllOf(groups);
                for (SampleEntry e : analysis.sample().entries()) {
                    if (group.includes(e)) {
                        members.add(e);
                    }
                }
            }
        }
        List<SampleEntry> ofItsKind =
                members.stream().filter(e -> e.synthetic() == mine.synthetic()).toList();
        int leftOut = members.size() - ofItsKind.size();
        if (leftOut > 0) {
            notes.add(words.t(
                    mine.synthetic() ? "site.compare.peers.realLeftOut" : "site.compare.peers.fictionalLeftOut",
                    mine.name(),
                    leftOut));
        }
        return new Group(ofItsKind, description, notes);
    }
}
