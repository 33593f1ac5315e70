/**
 * Words for figures: band labels, metric names, ordinals and comparisons, in every supported language, for pages,
 * reports, CSV and API alike. Plain Java, no Spring: the texts themselves come from the application's message
 * source ({@code i18n/wording*.properties}) through {@link org.iccindex.wording.TextSource}.
 */
@ApplicationModule(allowedDependencies = {"benchmark", "definition", "scoring"})
package org.iccindex.wording;

import org.springframework.modulith.ApplicationModule;
