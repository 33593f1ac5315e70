/**
 * Demo data: the seeded generator of the synthetic sample of fictional cities that stands beside the real published
 * figures, so that benchmarks have a sample of about 140 cities to compare with. Plain Java, no I/O.
 */
@ApplicationModule(allowedDependencies = {"account", "assessment", "city", "definition", "edition", "result", "shared"})
package org.iccindex.demo;

import org.springframework.modulith.ApplicationModule;
