/**
 * Scoring: answers to area scores, the lens composite and the aggregate index, by the method the definition
 * describes. Plain Java: no Spring, no SQL, no file access.
 */
@ApplicationModule(allowedDependencies = {"definition", "shared"})
package org.iccindex.scoring;

import org.springframework.modulith.ApplicationModule;
