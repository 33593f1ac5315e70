/**
 * The little every module shares: problems located in a file (line, key, row, column) and the YAML reading that
 * keeps line numbers. Plain Java.
 */
package org.iccindex.shared;
