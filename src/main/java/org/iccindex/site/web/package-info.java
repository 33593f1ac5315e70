/** HTML controllers and view models of the public site. Internal. */
package org.iccindex.site.web;
