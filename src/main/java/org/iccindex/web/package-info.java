/**
 * What every page shares: the language (English or French, chosen with ?lang= and kept in a cookie), and the 503
 * "starting" page every address answers until the application is ready.
 */
@ApplicationModule(allowedDependencies = {})
package org.iccindex.web;

import org.springframework.modulith.ApplicationModule;
