/**
 * Words for figures: band labels, metric names, ordinals and comparisons, in every supported language, for pages,
 * reports, CSV and API alike. Plain Java (resource bundles), no Spring.
 */
package org.iccindex.wording;
