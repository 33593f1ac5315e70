/**
 * What every page shares: the language (English or French, chosen with ?lang= and kept in a cookie), and the 503
 * "starting" page every address answers until the application is ready.
 */
package org.iccindex.web;
