/**
 * Planning: which single answers would raise a round's area score, lens or aggregate, by how much, and a shortest
 * plan to reach a target. Plain Java: every figure comes from the scoring engine itself, no Spring, no I/O.
 */
@ApplicationModule(allowedDependencies = {"benchmark", "definition", "scoring"})
package org.iccindex.planning;

import org.springframework.modulith.ApplicationModule;
