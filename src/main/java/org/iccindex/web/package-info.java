/**
 * What every page shares: the language (English or French, chosen with ?lang= and kept in a cookie), and the 503
 * "starting" page every address answers until the application is ready, and country names in the page's language.
 */
@ApplicationModule(allowedDependencies = {"wording"})
package org.iccindex.web;

import org.springframework.modulith.ApplicationModule;
