/**
 * What every page shares: the language (English or French, chosen with ?lang= and kept in a cookie), and the 503
 * "starting" page every address answers until the application is ready, country names in the page's language, and
 * {@link org.iccindex.web.Words}, the one way every module's pages look up their texts.
 */
@ApplicationModule(allowedDependencies = {"definition", "shared", "wording"})
package org.iccindex.web;

import org.springframework.modulith.ApplicationModule;
