/**
 * The index analysis report of one city's round: a view model ({@link org.iccindex.report.CityReport}) drafted
 * from the data (scores, the sample and its groups, the definition, and where they exist the city's answers and the
 * good-practice catalogue), analysts' edits kept as overrides, and the same record rendered to HTML and to a tagged
 * PDF with the same charts. Published versions are stored and downloadable by anyone; drafts only by programme
 * staff.
 */
@ApplicationModule(
        allowedDependencies = {
            "account",
            "benchmark",
            "chart",
            "city",
            "definition",
            "edition",
            "publication",
            "result",
            "scoring",
            "shared",
            "site",
            "wording"
        })
package org.iccindex.report;

import org.springframework.modulith.ApplicationModule;
