/**
 * Results: every city's scores per round and edition (published, synthetic or computed from answers), their import
 * from CSV and XLSX, the published benchmark snapshots, and the sample they form for benchmarking.
 */
@ApplicationModule(
        allowedDependencies = {
            "account",
            "benchmark",
            "city",
            "definition",
            "edition",
            "publication",
            "scoring",
            "shared"
        })
package org.iccindex.result;

import org.springframework.modulith.ApplicationModule;
