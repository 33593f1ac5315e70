/** The generator: drafts every paragraph, chart and table of a report from its inputs, in the report's language. */
package org.iccindex.report.draft;
