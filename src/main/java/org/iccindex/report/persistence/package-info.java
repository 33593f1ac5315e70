/** SQL of the report module: paragraph overrides with their revisions, and published report versions. */
package org.iccindex.report.persistence;
