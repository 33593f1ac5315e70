/**
 * What the public side shows changed: the one event every module publishes when results, published reports or
 * practices change ({@link org.iccindex.publication.PublicDataChanged}, kept in Spring Modulith's event publication
 * registry), and the version row bumped in the same transaction, which every instance reads to know that what it
 * has cached is out of date.
 */
@ApplicationModule(allowedDependencies = {})
package org.iccindex.publication;

import org.springframework.modulith.ApplicationModule;
