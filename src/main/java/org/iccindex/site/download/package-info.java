/**
 * Downloads of every published result of one edition as CSV, XLSX and JSON, each stamped with its edition and
 * snapshot date (in the file and in its name). Internal.
 */
package org.iccindex.site.download;
