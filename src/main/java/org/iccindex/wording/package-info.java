/**
 * Words for figures: band labels, metric names, ordinals and comparisons, in every supported language, for pages,
 * reports, CSV and API alike. Plain Java (resource bundles), no Spring.
 */
@ApplicationModule(allowedDependencies = {"benchmark", "definition", "scoring"})
package org.iccindex.wording;

import org.springframework.modulith.ApplicationModule;
