/** Cities taking part in the index: identity (slug, name in any script, country) and whether they are fictional. */
@ApplicationModule(allowedDependencies = {"shared"})
package org.iccindex.city;

import org.springframework.modulith.ApplicationModule;
