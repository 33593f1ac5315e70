package org.iccindex.report;

/** Told as each stage of building a report starts, e.g. to print a progress line. */
@FunctionalInterface
public interface ReportProgress {
    ReportProgress SILENT = stage -> {};

    void stage(String description);
}
