/**
 * Charts of the report, written with the shared writer {@code org.iccindex.chart.Svg}: integer sizes, presentation
 * attributes only (no style attribute, so that the pages' Content-Security-Policy allows them) and a title and
 * description, so that the browser and the PDF renderer draw the very same chart.
 */
package org.iccindex.report.chart;
