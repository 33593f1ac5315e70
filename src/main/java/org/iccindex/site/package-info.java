/**
 * The public site and the open-data API: the league table, city, compare, area and methodology pages, and
 * {@code /api/v1} with its downloads. Only published results ever appear here. Other modules add published reports
 * and good practices to the city pages by implementing {@link org.iccindex.site.PublicContent}.
 */
@ApplicationModule(
        allowedDependencies = {
            "benchmark",
            "chart",
            "city",
            "definition",
            "edition",
            "publication",
            "result",
            "scoring",
            "shared",
            "web",
            "wording"
        })
package org.iccindex.site;

import org.springframework.modulith.ApplicationModule;
