package org.iccindex.assessment;

import java.util.List;

/**
 * The outcome of uploading a workbook or an answers file: saved (how many answers changed or were confirmed) or
 * rejected with the problems found; a rejected upload saves nothing. At most {@value #SHOWN} problems are kept, in
 * file order; {@code more} counts the others, so that a workbook with 100,000 bad cells gives a short page.
 */
public record UploadReport(String fileName, boolean saved, int changed, List<UploadProblem> problems, int more) {
    public static final int SHOWN = 100;

    public UploadReport {
        if (problems.size() > SHOWN) {
            more += problems.size() - SHOWN;
            problems = problems.subList(0, SHOWN);
        }
        problems = List.copyOf(problems);
    }

    public UploadReport(String fileName, boolean saved, int changed, List<UploadProblem> problems) {
        this(fileName, saved, changed, problems, 0);
    }

    public static UploadReport rejected(String fileName, List<UploadProblem> problems) {
        return new UploadReport(fileName, false, 0, problems);
    }

    /** Every problem found, those shown and the others. */
    public int problemCount() {
        return problems.size() + more;
    }
}
