/**
 * The little every module shares: problems located in a file (line, key, row, column), the YAML reading that
 * keeps line numbers, counts written with their noun in the right number, and instants in and out of the database
 * and onto pages. Plain Java.
 */
@ApplicationModule(allowedDependencies = {})
package org.iccindex.shared;

import org.springframework.modulith.ApplicationModule;
