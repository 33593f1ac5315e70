/** Reading a CSV file or the first sheet of an XLSX workbook as a table of text cells. Internal. */
package org.iccindex.result.table;
