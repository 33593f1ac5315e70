/**
 * The editions this installation knows: every definition file under {@code classpath:definitions/}, validated at
 * start-up (the application refuses to start on an invalid one) and registered in the database.
 */
@ApplicationModule(allowedDependencies = {"definition", "shared"})
package org.iccindex.edition;

import org.springframework.modulith.ApplicationModule;
