package org.iccindex.result;

/** What an import wrote: its batch, the results imported and the cities it created. */
public record ImportReport(long batchId, String fileName, int results, int citiesCreated) {}
