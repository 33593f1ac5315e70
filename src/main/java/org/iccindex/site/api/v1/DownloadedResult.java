package org.iccindex.site.api.v1;

/** A published result, and whether it is its city's latest as of the snapshot date (the one in the sample). */
public record DownloadedResult(boolean inSample, ResultRecord result) {}
