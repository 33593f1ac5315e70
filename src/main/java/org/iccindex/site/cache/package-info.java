/**
 * Public responses (pages, API, downloads) rendered once per address, language and content version, then served
 * from memory with an ETag and Last-Modified; a request whose If-None-Match still matches gets 304. Internal.
 */
package org.iccindex.site.cache;
