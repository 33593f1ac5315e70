/**
 * Benchmarking: the sample of latest published results as of a date, comparison groups, statistics per area,
 * ranks with their neighbours, published snapshots of past sample averages, and the one benchmark view model
 * ({@link org.iccindex.benchmark.CityBenchmark}) that the report, the pages, the API and the command line render. Plain
 * Java.
 */
@ApplicationModule(allowedDependencies = {"definition", "scoring"})
package org.iccindex.benchmark;

import org.springframework.modulith.ApplicationModule;
