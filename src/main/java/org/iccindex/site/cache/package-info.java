/**
 * Public responses (pages, API, downloads) rendered once per version of the public data, day, address (with the
 * parameters its route reads) and language, then served from one bounded Caffeine cache with an ETag and
 * Last-Modified; a request whose If-None-Match still matches gets 304. Internal.
 */
package org.iccindex.site.cache;
