/**
 * Cities answering the questionnaire: rounds and their review workflow, answers with evidence, review queries and
 * the audit history. Publishing a round stores its scores, computed by the engine, as a result of the sample.
 */
@ApplicationModule(
        allowedDependencies = {
            "account",
            "benchmark",
            "city",
            "definition",
            "edition",
            "planning",
            "publication",
            "report",
            "result",
            "scoring",
            "shared",
            "site",
            "web",
            "wording"
        })
package org.iccindex.assessment;

import org.springframework.modulith.ApplicationModule;
