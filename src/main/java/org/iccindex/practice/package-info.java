/**
 * The good-practice catalogue: practices of intercultural policy with their areas and history, proposed by cities
 * and kept by analysts; full-text search; and recommendations that lead a city from a weak area to peers that do it
 * well ({@link org.iccindex.practice.Recommendations}, built on the plain-Java
 * {@link org.iccindex.practice.RecommendationEngine}).
 */
@ApplicationModule(
        allowedDependencies = {
            "account",
            "benchmark",
            "city",
            "definition",
            "edition",
            "publication",
            "report",
            "result",
            "scoring",
            "shared",
            "site",
            "wording"
        })
package org.iccindex.practice;

import org.springframework.modulith.ApplicationModule;
