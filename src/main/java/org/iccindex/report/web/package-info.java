/**
 * Report pages: the analysts' editor (drafts, paragraph edits, publishing; programme staff only) and the public
 * downloads of published versions.
 */
package org.iccindex.report.web;
