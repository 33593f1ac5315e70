package org.iccindex.result;

/**
 * What an import did: {@code results} new results, {@code corrected} results republished as a new version,
 * {@code unchanged} rows identical to the stored result (nothing written for them).
 */
public record ImportReport(
        long batchId, String fileName, int results, int citiesCreated, int corrected, int unchanged) {}
