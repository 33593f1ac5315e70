/** Pages of the catalogue: search, a page per practice, the analysts' list and forms, proposals, recommendations. */
package org.iccindex.practice.web;
