package org.iccindex.assessment.web;

import java.util.List;

/** The outcome of an upload: saved, or every problem with where it is. */
record UploadPage(
        RoundHeader round, String fileName, boolean saved, int changed, List<Problem> problems, int total, int more) {

    record Problem(String location, String message) {}
}
