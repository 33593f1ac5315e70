package org.iccindex.assessment;

import java.util.List;

/**
 * The outcome of uploading a workbook or an answers file: saved (how many answers changed or were confirmed) or
 * rejected with every problem found; a rejected upload saves nothing.
 */
public record UploadReport(String fileName, boolean saved, int changed, List<UploadProblem> problems) {
    public UploadReport {
        problems = List.copyOf(problems);
    }

    public static UploadReport rejected(String fileName, List<UploadProblem> problems) {
        return new UploadReport(fileName, false, 0, problems);
    }
}
