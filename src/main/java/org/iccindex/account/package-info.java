/** Accounts, roles and the security of every page and endpoint: who may read and change what. */
@ApplicationModule(allowedDependencies = {"city", "shared"})
package org.iccindex.account;

import org.springframework.modulith.ApplicationModule;
