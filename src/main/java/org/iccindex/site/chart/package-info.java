/**
 * Charts drawn on the server as inline SVG with the shared writer {@code org.iccindex.chart.Svg} (integer
 * coordinates and sizes), styled by classes from the site's CSS, each with a title and a description for screen
 * readers; pages show the same figures in a data table next to each chart. Internal.
 */
package org.iccindex.site.chart;
