/**
 * The index definition: editions of the ICC instrument as validated data (areas, indicators, questions,
 * options and their points, weights, comparison bands). Plain Java: no Spring, no SQL, no file access.
 */
@ApplicationModule(allowedDependencies = {"shared"})
package org.iccindex.definition;

import org.springframework.modulith.ApplicationModule;
