/** Cities taking part in the index: identity (slug, name in any script, country) and whether they are fictional. */
package org.iccindex.city;
