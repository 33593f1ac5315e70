/**
 * The public view of the data: the one door through which pages, API and downloads read results, the sample
 * analysis reused per snapshot and data version, and the league queries (filters, sort) they share. Internal.
 */
package org.iccindex.site.data;
