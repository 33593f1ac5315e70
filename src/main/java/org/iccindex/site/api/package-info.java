/**
 * The open-data API {@code /api/v1} (JSON, documented at {@code /api/v1/openapi.json}, browsable at
 * {@code /api/v1/docs}) and the downloads of every published result as CSV, XLSX and JSON. Controllers are
 * package-private; responses are the versioned records of {@code site.api.v1}, never internal types. Internal.
 */
package org.iccindex.site.api;
