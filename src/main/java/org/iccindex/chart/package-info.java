/**
 * Charts: the one SVG writer the public pages and the reports (HTML and PDF) draw with. Plain Java: no Spring, no
 * I/O; it depends on no other module.
 */
@ApplicationModule(allowedDependencies = {})
package org.iccindex.chart;

import org.springframework.modulith.ApplicationModule;
