/**
 * Benchmarking: the sample of latest published results as of a date, comparison groups, statistics per area,
 * ranks with their neighbours, and published snapshots of past sample averages. Plain Java.
 */
@ApplicationModule(allowedDependencies = {"definition", "scoring"})
package org.iccindex.benchmark;

import org.springframework.modulith.ApplicationModule;
