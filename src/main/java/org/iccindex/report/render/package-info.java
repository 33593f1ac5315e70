/** The two renderings of a report: HTML from the Thymeleaf template, and a tagged PDF from that same HTML. */
package org.iccindex.report.render;
