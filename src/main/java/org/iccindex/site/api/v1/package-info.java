/**
 * Version 1 of the open-data API's request and response records ({@code /api/v1}). Fields are added, never renamed
 * or removed; a field annotated {@code @Nullable} is left out of the JSON when it has no value, every other field is
 * always present (the OpenAPI document marks them required, and the contract tests check real responses).
 */
package org.iccindex.site.api.v1;
