/** The public site: the league table of the latest published results and each city's results against the sample. */
package org.iccindex.site;
