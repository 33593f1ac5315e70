package org.iccindex.assessment.web;

import java.util.Optional;
import org.iccindex.assessment.EvidenceBehindScores;
import org.iccindex.city.CitySlug;
import org.iccindex.site.EvidenceShares;
import org.springframework.stereotype.Component;

/** The city page's line on the evidence behind a published round's points. */
@Component
class PublicEvidenceShares implements EvidenceShares {
    private final EvidenceBehindScores evidence;

    PublicEvidenceShares(EvidenceBehindScores evidence) {
        this.evidence = evidence;
    }

    @Override
    public Optional<Share> of(CitySlug city, int round) {
        return evidence.published(city, round)
                .flatMap(p -> EvidenceBehindScores.percent(p.coverage().overall())
                        .map(percent -> new Share(percent, p.reconstructed())));
    }
}
