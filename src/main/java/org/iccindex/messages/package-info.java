/**
 * The application's one source of texts: every text of the pages, the reports, the command line and the engine's
 * wording is a message of the bundles under {@code i18n/} (English by default, French {@code _fr}), looked up through
 * one Spring {@link org.springframework.context.MessageSource}, the same for the web application and for the
 * commands that run without it.
 */
@ApplicationModule(allowedDependencies = {})
package org.iccindex.messages;

import org.springframework.modulith.ApplicationModule;
