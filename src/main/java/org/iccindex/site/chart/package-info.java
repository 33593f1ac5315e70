/**
 * Charts drawn on the server as inline SVG (integer coordinates and sizes, so the PDF renderer can reuse them),
 * styled by classes from the site's CSS, each with a title and a description for screen readers; pages show the
 * same figures in a data table next to each chart. Internal.
 */
package org.iccindex.site.chart;
