/**
 * The little every module shares: problems located in a file (line, key, row, column), the YAML reading that
 * keeps line numbers, and counts written with their noun in the right number. Plain Java.
 */
@ApplicationModule(allowedDependencies = {})
package org.iccindex.shared;

import org.springframework.modulith.ApplicationModule;
