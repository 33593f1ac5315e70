/** What every page shares: the language (English or French, chosen with ?lang= and kept in a cookie). */
package org.iccindex.web;
